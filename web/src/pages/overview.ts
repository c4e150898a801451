/** Overview: every subject × metric with its latest reconciled figure and how many sources gave one. */
import { api, type OverviewRow } from '../api.ts';
import { h } from '../dom.ts';
import { formatNumber, formatRange, formatSubjectKey } from '../format.ts';
import type { PageContext } from '../router.ts';

export async function overviewPage({ root, params }: PageContext): Promise<void> {
  const rule = params.get('rule') === 'conservative' ? 'conservative' : 'ucdp';
  const ruleSelect = h('select', { id: 'overview-rule', name: 'rule' },
    h('option', { value: 'ucdp', selected: rule === 'ucdp' }, 'UCDP-style (best estimate)'),
    h('option', { value: 'conservative', selected: rule === 'conservative' }, 'Conservative (lowest standing figure)'));
  ruleSelect.addEventListener('change', () => {
    location.hash = `#/?rule=${ruleSelect.value}`;
  });
  const grid = h('div', { class: 'overview-grid', 'aria-busy': 'true' });
  for (let i = 0; i < 6; i++) grid.append(h('div', { class: 'card placeholder', 'aria-hidden': 'true' }));
  root.append(
    h('h1', {}, 'Overview'),
    h('p', { class: 'lede' }, 'Who is counted, what is counted, and the latest figure once the sources are reconciled. Open a card for the chart of how the figure evolved.'),
    h('p', { class: 'controls' }, h('label', { for: 'overview-rule' }, 'Reconcile rule '), ruleSelect),
    grid,
  );
  const { rows } = await api.overview(rule);
  grid.replaceChildren(...(rows.length ? rows.map((row) => card(row, rule)) : [h('p', {}, 'The ledger is empty. Ingest articles on the Ingest page or with `tally ingest`.')]));
  grid.setAttribute('aria-busy', 'false');
}

function card(row: OverviewRow, rule: string): HTMLElement {
  const href = `#/series?subject=${encodeURIComponent(row.subject)}&metric=${row.metric}&rule=${rule}`;
  return h('a', { class: 'card', href, 'data-subject': row.subject, 'data-metric': row.metric },
    h('span', { class: 'card-subject' }, formatSubjectKey(row.subject)),
    h('span', { class: 'card-metric' }, row.metric),
    h('span', { class: 'card-figure' }, row.latest ? formatRange(row.latest.low, row.latest.best, row.latest.high) : '–'),
    h('span', { class: 'card-meta' },
      row.latest ? `as of ${row.latest.date} · ` : '',
      `${row.sourceCount} source${row.sourceCount === 1 ? '' : 's'} · ${formatNumber(row.claimCount)} claim${row.claimCount === 1 ? '' : 's'}`),
  );
}
