/**
 * The series as a chart, drawn with Observable Plot on linkedom's server-side document: time on
 * x, figure on y, one colour per origin, ranges as bars, hedged figures hollow, the reconciled
 * band (low to high, best dashed) behind. The legend is a second small Plot chart placed beside
 * the first in one SVG, because Plot's own ordinal legend is HTML and would not survive in a file.
 * PNG goes through resvg.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describeOrigin } from '../origin.ts';
import { formatCount } from '../../cli/format/figure.ts';
import type { Series, SeriesPoint } from '../types.ts';

const WIDTH = 880;
const HEIGHT = 440;
const LEGEND_WIDTH = 300;
const TITLE_HEIGHT = 44;
const FONT = 'DejaVu Sans, Arial, sans-serif';
const SVG_NS = 'http://www.w3.org/2000/svg';

interface Mark {
  date: Date;
  origin: string;
  low: number;
  high: number;
  value: number;
  hedged: boolean;
  /** A count over a stretch ("in three days"): drawn square, outside the band. */
  interval: boolean;
  /** 'up' for "at least" (no upper end), 'down' for "up to" (no lower end). */
  open: 'up' | 'down' | null;
}

const day = (d: string): Date => new Date(`${d}T00:00:00Z`);
const shape = (m: Mark): string => (m.interval ? 'square' : 'circle');

