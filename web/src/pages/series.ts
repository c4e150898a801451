/**
 * Series page: the chart of one subject × metric (hover a point for its source, figure and
 * sentence; toggle sources; switch rule), the reconciled figure and its reasons, contradictions,
 * and the claims table under it.
 */
import { api } from '../api.ts';
import { claimsTable } from '../components/claims-table.ts';
import { latestLine, originColors, seriesChart } from '../components/series-chart.ts';
import { append, h } from '../dom.ts';
import { formatSubjectKey } from '../format.ts';
import type { PageContext } from '../router.ts';

export async function seriesPage({ root, params }: PageContext): Promise<void> {
  const subject = params.get('subject') ?? '';
  const metric = params.get('metric') ?? '';
  const rule = params.get('rule') === 'conservative' ? 'conservative' : 'ucdp';
  const link = (r: string) => `#/series?subject=${encodeURIComponent(subject)}&metric=${encodeURIComponent(metric)}&rule=${r}`;

  const ruleSelect = h('select', { id: 'series-rule', name: 'rule' },
    h('option', { value: 'ucdp', selected: rule === 'ucdp' }, 'UCDP-style (best estimate)'),
    h('option', { value: 'conservative', selected: rule === 'conservative' }, 'Conservative'));
  ruleSelect.addEventListener('change', () => {
    location.hash = link(ruleSelect.value);
  });
  const chartSlot = h('div', { class: 'chart-slot' }, h('div', { class: 'chart-placeholder', 'aria-hidden': 'true' }));
  const legend = h('fieldset', { class: 'legend' }, h('legend', {}, 'Sources'));
  const summary = h('p', { class: 'series-summary' }, '\u00a0');
  root.append(
    h('h1', {}, `${formatSubjectKey(subject)}: ${metric}`),
    h('div', { class: 'controls' }, h('label', { for: 'series-rule' }, 'Reconcile rule '), ruleSelect),
    summary,
    chartSlot,
    legend,
  );

  const series = await api.series({ subject, metric, rule });
  const colors = originColors(series);
  const visible = new Set(colors.keys());
  const chart = seriesChart(series, colors, visible);
  chartSlot.replaceChildren(chart.element);
  summary.textContent = `Reconciled (${series.rule.id}): ${latestLine(series)}. ${series.rule.explanation}`;

  for (const track of series.sources) {
    const id = `src-${track.origin.key.replace(/[^\w-]/g, '_')}`;
    const box = h('input', { type: 'checkbox', id, checked: true, 'data-origin': track.origin.key });
    box.addEventListener('change', () => {
      if (box.checked) visible.add(track.origin.key);
      else visible.delete(track.origin.key);
      chart.update(visible);
    });
    const swatch = h('span', { class: 'swatch' });
    swatch.style.backgroundColor = colors.get(track.origin.key) ?? '';
    legend.append(h('label', { for: id, class: 'legend-item' }, box, swatch, ` ${track.origin.name}`,
      h('span', { class: 'muted' }, ` (${track.points.length})`)));
  }

  const last = series.reconciled.at(-1);
  append(root,
    last && last.reasons.length ? h('section', {}, h('h2', {}, 'Why this figure'), h('ul', {}, last.reasons.map((r) => h('li', {}, r)))) : null,
    series.contradictions.length ? h('section', {}, h('h2', {}, 'Contradictions'), h('ul', {}, series.contradictions.map((c) => h('li', {}, `${c.date}: ${c.reason}`)))) : null,
    h('p', { class: 'muted' }, `${series.claimCount} claims; left out: ${Object.entries(series.excluded).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}.`),
    h('h2', {}, 'Claims'),
    claimsTable({ subject, metric }, { caption: `Claims about ${formatSubjectKey(subject)}, ${metric}` }),
  );
}
