/**
 * The series over a ledger: a thin adapter that pages through `queryClaims` (the ledger's one
 * read path) and hands the claims to the pure functions. `--all` walks one subject at a time,
 * so memory holds one subject's claims, never the whole ledger.
 */
import { METRICS, type Metric } from '../core/claim.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { ClaimFilter, StoredClaim } from '../ledger/types.ts';
import { buildAllSeries, buildSeries, type SeriesKey } from './build.ts';
import type { Series, SeriesOptions } from './types.ts';

/** The part of the ledger the series reads. */
export type SeriesLedger = Pick<Ledger, 'queryClaims' | 'countClaims' | 'listSubjects'>;

/** Largest page the ledger serves; fewer round trips for long series. */
const PAGE = 10_000;

/** Every current claim of one subject × metric, all pages. */
export async function readSeriesClaims(ledger: SeriesLedger, key: SeriesKey): Promise<StoredClaim[]> {
  return readClaims(ledger, { subject: key.subject, metric: key.metric });
}

async function readClaims(ledger: SeriesLedger, filter: ClaimFilter): Promise<StoredClaim[]> {
  const claims: StoredClaim[] = [];
  let cursor: string | null = null;
  do {
    const page = await ledger.queryClaims(filter, { limit: PAGE, cursor });
    for (const c of page.rows) claims.push(c);
    cursor = page.nextCursor;
  } while (cursor);
  return claims;
}

/** The series of one subject × metric from the ledger. */
export async function loadSeries(ledger: SeriesLedger, key: SeriesKey, options: SeriesOptions = {}): Promise<Series> {
  return buildSeries(await readSeriesClaims(ledger, key), key, options);
}

/** Subject × metric pairs with at least `minClaims` current claims, largest first. */
export async function seriesKeys(ledger: SeriesLedger, minClaims: number): Promise<(SeriesKey & { claims: number })[]> {
  const keys: (SeriesKey & { claims: number })[] = [];
  for (const subject of await ledger.listSubjects()) {
    if (subject.claimCount < minClaims) continue;
    for (const metric of METRICS as readonly Metric[]) {
      const claims = await ledger.countClaims({ subject: subject.key, metric });
      if (claims >= minClaims) keys.push({ subject: subject.key, metric, claims });
    }
  }
  return keys.sort((a, b) => b.claims - a.claims || a.subject.localeCompare(b.subject) || a.metric.localeCompare(b.metric));
}

/**
 * Every series with at least `minClaims` claims, one subject at a time (largest subject first,
 * and within it the largest series first): one read per subject covers all its metrics, and
 * memory holds one subject's claims.
 */
export async function* loadAllSeries(ledger: SeriesLedger, minClaims: number, options: SeriesOptions = {}): AsyncGenerator<Series> {
  for (const subject of await ledger.listSubjects()) {
    if (subject.claimCount < minClaims) continue;
    yield* buildAllSeries(await readClaims(ledger, { subject: subject.key }), minClaims, options);
  }
}
