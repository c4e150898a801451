/**
 * `tally series --all`'s table as the tests check it: read from the lines kept in the ledger and
 * held to a fresh computation of every series, with how many lines were kept and computed.
 */
import { expect } from 'vitest';
import type { Ledger } from '../../src/ledger/ledger.ts';
import { loadAllSeries } from '../../src/series/ledger-claims.ts';
import { DEFAULT_MIN_CLAIMS, loadAllSummaries, type SummaryCounts } from '../../src/series/ledger-summaries.ts';
import { summaryOf, type SeriesSummary } from '../../src/series/summary.ts';
import type { SeriesOptions } from '../../src/series/types.ts';

/** The options `tally series --all` passes for its table when given no flags. */
export const CLI_OPTIONS: SeriesOptions = { rule: 'ucdp', exclude: [], unknownPeriod: 'cumulative', includeTitles: false, explain: false, reports: false };
/** The same with each rule: the lines a write verb or a worker keeps serve both. */
export const RULE_OPTIONS: SeriesOptions[] = [CLI_OPTIONS, { ...CLI_OPTIONS, rule: 'conservative' }];

/** `tally series --all` (`--min-claims` default) from kept lines, held to a fresh computation; how many lines were kept and computed. */
export async function cliAll(ledger: Ledger, options: SeriesOptions = CLI_OPTIONS, minClaims = DEFAULT_MIN_CLAIMS): Promise<SummaryCounts & { rows: SeriesSummary[] }> {
  const counts: SummaryCounts = { kept: 0, computed: 0 };
  const rows: SeriesSummary[] = [];
  for await (const s of loadAllSummaries(ledger, minClaims, options, counts)) rows.push(s);
  const fresh: SeriesSummary[] = [];
  for await (const s of loadAllSeries(ledger, minClaims, options)) fresh.push(summaryOf(s));
  expect(rows).toEqual(fresh);
  expect(rows.length).toBeGreaterThan(0);
  return Object.defineProperty(counts, 'rows', { value: rows, enumerable: false }) as SummaryCounts & { rows: SeriesSummary[] };
}
