/**
 * Which figures may be compared. Running totals ("so far", "since the war began") compare with
 * each other; a count over a stretch ("in three days", "on Tuesday") compares only with counts
 * over the same stretch; a figure whose period the text does not give is, by default, taken as
 * a running total (what casualty reports state far more often), or left uncompared on request.
 */
import type { Period } from '../core/claim.ts';
import type { ComparableClass, SeriesOptions } from './types.ts';

const UNKNOWN: Period = { kind: 'unknown' };

/** The claim's period, `unknown` when the extractor gave none. */
export function periodOf(period: Period | undefined): Period {
  return period ?? UNKNOWN;
}

/** The comparison class of a period under the options. */
export function comparableClass(period: Period, unknownPeriod: SeriesOptions['unknownPeriod'] = 'cumulative'): ComparableClass {
  switch (period.kind) {
    case 'cumulative':
      return 'total';
    case 'unknown':
      return unknownPeriod === 'skip' ? null : 'total';
    case 'interval':
      // Only a stretch with both ends known can be matched with another report of it.
      return period.from && period.to ? `interval:${period.from}..${period.to}` : null;
  }
}

/**
 * The period of a point carried by several reports: the most often stated known kind wins over
 * `unknown` (one outlet wrote "so far", another left it out: it is still a running total).
 */
export function mergePeriods(periods: readonly Period[]): Period {
  let best: Period | undefined;
  let bestCount = 0;
  const counts = new Map<string, { period: Period; count: number }>();
  for (const p of periods) {
    if (p.kind === 'unknown') continue;
    const key = `${p.kind}|${p.from ?? ''}|${p.to ?? ''}`;
    const entry = counts.get(key) ?? { period: p, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
    if (entry.count > bestCount) {
      best = entry.period;
      bestCount = entry.count;
    }
  }
  return best ?? periods[0] ?? UNKNOWN;
}

/** "cumulative", "interval 2025-01-01..2025-01-03", "unknown". */
export function describePeriod(period: Period): string {
  if (period.kind !== 'interval') return period.kind;
  return period.from || period.to ? `interval ${period.from ?? '?'}..${period.to ?? '?'}` : 'interval';
}
