/** Claims page: the filter form and the table (sorting, paging, CSV download). */
import { claimsTable } from '../components/claims-table.ts';
import { h } from '../dom.ts';
import type { PageContext } from '../router.ts';

const METRICS = ['killed', 'wounded', 'casualties', 'captured', 'missing', 'deployed', 'displaced', 'detained'];
const STATUSES = ['unreviewed', 'verified', 'rejected', 'corrected'];
const FILTERS = ['text', 'subject', 'metric', 'status', 'source', 'since', 'until'] as const;

export async function claimsPage({ root, params }: PageContext): Promise<void> {
  const filters: Record<string, string | undefined> = {};
  for (const key of FILTERS) filters[key] = params.get(key) || undefined;

  const select = (name: string, label: string, options: string[]) => h('label', {}, label,
    h('select', { name }, h('option', { value: '' }, 'any'), options.map((o) => h('option', { value: o, selected: filters[name] === o }, o))));
  const input = (name: string, label: string, attrs: Record<string, string> = {}) => h('label', {}, label, h('input', { name, value: filters[name] ?? '', ...attrs }));

  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter claims' },
    input('text', 'Text', { type: 'search', placeholder: 'in the sentence or place' }),
    input('subject', 'Subject', { placeholder: 'KP/military' }),
    select('metric', 'Metric', METRICS),
    select('status', 'Status', STATUSES),
    input('source', 'Source id', { placeholder: 'kr-nis' }),
    input('since', 'Since', { type: 'date' }),
    input('until', 'Until', { type: 'date' }),
    h('button', { type: 'submit' }, 'Apply'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const search = new URLSearchParams();
    new FormData(form).forEach((v, k) => {
      if (typeof v === 'string' && v.trim()) search.set(k, v.trim());
    });
    location.hash = `#/claims${search.size ? `?${search}` : ''}`;
  });
  const pageSize = Math.min(200, Math.max(1, Number(params.get('pageSize')) || 25));
  root.append(h('h1', {}, 'Claims'), form, claimsTable(filters, { caption: 'Claims matching the filters', pageSize }));
}
