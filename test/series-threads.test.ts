/**
 * `--all`'s lines computed by two threads (src/series/summary-jobs.ts): the main thread and a
 * helper that reads the series through a connection of its own give the lines one thread gives,
 * line for line, under one set of options or several at once; a helper that cannot start leaves
 * every series to the main thread, with the same lines.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openLedger, type Ledger } from '../src/ledger/ledger.ts';
import { syntheticDocuments, toLedgerRecords } from '../src/series/__fixtures__/synthetic.ts';
import { loadAllSummaries, type Parallel, type SummaryCounts, type SummaryLedger } from '../src/series/ledger-summaries.ts';
import type { SeriesSummary } from '../src/series/summary.ts';
import type { SeriesOptions } from '../src/series/types.ts';

let dir: string;
let db: string;
let ledger: Ledger;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tally-series-threads-'));
  db = join(dir, 'ledger.db');
  const writing = await openLedger(db);
  await writing.importRecords(toLedgerRecords(syntheticDocuments(12_000)));
  await writing.close();
  ledger = await openLedger(db, { migrate: false });
}, 120_000);

afterAll(async () => {
  await ledger?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The ledger with nothing kept and nothing written: every run computes every line. */
function cold(l: Ledger): SummaryLedger {
  return {
    seriesFigures: (r) => l.seriesFigures(r), seriesKeys: (n, o) => l.seriesKeys(n, o), seriesKeysSince: (s) => l.seriesKeysSince(s),
    seriesLedgerState: () => l.seriesLedgerState(), seriesMarks: () => l.seriesMarks(),
    readSeriesSummaries: async () => new Map(), keepSeriesSummaries: async () => {},
  };
}

async function all(options: SeriesOptions, along: SeriesOptions[] = [], parallel?: Parallel): Promise<{ rows: SeriesSummary[]; counts: SummaryCounts }> {
  const counts: SummaryCounts = { kept: 0, computed: 0 };
  const rows: SeriesSummary[] = [];
  for await (const s of loadAllSummaries(cold(ledger), 1, options, counts, along, parallel)) rows.push(s);
  return { rows, counts };
}

describe('lines computed by two threads', () => {
  test.each([
    ['the default options', {}, []],
    ['--exclude hedged with the default along (each series tallied twice)', { exclude: ['hedged'] }, [{}]],
    ['--rule conservative --unknown-period skip --include-titles', { rule: 'conservative', unknownPeriod: 'skip', includeTitles: true }, []],
  ] as [string, SeriesOptions, SeriesOptions[]][])('%s: the lines of one thread, in its order', { timeout: 60_000 }, async (_, options, along) => {
    const one = await all(options, along);
    expect(one.counts.computed).toBeGreaterThan(100);
    // Every series computed by the helper, then shared as the machine lets them.
    const helped = await all(options, along, { db, threads: 2, from: 0, mainTakes: false });
    expect(helped.counts.helped).toBe(helped.counts.computed);
    const two = await all(options, along, { db, threads: 2, from: 0 });
    for (const r of [helped, two]) {
      expect(r.counts.computed).toBe(one.counts.computed);
      expect(JSON.stringify(r.rows)).toBe(JSON.stringify(one.rows));
    }
  });

  test('below `from` claims to compute, or with one thread, no helper starts', async () => {
    const one = await all({});
    for (const parallel of [{ db, threads: 2 }, { db, threads: 1, from: 0 }]) {
      const r = await all({}, [], parallel);
      expect(r.counts.helped).toBeUndefined();
      expect(JSON.stringify(r.rows)).toBe(JSON.stringify(one.rows));
    }
  });

  test('a helper that cannot open the ledger leaves every series to the main thread', { timeout: 60_000 }, async () => {
    const one = await all({});
    const r = await all({}, [], { db: join(dir, 'no-such-folder', 'ledger.db'), threads: 2, from: 0, mainTakes: false });
    expect(r.counts.helped).toBeUndefined();
    expect(JSON.stringify(r.rows)).toBe(JSON.stringify(one.rows));
  });
});
