/**
 * The series chart (Observable Plot): one dot per statement (colour = origin, hollow = hedged),
 * a bar for a range, the reconciled low–high band and best line under the chosen rule. Hovering
 * or focusing a dot shows its source, figure and sentence; arrow keys move between dots; Enter
 * opens the document. Plot's own <style> element is dropped (the CSP allows no inline style):
 * its rules live in style.css.
 */
import * as Plot from '@observablehq/plot';
import type { SeriesChart } from '../api.ts';
import { append, clear, h } from '../dom.ts';
import { formatFigure, formatRange } from '../format.ts';

type Point = SeriesChart['points'][number];
type Series = SeriesChart;

/** Colours for origins, in order of first appearance; distinct on white, colour-blind friendly. */
export const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];

export function originColors(series: Series): Map<string, string> {
  const colors = new Map<string, string>();
  for (const origin of series.origins) colors.set(origin.key, PALETTE[colors.size % PALETTE.length]!);
  return colors;
}

const day = (s: string) => new Date(`${s}T00:00:00Z`);

export interface ChartHandle {
  element: HTMLElement;
  /** Draw again with these origins shown. */
  update(visible: ReadonlySet<string>): void;
}

export function seriesChart(series: Series, colors: Map<string, string>, visible: ReadonlySet<string>): ChartHandle {
  const plotBox = h('div', { class: 'chart-plot' });
  const detail = h('div', { class: 'chart-detail', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Hover or focus a point to see who said it and the sentence.'));
  const element = h('figure', { class: 'chart' },
    plotBox,
    h('figcaption', { class: 'visually-hidden' }, `Reported figures over time for ${series.subject} ${series.metric}; use Tab to reach the points and the arrow keys to move between them.`),
    detail,
  );
  let shown = visible;
  let lastWidth = 0;
  const originName = new Map(series.origins.map((o) => [o.key, o.name]));

  function showDetail(point: Point): void {
    clear(detail);
    const report = point.report;
    append(detail,
      h('p', {},
        h('strong', {}, formatFigure(point.min, point.max, point.approximate)), ` ${series.metric} · `,
        h('span', { class: 'swatch', 'data-color': colors.get(point.origin) ?? '' }), ` ${originName.get(point.origin) ?? point.origin}`,
        ` · ${point.date}`, point.hedged ? ' · hedged' : '',
        point.flags.length ? h('span', { class: 'badge flag' }, point.flags.join(', ')) : null,
      ),
      report ? h('blockquote', { class: 'evidence' }, report.evidence) : null,
      report ? h('p', { class: 'muted' },
        'Reported by ', h('a', { href: `#/documents/${encodeURIComponent(report.documentId)}?claim=${encodeURIComponent(report.claimId)}` }, report.publisher ?? 'unknown outlet'),
        point.reportCount > 1 ? ` and ${point.reportCount - 1} other outlet${point.reportCount > 2 ? 's' : ''}` : '',
        ' (Enter opens the sentence in its article)') : null,
    );
    paintSwatches(detail);
  }

  function paintSwatches(root: Element): void {
    // Colours set through the CSSOM, which the CSP allows (style attributes it does not).
    for (const el of Array.from(root.querySelectorAll<HTMLElement>('.swatch[data-color]'))) el.style.backgroundColor = el.dataset.color ?? '';
  }

  function draw(): void {
    const width = Math.max(320, plotBox.clientWidth || 640);
    lastWidth = width;
    const points = series.points.filter((p) => shown.has(p.origin));
    const ranged = points.filter((p) => p.low !== p.high);
    const reconciled = series.reconciled.map((r) => ({ ...r, at: day(r.date) }));
    const dates = [...series.points.map((p) => day(p.date)), ...reconciled.map((r) => r.at)];
    const keys = [...colors.keys()];
    const svg = Plot.plot({
      width,
      height: 320,
      marginLeft: 64,
      className: 'tally-plot',
      x: { type: 'utc', label: null, domain: dates.length ? [Math.min(...dates.map(Number)), Math.max(...dates.map(Number))].map((n) => new Date(n)) : undefined, nice: true, inset: 16 },
      y: { grid: true, label: series.metric, zero: true, tickFormat: '~s' },
      color: { domain: keys, range: keys.map((k) => colors.get(k)!) },
      marks: [
        Plot.areaY(reconciled, { x: 'at', y1: 'low', y2: 'high', curve: 'step-after', fill: '#888', fillOpacity: 0.15 }),
        Plot.lineY(reconciled, { x: 'at', y: 'best', curve: 'step-after', stroke: '#333', strokeWidth: 1.5, strokeDasharray: '4 3' }),
        Plot.ruleX(ranged, { x: (p: Point) => day(p.date), y1: 'low', y2: 'high', stroke: (p: Point) => p.origin, strokeWidth: 2, strokeOpacity: 0.6 }),
        Plot.dot(points, {
          x: (p: Point) => day(p.date),
          y: 'value',
          r: 6,
          stroke: (p: Point) => p.origin,
          fill: (p: Point) => (p.hedged ? 'white' : p.origin),
          strokeWidth: 2,
          render(index, scales, values, dimensions, context, next) {
            const g = next!(index, scales, values, dimensions, context) as SVGGElement;
            const circles = g.querySelectorAll('circle');
            index.forEach((i, k) => {
              const circle = circles[k];
              const point = points[i];
              if (!circle || !point) return;
              circle.setAttribute('tabindex', '0');
              circle.setAttribute('role', 'button');
              circle.setAttribute('class', 'point');
              circle.setAttribute('data-point', point.id);
              circle.setAttribute('aria-label', `${formatFigure(point.min, point.max, point.approximate)} ${series.metric}, ${originName.get(point.origin) ?? point.origin}, ${point.date}`);
              circle.addEventListener('mouseenter', () => showDetail(point));
              circle.addEventListener('focus', () => showDetail(point));
              circle.addEventListener('click', () => openPoint(point));
              circle.addEventListener('keydown', (e) => onKey(e, k, circles, point));
            });
            return g;
          },
        }),
      ],
    });
    // Plot adds a <style> element; inline styles are refused by the CSP, so it goes before the SVG is attached.
    svg.querySelectorAll('style').forEach((s) => s.remove());
    // A redraw (resize, toggled source) keeps the keyboard on the point it was on.
    const focused = plotBox.contains(document.activeElement) ? document.activeElement?.getAttribute('data-point') : null;
    clear(plotBox);
    plotBox.append(svg);
    if (focused) Array.from(svg.querySelectorAll<SVGElement>('circle.point')).find((c) => c.getAttribute('data-point') === focused)?.focus();
    if (points.length === 0) plotBox.append(h('p', { class: 'chart-empty' }, 'No points for the selected sources.'));
  }

  function openPoint(point: Point): void {
    const report = point.report;
    if (report) location.hash = `#/documents/${encodeURIComponent(report.documentId)}?claim=${encodeURIComponent(report.claimId)}`;
  }

  function onKey(e: KeyboardEvent, k: number, circles: NodeListOf<SVGCircleElement>, point: Point): void {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openPoint(point);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      const target = circles[k + (e.key === 'ArrowRight' ? 1 : -1)];
      target?.focus();
    }
  }

  const resize = new ResizeObserver(() => {
    if (Math.abs((plotBox.clientWidth || 0) - lastWidth) > 24 && plotBox.isConnected) draw();
  });
  resize.observe(plotBox);
  queueMicrotask(draw);

  return {
    element,
    update(next) {
      shown = next;
      draw();
    },
  };
}

/** The reconciled figure of the last date, as a line of text. */
export function latestLine(series: Series): string {
  const last = series.reconciled.at(-1);
  return last ? `${formatRange(last.low, last.best, last.high)} as of ${last.date}` : 'no reconciled figure';
}
