/**
 * The series as the terminal shows it: points in time order (one line per statement, with the
 * outlets that carried it), each source's latest figure and revisions, contradictions, and the
 * reconciled band with the rule's one-line explanation and the reasons at each date.
 */
import { describePeriod } from '../comparable.ts';
import { formatFigure, formatCount } from '../../cli/format/figure.ts';
import { describeOrigin } from '../origin.ts';
import type { SeriesSummary } from '../summary.ts';
import type { Series, SeriesPoint } from '../types.ts';
import { documentsOf, flagsLabel, hedgeLabel, publishersOf } from './labels.ts';
import { alignRows } from '../../cli/format/table.ts';

const MAX_PUBLISHERS = 4;

/** Header and rows as aligned lines. */
function renderColumns(header: string[], rows: string[][]): string {
  return alignRows([header, ...rows]).join('\n');
}

/** The full table of one series. */
export function seriesTable(series: Series): string {
  const byId = new Map(series.points.map((p) => [p.id, p]));
  const origins = new Set(series.points.map((p) => p.origin.key)).size;
  const out: string[] = [
    `${series.subject} · ${series.metric}: ${series.claimCount} claim(s) → ${series.points.length} point(s) from ${origins} source(s)` +
      (series.monotone ? ' (a running total: it cannot fall)' : ' (a level: it can rise and fall)'),
    `Rule: ${series.rule.explanation}`,
  ];
  const left = excludedLine(series);
  if (left) out.push(left);
  if (series.points.length === 0) {
    out.push('', 'No claims to show.');
    return out.join('\n');
  }
  out.push('', 'Points (one statement, many reports), time order:', pointsTable(series.points));
  out.push('', 'Per source (latest standing total; revisions oldest first):', sourcesTable(series, byId));
  out.push('', series.contradictions.length === 0 ? 'Contradictions: none' : 'Contradictions:');
  for (const c of series.contradictions) out.push(`  ${c.date} ${c.kind}: ${c.reason}`);
  out.push('', `Reconciled (${series.rule.id}):`);
  if (series.reconciled.length === 0) out.push('  no comparable totals');
  for (const r of series.reconciled) {
    out.push(`  ${r.date}  low ${formatCount(r.low)}  best ${formatCount(r.best)}  high ${formatCount(r.high)}  (${r.current.length} source(s))`);
    for (const reason of r.reasons) out.push(`      ${reason}`);
  }
  return out.join('\n');
}

function pointsTable(points: readonly SeriesPoint[]): string {
  const rows = points.map((p) => {
    const publishers = publishersOf(p);
    const shown = publishers.slice(0, MAX_PUBLISHERS).join(', ') + (publishers.length > MAX_PUBLISHERS ? ` +${publishers.length - MAX_PUBLISHERS}` : '');
    const docs = documentsOf(p);
    return [
      p.date + (p.dateFrom === 'published' ? '*' : ''), describeOrigin(p.origin), formatFigure(p),
      hedgeLabel(p), describePeriod(p.period), `${p.reportCount} in ${docs.length} doc(s): ${shown}`, flagsLabel(p),
    ];
  });
  return renderColumns(['date', 'origin', 'figure', 'hedge', 'period', 'reports', 'flags'], rows);
}

function sourcesTable(series: Series, byId: ReadonlyMap<string, SeriesPoint>): string {
  const rows = series.sources.map((t) => {
    const latest = t.latest ? byId.get(t.latest) : undefined;
    const steps = t.revisions.map((r) => {
      const to = byId.get(r.to) as SeriesPoint;
      return `${r.toDate} ${r.change}${r.flagged ? '!' : ''} → ${formatFigure(to)}`;
    });
    return [
      describeOrigin(t.origin), latest ? formatFigure(latest) : '-',
      latest?.date ?? '-', String(t.points.length), steps.join('; '),
    ];
  });
  return renderColumns(['origin', 'latest', 'as of', 'points', 'revisions'], rows);
}

function excludedLine(series: Series): string | null {
  const parts = Object.entries(series.excluded).filter(([, n]) => n > 0).map(([why, n]) => `${n} ${why}`);
  return parts.length > 0 ? `Left out: ${parts.join(', ')}` : null;
}

/** One line per series, for `--all`. */
export function summaryTable(all: readonly SeriesSummary[]): string {
  if (all.length === 0) return 'No series with enough claims.';
  const rows = all.map((s) => {
    const last = s.latest;
    return [
      s.subject, s.metric, String(s.claimCount), String(s.points), String(s.sources),
      String(s.contradictions), String(s.revisedDown),
      last ? `${formatCount(last.low)} / ${formatCount(last.best)} / ${formatCount(last.high)}` : '-', last?.date ?? '-',
    ];
  });
  const rule = all[0]?.rule ?? '';
  return `Rule: ${rule}\n\n${renderColumns(
    ['subject', 'metric', 'claims', 'points', 'sources', 'contradictions', 'revised down', 'low / best / high', 'as of'], rows)}`;
}
