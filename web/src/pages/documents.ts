/** Documents page: every stored article, newest ingest last, paged. */
import { api } from '../api.ts';
import { h } from '../dom.ts';
import type { PageContext } from '../router.ts';

export async function documentsPage({ root, params }: PageContext): Promise<void> {
  const cursor = params.get('cursor') ?? undefined;
  const list = h('ol', { class: 'documents' });
  root.append(h('h1', {}, 'Documents'), list);
  const page = await api.documents({ limit: 50, cursor });
  list.replaceChildren(...page.rows.map((d) => h('li', {},
    h('a', { href: `#/documents/${encodeURIComponent(d.id)}` }, d.title ?? '(untitled)'),
    h('span', { class: 'muted' }, ` · ${d.publishers.join(', ') || 'unknown outlet'}${d.published ? ` · ${d.published.slice(0, 10)}` : ''} · ${d.claimCount} claim${d.claimCount === 1 ? '' : 's'}`))));
  if (page.rows.length === 0) list.replaceWith(h('p', {}, 'No documents yet.'));
  if (page.nextCursor) root.append(h('p', {}, h('a', { class: 'button', href: `#/documents?cursor=${encodeURIComponent(page.nextCursor)}` }, 'More →')));
}
