/**
 * What `tally series --all` shows of one series, as a small plain record: made as each series is
 * built, so that the series itself (over a large ledger, millions of points) need not be kept, and
 * kept in the ledger between runs (ledger-summaries.ts).
 */
import type { ReconcileRule } from './rules/index.ts';
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

/**
 * A line before its reconciliation: everything a line shows but `latest` and `rule`, and the
 * current figures of its last date that every rule reconciles (the rule plays no other part in a
 * line: build.ts and summarize.ts apply it to each date's current figures only). Kept in the
 * ledger in this form, so that one kept line serves `--all` under any rule.
 */
export interface SummaryTally extends Omit<SeriesSummary, 'latest' | 'rule'> {
  /** The last date on which an origin stated a total, null when none did. */
  lastDate: string | null;
  /** Every origin's standing total then, in the order origins first had one. */
  current: CurrentFigure[];
}

/** A current figure as a rule reads it (RuleFigure): low, high, value, hedged (1) or not (0), reports. */
export type CurrentFigure = [low: number, high: number, value: number, hedged: 0 | 1, reportCount: number];

/** The line of `tally` under `rule`: its last date reconciled. */
export function reconcileTally(tally: SummaryTally, rule: ReconcileRule): SeriesSummary {
  const { lastDate, current, ...counts } = tally;
  let latest: SeriesSummary['latest'] = null;
  if (lastDate !== null && current.length > 0) {
    const r = rule.reconcile(current.map(([low, high, value, hedged, reportCount]) => ({ low, high, value, hedged: hedged === 1, reportCount })));
    latest = { date: lastDate, low: r.low, best: r.best, high: r.high };
  }
  return { ...counts, latest, rule: rule.explanation };
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
