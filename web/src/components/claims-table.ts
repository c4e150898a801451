/**
 * The claims table: one page of claims from the API (cursor paging: next and previous), sorted
 * by the server (figure or day, either way; ingest order by default) so that the order holds
 * across pages, with a CSV download of everything the filters match. The table keeps its height
 * while loading (placeholder rows), so the page does not jump.
 */
import { api, type StoredClaim } from '../api.ts';
import { announce, clear, h } from '../dom.ts';
import { formatFigure, formatSource } from '../format.ts';
import { statusBadge } from './claim-card.ts';

interface Column {
  key: string;
  label: string;
  cell: (c: StoredClaim) => Node | string;
  numeric?: boolean;
  /** The API's `sort` key for this column, when the server can order every page by it. */
  sort?: 'figure' | 'asOf';
}

const COLUMNS: Column[] = [
  { key: 'figure', label: 'Figure', numeric: true, sort: 'figure', cell: (c) => formatFigure(c.min, c.max, c.approximate) },
  { key: 'metric', label: 'Metric', cell: (c) => c.metric },
  { key: 'subject', label: 'Who', cell: (c) => h('span', {}, c.subject.text, h('span', { class: 'muted' }, ` ${c.subject.country ?? '–'}/${c.subject.group}`)) },
  { key: 'source', label: 'Source', cell: (c) => formatSource(c) },
  { key: 'asOf', label: 'As of', sort: 'asOf', cell: (c) => c.asOf ?? '–' },
  { key: 'status', label: 'Status', cell: (c) => statusBadge(c.status) },
  {
    key: 'evidence', label: 'Sentence',
    cell: (c) => h('a', { href: `#/documents/${encodeURIComponent(c.documentId)}?claim=${encodeURIComponent(c.id)}`, class: 'evidence-link' }, c.evidence.text),
  },
];

export interface ClaimsTableOptions {
  pageSize?: number;
  caption?: string;
}

export function claimsTable(filters: Record<string, string | undefined>, options: ClaimsTableOptions = {}): HTMLElement {
  const pageSize = options.pageSize ?? 25;
  const cursors: (string | undefined)[] = [undefined];
  let pageIndex = 0;
  let rows: StoredClaim[] = [];
  // Ingest order until a column is chosen; then that column, ascending, then descending.
  let sort: { key: 'figure' | 'asOf'; dir: 1 | -1 } | null = null;
  let hasNext = false;

  const tbody = h('tbody');
  const headRow = h('tr');
  const info = h('span', { class: 'page-info', 'aria-live': 'polite' });
  const prev = h('button', { type: 'button', disabled: true }, '← Previous');
  const next = h('button', { type: 'button', disabled: true }, 'Next →');
  const download = h('a', { class: 'button', href: api.exportUrl(filters), download: 'tally-claims.csv' }, 'Download CSV');
  const table = h('table', { class: 'claims' },
    options.caption ? h('caption', {}, options.caption) : null,
    h('thead', {}, headRow), tbody);
  const root = h('section', { class: 'claims-table' },
    h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': options.caption ?? 'Claims' }, table),
    h('div', { class: 'pager' }, prev, info, next, download),
  );

  for (const col of COLUMNS) {
    if (!col.sort) {
      headRow.append(h('th', { scope: 'col', class: col.numeric ? 'num' : '' }, col.label));
      continue;
    }
    const key = col.sort;
    const button = h('button', { type: 'button', class: 'sort', title: `Sort all claims by ${col.label.toLowerCase()}` }, col.label);
    const th = h('th', { scope: 'col', 'aria-sort': 'none', class: col.numeric ? 'num' : '' }, button);
    button.addEventListener('click', () => {
      sort = sort?.key === key ? { key, dir: sort.dir === 1 ? -1 : 1 } : { key, dir: 1 };
      for (const other of Array.from(headRow.querySelectorAll('th[aria-sort]'))) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', sort.dir === 1 ? 'ascending' : 'descending');
      // A new order starts again from its first page: cursors belong to the order they were made in.
      cursors.length = 1;
      void load(0);
    });
    headRow.append(th);
  }

  prev.addEventListener('click', () => {
    if (pageIndex > 0) void load(pageIndex - 1);
  });
  next.addEventListener('click', () => {
    if (hasNext) void load(pageIndex + 1);
  });

  function placeholder(): void {
    clear(tbody);
    for (let i = 0; i < Math.min(pageSize, 10); i++) {
      tbody.append(h('tr', { class: 'placeholder', 'aria-hidden': 'true' }, COLUMNS.map(() => h('td', {}, '\u00a0'))));
    }
  }

  function renderRows(): void {
    clear(tbody);
    if (rows.length === 0) tbody.append(h('tr', {}, h('td', { colspan: COLUMNS.length, class: 'empty' }, 'No claims match.')));
    for (const claim of rows) {
      tbody.append(h('tr', { 'data-claim': claim.id }, COLUMNS.map((col) => h('td', { class: `col-${col.key}${col.numeric ? ' num' : ''}`, 'data-label': col.label }, col.cell(claim)))));
    }
  }

  /** The latest load: an answer to an earlier one (the order changed meanwhile) is dropped. */
  let latest = 0;

  async function load(index: number): Promise<void> {
    const mine = ++latest;
    placeholder();
    prev.disabled = true;
    next.disabled = true;
    info.textContent = 'Loading…';
    try {
      const page = await api.claims({ ...filters, limit: pageSize, cursor: cursors[index], sort: sort ? `${sort.dir === 1 ? '' : '-'}${sort.key}` : undefined });
      if (mine !== latest) return;
      pageIndex = index;
      rows = page.rows;
      hasNext = page.nextCursor !== null;
      cursors[index + 1] = page.nextCursor ?? undefined;
      const first = index * pageSize + 1;
      info.textContent = rows.length === 0 ? 'No claims' : `Claims ${first}–${first + rows.length - 1}`;
      prev.disabled = index === 0;
      next.disabled = !hasNext;
      renderRows();
      announce(info.textContent);
    } catch (err) {
      if (mine !== latest) return;
      clear(tbody);
      tbody.append(h('tr', {}, h('td', { colspan: COLUMNS.length, class: 'error' }, (err as Error).message)));
      info.textContent = '';
    }
  }

  void load(0);
  return root;
}
