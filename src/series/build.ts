/**
 * The series of one subject × metric from its claims, and every series of a set of claims.
 * Pure: arrays in, plain data out; the CLI and the server both call these.
 *
 * @example
 * const series = buildSeries(claims, { subject: 'KP/military', metric: 'killed' }, { rule: 'ucdp' });
 * series.reconciled.at(-1) // → { date: '2025-04-30', low: 600, best: 2300, high: 4000, reasons: [...] }
 */
import { describeContradiction, intervalContradictions, totalContradictions } from './contradictions.ts';
import { isMonotone } from './metric-nature.ts';
import { groupPoints } from './points.ts';
import { DEFAULT_RULE, ruleById, type ReconciledWithReasons } from './rules/index.ts';
import { emptyExcluded } from './select.ts';
import { walkTotals } from './timeline.ts';
import { buildTracks } from './tracks.ts';
import type { Metric } from '../core/claim.ts';
import type { ReconciledRow, Series, SeriesInput, SeriesOptions, SeriesPoint } from './types.ts';

/** Which series: the ledger's subject key ("KP/military", "-/people") and a metric. */
export interface SeriesKey {
  subject: string;
  metric: Metric;
}

/** The ledger's subject key of a claim: "KP/military", "-/military" when no country. */
export function subjectKey(claim: Pick<SeriesInput, 'subject'>): string {
  return `${claim.subject.country ?? '-'}/${claim.subject.group}`;
}

/**
 * The series of `key` from claims of that subject × metric (others are ignored).
 */
export function buildSeries(claims: Iterable<SeriesInput>, key: SeriesKey, options: SeriesOptions = {}): Series {
  // The key's parts, compared with each claim's own strings (no key is built per claim).
  const slash = key.subject.indexOf('/');
  const country = key.subject.slice(0, slash) === '-' ? null : key.subject.slice(0, slash);
  const group = key.subject.slice(slash + 1);
  const mine: SeriesInput[] = [];
  for (const c of claims) if (c.metric === key.metric && c.subject.group === group && c.subject.country === country) mine.push(c);
  return seriesOf(mine, key, options);
}

/**
 * Every subject × metric with at least `minClaims` claims (before exclusions), largest first.
 */
export function buildAllSeries(claims: Iterable<SeriesInput>, minClaims: number, options: SeriesOptions = {}): Series[] {
  // Nested maps keyed by the claim's own strings: no key is built per claim (this runs over the whole ledger).
  const groups = new Map<string | null, Map<string, Map<Metric, SeriesInput[]>>>();
  for (const c of claims) {
    let byGroup = groups.get(c.subject.country);
    if (!byGroup) groups.set(c.subject.country, (byGroup = new Map()));
    let byMetric = byGroup.get(c.subject.group);
    if (!byMetric) byGroup.set(c.subject.group, (byMetric = new Map()));
    const list = byMetric.get(c.metric);
    if (list) list.push(c);
    else byMetric.set(c.metric, [c]);
  }
  const out: Series[] = [];
  for (const [country, byGroup] of groups) {
    for (const [group, byMetric] of byGroup) {
      for (const [metric, list] of byMetric) {
        if (list.length >= minClaims) out.push(seriesOf(list, { subject: `${country ?? '-'}/${group}`, metric }, options));
      }
    }
  }
  return out.sort((a, b) => b.claimCount - a.claimCount || a.subject.localeCompare(b.subject) || a.metric.localeCompare(b.metric));
}

function seriesOf(claims: readonly SeriesInput[], key: SeriesKey, options: SeriesOptions): Series {
  const rule = ruleById(options.rule ?? DEFAULT_RULE);
  const monotone = isMonotone(key.metric);
  const excluded = emptyExcluded();
  const points = groupPoints(claims, options, excluded);
  const sources = buildTracks(points, monotone);
  const steps = [...walkTotals(points)];
  const explain = options.explain ?? true;
  const found = [...totalContradictions(steps, monotone), ...intervalContradictions(points)];
  found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const contradictions = found.map((c) => describeContradiction(c, explain));
  const reconciled: ReconciledRow[] = steps.map(({ date, current }) => {
    const r = explain ? rule.reconcileExplained(current) : rule.reconcile(current);
    return { date, low: r.low, best: r.best, high: r.high, current: current.map((p: SeriesPoint) => p.id), reasons: explain ? (r as ReconciledWithReasons).reasons : [] };
  });
  return {
    subject: key.subject, metric: key.metric, monotone,
    rule: { id: rule.id, explanation: rule.explanation },
    claimCount: claims.length, excluded, points, sources, contradictions, reconciled,
  };
}
