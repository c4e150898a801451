/**
 * The lean read's texts on SQLite (series-figures.ts, FIGURE_TEXT): every series' line from its
 * texts equals the line from its rows, in a ledger whose largest series spans several texts and
 * whose claims take every form a line must carry (own voice, no statement day, headlines, open
 * figures, periods with and without ends, a review); and a series' texts are one snapshot of it,
 * read as they are iterated while another connection writes. (test/series-read.test.ts holds
 * the lines on both engines to the whole series.)
 */
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { syntheticDocuments, toLedgerRecords, withVariants } from '../series/__fixtures__/synthetic.ts';
import { summarizeFigures } from '../series/summarize.ts';
import type { SeriesOptions } from '../series/types.ts';
import { openLedger, type Ledger, type LedgerRecord } from './ledger.ts';
import { SERIES_LINE_SQL, SERIES_LINES_INDEX } from './migrations/0010-claims-series-lines.ts';
import { SERIES_TRAITS_SQL } from './migrations/0012-claims-series-lines-traits.ts';
import { FIGURE_TEXT } from './series-figures.ts';
import { seriesKeysFromIndexSql } from './series-read.ts';

const dir = mkdtempSync(join(tmpdir(), 'tally-series-figures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Synthetic claims, every few one changed into a form a line must carry. */
function records(): Generator<LedgerRecord> {
  return withVariants(toLedgerRecords(syntheticDocuments(12_000, 5)), [
    [7, (c) => { c.claim.source = []; c.sourceIds = []; }],
    [11, (c) => { c.claim.asOf = null; }],
    [13, (c) => { c.claim.section = 'title'; }],
    [17, (c) => { c.claim.max = null; }],
    [19, (c) => { c.claim.min = null; }],
    [23, (c) => { c.claim.period = { kind: 'interval', from: '2024-01-01', to: '2024-01-03', text: 'in three days' }; }],
    [29, (c) => { c.claim.period = { kind: 'cumulative', from: '2024-01-01' }; }],
    [31, (c) => { delete c.claim.period; }],
  ]);
}

const OPTIONS: SeriesOptions[] = [{}, { exclude: ['hedged', 'unattributed'], unknownPeriod: 'skip', includeTitles: true }];

test('each series from its texts equals the series from its rows, and its texts are one snapshot', { timeout: 120_000 }, async () => {
  const file = join(dir, 'ledger.db');
  const ledger = await openLedger(file);
  const writer = await openLedger(file);
  try {
    await ledger.importRecords(records());
    const largest = (await ledger.seriesKeys(1))[0]!;
    const claims = (await ledger.queryClaims({ subject: largest.subject, metric: largest.metric }, { limit: 1 })).rows;
    await ledger.review(claims[0]!.id, { kind: 'set', changes: { min: 77, max: 99, hedged: true } }, 'tester');
    const keys = await ledger.seriesKeys(1);
    expect(largest.claims).toBeGreaterThan(1024);
    const figures = await ledger.seriesFigures();
    let texts = 0;
    for (const key of keys) {
      for (const options of OPTIONS) {
        const read = await figures.read(key);
        const counted = { ...read, texts: { *[Symbol.iterator]() {
          for (const t of read.texts!) {
            texts += 1;
            yield t;
          }
        } } };
        const fromTexts = await summarizeFigures(counted, key, options);
        const fromRows = await summarizeFigures({ ...(await figures.read(key)), texts: undefined }, key, options);
        expect(fromTexts).toEqual(fromRows);
      }
    }
    expect(texts).toBeGreaterThan(2 * keys.length);

    // A review through another connection while the largest series' texts are read: its last claim
    // changes figure after the first text, and the texts still give the figure it had.
    const read = await figures.read(largest);
    const last = (await ledger.queryClaims({ subject: largest.subject, metric: largest.metric }, { limit: 100_000 })).rows.at(-1)!;
    const lines: string[] = [];
    let written = false;
    for (const text of read.texts!) {
      if (!written) {
        await writer.review(last.id, { kind: 'set', changes: { min: 987_654, max: 987_654 } }, 'tester');
        written = true;
      }
      lines.push(...text.split(FIGURE_TEXT.line));
    }
    expect(lines).toHaveLength(largest.claims);
    expect(lines.some((l) => l.includes('987654'))).toBe(false);
    // Read again, the series has it.
    const again: string[] = [];
    for (const text of (await figures.read(largest)).texts!) again.push(...text.split(FIGURE_TEXT.line));
    expect(again.at(-1)).toContain('987654');
  } finally {
    await writer.close();
    await ledger.close();
  }
});

test('the texts and the list of series (with its traits) come from the index of lines (migrations 0010, 0012), and read the same without it', { timeout: 120_000 }, async () => {
  const file = join(dir, 'lines.db');
  const ledger = await openLedger(file);
  await ledger.importRecords(records());
  const textsOf = async (l: Ledger) => {
    const figures = await l.seriesFigures();
    const out: string[] = [];
    for (const key of await l.seriesKeys(1)) for (const text of (await figures.read(key)).texts!) out.push(`${key.subject} ${key.metric}|${text}`);
    return { keys: await l.seriesKeys(1), traits: await l.seriesKeys(1, { traits: true }), texts: out };
  };
  const withIndex = await textsOf(ledger);
  await ledger.close();
  // Each line is read from the index: the statement has SQLite's printf no more.
  const raw = new BetterSqlite3(file);
  const ops = (index: string) => (raw.prepare(`explain select ${SERIES_LINE_SQL}, seq from claims indexed by ${index}
    where subject_country = 'UA' and subject_group = 'military' and metric = 'killed' and current = 1 order by seq`).all() as { opcode: string; p4: unknown }[])
    .filter((o) => o.opcode.startsWith('Function')).map((o) => String(o.p4));
  expect(ops('claims_series').join(' ')).toContain('printf');
  expect(ops(SERIES_LINES_INDEX).join(' ')).not.toContain('printf');
  // The list with its traits reads the index alone (0012): the list finds the index by the traits'
  // expression as written there, and its statement reads no column of a claim's row, nor its row.
  expect((raw.prepare('select sql from sqlite_master where name = ?').get(SERIES_LINES_INDEX) as { sql: string }).sql).toContain(SERIES_TRAITS_SQL);
  const root = (raw.prepare(`select rootpage from sqlite_master where type = 'table' and name = 'claims'`).get() as { rootpage: number }).rootpage;
  const traitsOps = raw.prepare(`explain ${seriesKeysFromIndexSql(true)}`).all() as { opcode: string; p1: number; p2: number }[];
  const table = traitsOps.find((o) => o.opcode === 'OpenRead' && o.p2 === root)?.p1;
  expect(table).toBeDefined();
  expect(traitsOps.filter((o) => (o.opcode === 'Column' || o.opcode === 'Rowid' || o.opcode === 'SeekRowid') && o.p1 === table)).toEqual([]);
  raw.close();
  // A ledger opened without migrating, from before 0012 (0010's index: no traits in it), then from
  // before the index: the same keys, traits and texts.
  const unmigrated = async (statements: string) => {
    const edit = new BetterSqlite3(file);
    edit.exec(statements);
    edit.close();
    const l = await openLedger(file, { migrate: false });
    try {
      return await textsOf(l);
    } finally {
      await l.close();
    }
  };
  expect(await unmigrated(`drop index ${SERIES_LINES_INDEX};
    create index ${SERIES_LINES_INDEX} on claims (subject_country, subject_group, metric, seq, (${SERIES_LINE_SQL})) where current = 1;
    delete from tally_migrations where name = '0012-claims-series-lines-traits'`)).toEqual(withIndex);
  expect(await unmigrated(`drop index ${SERIES_LINES_INDEX}; delete from tally_migrations where name = '0010-claims-series-lines'`)).toEqual(withIndex);
  expect(withIndex.texts.length).toBeGreaterThan(withIndex.keys.length);
  expect(new Set(withIndex.traits.map((k) => k.traits)).size).toBeGreaterThan(1);
});
