/**
 * The series over a ledger: a thin adapter that reads each series through the ledger's series
 * read (`readSeries`: plain columns, no claim JSON) and hands the claims to the pure functions.
 * `--all` reads one series at a time, so memory holds one series' claims, never the whole ledger.
 */
import type { Ledger, SeriesClaimRow } from '../ledger/ledger.ts';
import { buildSeries, type SeriesKey } from './build.ts';
import type { Series, SeriesOptions } from './types.ts';

/** The part of the ledger the series reads. */
export type SeriesLedger = Pick<Ledger, 'readSeries' | 'seriesKeys'>;

/** Every current claim of one subject × metric, as the series reads them. */
export async function readSeriesClaims(ledger: SeriesLedger, key: SeriesKey, options: SeriesOptions = {}): Promise<SeriesClaimRow[]> {
  // Claim ids, evidence and publications are shown only in listed reports.
  return ledger.readSeries(key, { detail: options.reports ?? true, evidence: options.evidence ?? true });
}

/** The series of one subject × metric from the ledger. */
export async function loadSeries(ledger: SeriesLedger, key: SeriesKey, options: SeriesOptions = {}): Promise<Series> {
  return buildSeries(await readSeriesClaims(ledger, key, options), key, options);
}

/** Subject × metric pairs with at least `minClaims` current claims, largest first. */
export async function seriesKeys(ledger: SeriesLedger, minClaims: number): Promise<(SeriesKey & { claims: number })[]> {
  return (await ledger.seriesKeys(minClaims)).map(({ subject, metric, claims }) => ({ subject, metric, claims }));
}

/**
 * Every series with at least `minClaims` claims, subject by subject (the subject with most
 * claims first, and within it the largest series first), one at a time: memory holds one
 * series' claims.
 */
export async function* loadAllSeries(ledger: SeriesLedger, minClaims: number, options: SeriesOptions = {}): AsyncGenerator<Series> {
  for (const key of bySubject(await ledger.seriesKeys(1), minClaims)) yield await loadSeries(ledger, key, options);
}

/** The keys in `--all` order: subjects by their claim count, then series by theirs. */
export function bySubject<K extends SeriesKey & { claims: number }>(keys: readonly K[], minClaims: number): K[] {
  const subjects = new Map<string, { claims: number; keys: K[] }>();
  for (const k of keys) {
    const subject = subjects.get(k.subject) ?? { claims: 0, keys: [] };
    subject.claims += k.claims;
    if (k.claims >= minClaims) subject.keys.push(k);
    subjects.set(k.subject, subject);
  }
  return [...subjects]
    .sort(([a, x], [b, y]) => y.claims - x.claims || a.localeCompare(b))
    .flatMap(([, s]) => s.keys.sort((a, b) => b.claims - a.claims || a.metric.localeCompare(b.metric)));
}
