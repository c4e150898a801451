/**
 * The series as the dashboard's chart needs it: every point with its figure, origin key and
 * first report (the sentence shown on hover), origins once, and the reconciled band without
 * the per-date lists of current points. A fraction of the full series' size, which on a large
 * ledger repeats origins and reports thousands of times.
 */
import type { Series } from '../series/index.ts';

/** One point of the chart view. */
export interface ChartPoint {
  id: string;
  date: string;
  origin: string;
  min: number | null;
  max: number | null;
  low: number;
  high: number;
  value: number;
  approximate: boolean;
  hedged: boolean;
  flags: Series['points'][number]['flags'];
  reportCount: number;
  /** The first report: where the hover detail and Enter lead. */
  report: { claimId: string; documentId: string; publisher: string | null; evidence: string } | null;
}

export interface SeriesChart {
  subject: string;
  metric: Series['metric'];
  monotone: boolean;
  rule: Series['rule'];
  claimCount: number;
  excluded: Series['excluded'];
  /** Origins in order of first appearance, with how many points each gave. */
  origins: { key: string; name: string; kind: string; country: string | null; attributed: boolean; points: number }[];
  points: ChartPoint[];
  reconciled: { date: string; low: number; best: number; high: number }[];
  /** Why the last reconciled figure is what it is. */
  reasons: string[];
  contradictions: { count: number; latest: Series['contradictions'] };
}

const LATEST_CONTRADICTIONS = 20;

export function toChartView(series: Series): SeriesChart {
  const last = series.reconciled.at(-1);
  return {
    subject: series.subject,
    metric: series.metric,
    monotone: series.monotone,
    rule: series.rule,
    claimCount: series.claimCount,
    excluded: series.excluded,
    origins: series.sources.map((track) => ({ ...track.origin, points: track.points.length })),
    points: series.points.map((p) => {
      const first = p.reports[0];
      return {
        id: p.id, date: p.date, origin: p.origin.key, min: p.min, max: p.max, low: p.low, high: p.high, value: p.value,
        approximate: p.approximate, hedged: p.hedged, flags: p.flags, reportCount: p.reports.length,
        report: first ? { claimId: first.claimId, documentId: first.documentId, publisher: first.publisher, evidence: first.evidence } : null,
      };
    }),
    reconciled: series.reconciled.map((r) => ({ date: r.date, low: r.low, best: r.best, high: r.high })),
    reasons: last?.reasons ?? [],
    contradictions: { count: series.contradictions.length, latest: series.contradictions.slice(-LATEST_CONTRADICTIONS) },
  };
}
