/**
 * Document page: the article text with every claim's evidence highlighted and a claim card
 * beside each; a highlight leads to its card and a card back to its sentence. The text is put in
 * as text nodes, so whatever markup an article contains shows as characters.
 */
import { api, type DocumentDetail, type StoredClaim } from '../api.ts';
import { claimCard } from '../components/claim-card.ts';
import { append, clear, externalLink, h } from '../dom.ts';
import type { PageContext } from '../router.ts';

interface Span { start: number; end: number; claim: StoredClaim }

/** Evidence spans that really point into the text (a span that does not is listed, not drawn). */
function spansOf(doc: DocumentDetail): Span[] {
  const spans: Span[] = [];
  for (const claim of doc.claims) {
    for (const span of [claim.evidence, ...(claim.evidence.more ?? [])]) {
      if (span.start >= 0 && span.end <= doc.text.length && span.start < span.end && doc.text.slice(span.start, span.end) === span.text) {
        spans.push({ start: span.start, end: span.end, claim });
      }
    }
  }
  return spans;
}

/** The text of [from, to) as text nodes and <mark>s, one mark per stretch covered by the same claims. */
function renderStretch(text: string, from: number, to: number, spans: Span[], firstMark: Map<string, HTMLElement>): Node[] {
  const cuts = new Set([from, to]);
  for (const s of spans) {
    if (s.start > from && s.start < to) cuts.add(s.start);
    if (s.end > from && s.end < to) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Node[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (covering.length === 0) {
      out.push(document.createTextNode(piece));
      continue;
    }
    const ids = [...new Set(covering.map((s) => s.claim.id))];
    const mark = h('mark', { 'data-claims': ids.join(' '), tabindex: 0, title: `${ids.length} claim${ids.length > 1 ? 's' : ''}: press Enter to open` }, piece);
    for (const id of ids) if (!firstMark.has(id)) firstMark.set(id, mark);
    out.push(mark);
  }
  return out;
}

export async function documentPage({ root, path, params }: PageContext): Promise<void> {
  const id = path[1] ?? '';
  const textBox = h('div', { class: 'doc-text', 'aria-busy': 'true' });
  const cards = h('div', { class: 'doc-claims' });
  const header = h('header', { class: 'doc-header' }, h('h1', {}, '\u00a0'));
  root.append(header, h('div', { class: 'doc-layout' }, h('section', { 'aria-label': 'Article text' }, textBox), h('aside', { 'aria-label': 'Claims in this article' }, cards)));

  const doc = await api.document(id);
  clear(header);
  append(header,
    h('h1', {}, doc.title ?? '(untitled)'),
    h('ul', { class: 'publications' }, doc.publications.map((p) => h('li', {},
      externalLink(p.url, p.publisher ?? 'unknown outlet'), p.published ? ` · ${p.published.slice(0, 10)}` : '', p.origin ? h('span', { class: 'muted' }, ` · read from ${p.origin}`) : null))),
    doc.supersededBy ? h('p', { class: 'notice' }, 'An edited version of this story replaces it: ', h('a', { href: `#/documents/${encodeURIComponent(doc.supersededBy)}` }, 'open the newer version'), '.') : null,
    h('p', { class: 'muted' }, `${doc.claims.length} claim${doc.claims.length === 1 ? '' : 's'}`),
  );

  const spans = spansOf(doc);
  const firstMark = new Map<string, HTMLElement>();
  // Paragraphs are separated by blank lines; offsets stay those of the whole text.
  const paragraph = /\n[ \t]*\n+/g;
  let start = 0;
  const paragraphs: HTMLElement[] = [];
  for (let m = paragraph.exec(doc.text); ; m = paragraph.exec(doc.text)) {
    const end = m ? m.index : doc.text.length;
    if (end > start) paragraphs.push(h('p', {}, renderStretch(doc.text, start, end, spans, firstMark)));
    if (!m) break;
    start = m.index + m[0].length;
  }
  textBox.replaceChildren(...paragraphs);
  textBox.setAttribute('aria-busy', 'false');

  const cardById = new Map<string, HTMLElement>();
  for (const claim of doc.claims) {
    const card = claimCard(claim, {
      showEvidence: !firstMark.has(claim.id),
      linkDocument: false,
      id: `claim-${claim.id}`,
      onShowInText: firstMark.has(claim.id) ? () => activate(claim.id, 'mark') : undefined,
    });
    card.addEventListener('mouseenter', () => highlight(claim.id));
    cardById.set(claim.id, card);
    cards.append(card);
  }

  for (const mark of Array.from(textBox.querySelectorAll<HTMLElement>('mark[data-claims]'))) {
    const first = (mark.dataset.claims ?? '').split(' ')[0] ?? '';
    mark.addEventListener('click', () => activate(first, 'card'));
    mark.addEventListener('keydown', (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        activate(first, 'card');
      }
    });
    mark.addEventListener('mouseenter', () => highlight(first));
  }

  function highlight(claimId: string): void {
    for (const el of Array.from(root.querySelectorAll('.active'))) el.classList.remove('active');
    for (const mark of Array.from(textBox.querySelectorAll<HTMLElement>('mark[data-claims]'))) {
      if ((mark.dataset.claims ?? '').split(' ').includes(claimId)) mark.classList.add('active');
    }
    cardById.get(claimId)?.classList.add('active');
  }

  function activate(claimId: string, focus: 'card' | 'mark'): void {
    highlight(claimId);
    const target = focus === 'card' ? cardById.get(claimId) : firstMark.get(claimId);
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    target?.focus({ preventScroll: true });
  }

  const wanted = params.get('claim');
  if (wanted && cardById.has(wanted)) activate(wanted, firstMark.has(wanted) ? 'mark' : 'card');
}