/** The chart of one series as a standalone SVG document (text). */
export function seriesSvg(series: Series): string {
  const { document } = parseHTML('<html><body></body></html>');
  const marks: Mark[] = series.points.map((p: SeriesPoint) => ({
    date: day(p.date), origin: describeOrigin(p.origin), low: p.low, high: p.high, value: p.value, hedged: p.hedged,
    interval: p.period.kind === 'interval',
    open: p.max === null ? 'up' : p.min === null ? 'down' : null,
  }));
  // An open end is drawn as a short arrow away from the known bound, a twentieth of the y range long.
  const reach = Math.max(1, ...marks.map((m) => m.high), ...series.reconciled.map((r) => r.high)) / 20;
  const openEnds = marks.filter((m) => m.open).map((m) => ({ ...m, tip: m.open === 'up' ? m.value + reach : Math.max(0, m.value - reach) }));
  const band = series.reconciled.map((r) => ({ date: day(r.date), low: r.low, best: r.best, high: r.high }));
  // A step holds until the next date; carry the last one a little past its day so it shows.
  const lastStep = band.at(-1);
  if (lastStep) {
    const span = lastStep.date.getTime() - (band[0] as typeof lastStep).date.getTime();
    band.push({ ...lastStep, date: new Date(lastStep.date.getTime() + Math.max(86_400_000, span * 0.02)) });
  }
  const origins = [...new Set(marks.map((m) => m.origin))];
  const color: Plot.ScaleOptions = { type: 'ordinal', domain: origins, scheme: 'observable10' };
  const style = { fontFamily: FONT, fontSize: '12px', background: 'white', color: 'black' };

  const chart = Plot.plot({
    document, width: WIDTH, height: HEIGHT, marginLeft: 64, marginRight: 24, marginBottom: 52, style, color,
    x: { type: 'utc', label: 'statement date', labelOffset: 44, inset: 24 },
    y: { label: `${series.metric} (${series.subject})`, grid: true, zero: true, tickFormat: (n: number) => formatCount(n) },
    marks: [
      Plot.areaY(band, { x: 'date', y1: 'low', y2: 'high', curve: 'step-after', fill: '#9aa5b1', fillOpacity: 0.25 }),
      Plot.lineY(band, { x: 'date', y: 'best', curve: 'step-after', stroke: '#52606d', strokeDasharray: '5 4', strokeWidth: 1.5 }),
      Plot.ruleX(marks.filter((m) => m.high > m.low), { x: 'date', y1: 'low', y2: 'high', stroke: 'origin', strokeWidth: 4, strokeOpacity: 0.55 }),
      Plot.link(openEnds, { x1: 'date', x2: 'date', y1: 'value', y2: 'tip', stroke: 'origin', strokeWidth: 2, markerEnd: 'arrow' }),
      Plot.dot(marks.filter((m) => !m.hedged), { x: 'date', y: 'value', fill: 'origin', stroke: 'white', r: 5, symbol: shape }),
      Plot.dot(marks.filter((m) => m.hedged), { x: 'date', y: 'value', fill: 'white', stroke: 'origin', strokeWidth: 2, r: 5, symbol: shape }),
      Plot.ruleY([0]),
      ...(marks.length === 0 ? [Plot.text(['no claims to draw'], { frameAnchor: 'middle', fontSize: 16, fill: '#52606d' })] : []),
    ],
  }) as unknown as Element;

  const key = [
    ...origins.map((o) => ({ label: o, fill: o as string | null, stroke: null as string | null, kind: 'origin' })),
    { label: 'hedged figure (hollow)', fill: null, stroke: '#52606d', kind: 'hedged' },
    { label: 'square: count over a stretch (not in the band)', fill: null, stroke: '#52606d', kind: 'interval' },
    { label: 'bar: range; arrow: open end', fill: null, stroke: null, kind: 'note' },
    { label: `reconciled band, best dashed (${series.rule.id})`, fill: null, stroke: null, kind: 'band' },
  ];
  const legend = Plot.plot({
    document, width: LEGEND_WIDTH, height: 24 * key.length + 24, marginLeft: 16, marginTop: 12, style, color,
    x: { axis: null, domain: [0, 1] }, y: { axis: null, domain: key.map((k) => k.label), type: 'band' },
    marks: [
      Plot.dot(key.filter((k) => k.kind === 'origin'), { x: 0, y: 'label', fill: 'fill', r: 5 }),
      Plot.dot(key.filter((k) => k.kind === 'hedged'), { x: 0, y: 'label', fill: 'white', stroke: '#52606d', strokeWidth: 2, r: 5 }),
      Plot.dot(key.filter((k) => k.kind === 'interval'), { x: 0, y: 'label', symbol: 'square', fill: '#52606d', r: 5 }),
      Plot.dot(key.filter((k) => k.kind === 'band'), { x: 0, y: 'label', symbol: 'square', fill: '#9aa5b1', fillOpacity: 0.5, r: 7 }),
      Plot.text(key, { x: 0, y: 'label', text: 'label', textAnchor: 'start', dx: 12, lineWidth: 20 }),
    ],
  }) as unknown as Element;

  const root = document.createElementNS(SVG_NS, 'svg');
  const width = WIDTH + LEGEND_WIDTH;
  const height = HEIGHT + TITLE_HEIGHT;
  for (const [name, value] of Object.entries({
    xmlns: SVG_NS, width: String(width), height: String(height), viewBox: `0 0 ${width} ${height}`, 'font-family': FONT,
  })) root.setAttribute(name, value);
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of Object.entries({ width: '100%', height: '100%', fill: 'white' })) background.setAttribute(name, value);
  root.append(background, titleText(document, 12, 20, 15, title(series)), titleText(document, 12, 36, 11, series.rule.explanation));
  place(chart, 0, TITLE_HEIGHT);
  place(legend, WIDTH, TITLE_HEIGHT + 24);
  root.append(chart, legend);
  return root.outerHTML;
}

function title(series: Series): string {
  const last = series.reconciled.at(-1);
  const latest = last ? ` — latest ${formatCount(last.low)} / ${formatCount(last.best)} / ${formatCount(last.high)} (${last.date})` : '';
  return `${series.subject} · ${series.metric}: ${series.points.length} statement(s)${latest}`;
}

function titleText(document: Document, x: number, y: number, size: number, text: string): Element {
  const el = document.createElementNS(SVG_NS, 'text');
  for (const [name, value] of Object.entries({ x: String(x), y: String(y), 'font-size': String(size) })) el.setAttribute(name, value);
  el.textContent = text;
  return el;
}

/** Nest a Plot SVG at (x, y) of the root. */
function place(svg: Element, x: number, y: number): void {
  svg.setAttribute('x', String(x));
  svg.setAttribute('y', String(y));
}

/** Render an SVG document to PNG at twice its size (crisp on screens and in documents). */
export async function svgToPng(svg: string): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
