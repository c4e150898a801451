/** Ingest page: paste an article or give URLs, and see its claims at once (needs a token). */
import { api, ApiError, type IngestItem } from '../api.ts';
import { claimCard } from '../components/claim-card.ts';
import { announce, append, h } from '../dom.ts';
import type { PageContext } from '../router.ts';
import { getToken } from '../token.ts';

export async function ingestPage({ root }: PageContext): Promise<void> {
  const results = h('section', { class: 'ingest-results', 'aria-live': 'polite' });
  const textForm = h('form', { class: 'ingest-form' },
    h('label', { for: 'ingest-text' }, 'Article text (a title on the first line is recognised)'),
    h('textarea', { id: 'ingest-text', name: 'text', rows: 10, required: true }),
    h('div', { class: 'ingest-fields' },
      h('label', {}, 'Published ', h('input', { name: 'published', type: 'date' })),
      h('label', {}, 'Outlet ', h('input', { name: 'publisher', maxlength: 200 })),
      h('label', {}, 'URL ', h('input', { name: 'url', type: 'url', placeholder: 'https://…' })),
    ),
    h('p', { class: 'muted' }, 'The publication day anchors "on Wednesday" and the like: give it when the text does not.'),
    h('button', { type: 'submit' }, 'Extract and store'),
  );
  const urlForm = h('form', { class: 'ingest-form' },
    h('label', { for: 'ingest-url' }, 'Or URLs of articles, one a line'),
    h('textarea', { id: 'ingest-url', name: 'urls', rows: 3, required: true, placeholder: 'https://…' }),
    h('button', { type: 'submit' }, 'Fetch and store'),
  );
  append(root,
    h('h1', {}, 'Ingest'),
    getToken() ? null : h('p', { class: 'notice' }, 'Storing needs a token: ', h('a', { href: '#/token' }, 'set yours'), ' first (ask whoever runs this server for one: tally token create NAME).'),
    textForm, urlForm, results,
  );

  const run = async (work: () => Promise<{ results: IngestItem[] }>) => {
    results.replaceChildren(h('p', {}, 'Working…'));
    try {
      const answer = await work();
      results.replaceChildren(...answer.results.map(showItem));
      announce(`${answer.results.filter((r) => r.ok).length} stored`);
    } catch (err) {
      const message = err instanceof ApiError && err.status === 401 ? 'The server refused: a valid token is needed (Token page).' : (err as Error).message;
      results.replaceChildren(h('p', { class: 'error', role: 'alert' }, message));
    }
  };
  textForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(textForm);
    const field = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    void run(() => api.ingestText(String(data.get('text') ?? ''), { published: field('published'), publisher: field('publisher'), url: field('url') }));
  });
  urlForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const urls = String(new FormData(urlForm).get('urls') ?? '').split('\n').map((u) => u.trim()).filter(Boolean);
    void run(() => api.ingestUrls(urls));
  });
}

function showItem(item: IngestItem): HTMLElement {
  if (!item.ok) return h('p', { class: 'error' }, `${item.origin}: ${item.error ?? 'failed'}`);
  const claims = item.claims ?? [];
  return h('div', { class: 'ingest-item' },
    h('p', {}, `${item.origin}: ${item.status} · ${claims.length} claim${claims.length === 1 ? '' : 's'} · `,
      item.documentId ? h('a', { href: `#/documents/${encodeURIComponent(item.documentId)}` }, 'open the document') : null),
    h('div', { class: 'card-list' }, claims.map((c) => claimCard(c))),
  );
}
