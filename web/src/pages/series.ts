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

  series.origins.forEach((origin, i) => {
    const id = `src-${i}`;
    const box = h('input', { type: 'checkbox', id, checked: true, 'data-origin': origin.key });
    box.addEventListener('change', () => {
      if (box.checked) visible.add(origin.key);
      else visible.delete(origin.key);
      chart.update(visible);
    });
    const swatch = h('span', { class: 'swatch' });
    swatch.style.backgroundColor = colors.get(origin.key) ?? '';
    legend.append(h('label', { for: id, class: 'legend-item' }, box, swatch, ` ${origin.name}`, h('span', { class: 'muted' }, ` (${origin.points})`)));
  });

  const { count, latest } = series.contradictions;
  append(root,
    series.reasons.length ? h('section', {}, h('h2', {}, 'Why this figure'), h('ul', {}, series.reasons.map((r) => h('li', {}, r)))) : null,
    count ? h('section', {}, h('h2', {}, `Contradictions (${count})`),
      count > latest.length ? h('p', { class: 'muted' }, `The latest ${latest.length}:`) : null,
      h('ul', {}, latest.map((c) => h('li', {}, `${c.date}: ${c.reason}`)))) : null,
    h('p', { class: 'muted' }, `${series.claimCount} claims; left out: ${Object.entries(series.excluded).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}.`),
    h('h2', {}, 'Claims'),
    claimsTable({ subject, metric }, { caption: `Claims about ${formatSubjectKey(subject)}, ${metric}` }),
  );
}
