/**
 * What `tally series --all` shows of one series, as a small plain record: made as each series is
 * built, so that the series itself (over a large ledger, millions of points) need not be kept, and
 * kept in the ledger between runs (ledger-summaries.ts).
 */
import type { Series } from './types.ts';

export interface SeriesSummary {
  subject: string;
  metric: string;
  claimCount: number;
  points: number;
  /** Origins that stated any point. */
  sources: number;
  contradictions: number;
  /** Points flagged 'revised-down'. */
  revisedDown: number;
  /** The last reconciled row's figures, null when nothing was reconciled. */
  latest: { date: string; low: number; best: number; high: number } | null;
  /** The rule's one-line explanation. */
  rule: string;
}

export function summaryOf(s: Series): SeriesSummary {
  let revisedDown = 0;
  for (const p of s.points) if (p.flags.includes('revised-down')) revisedDown += 1;
  const last = s.reconciled.at(-1);
  return {
    subject: s.subject, metric: s.metric, claimCount: s.claimCount, points: s.points.length,
    sources: new Set(s.points.map((p) => p.origin.key)).size, contradictions: s.contradictions.length,
    revisedDown, latest: last ? { date: last.date, low: last.low, best: last.best, high: last.high } : null, rule: s.rule.explanation,
  };
}
