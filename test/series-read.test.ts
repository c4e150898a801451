/**
 * The ledger's series read (src/ledger/series-read.ts) against the whole-claim read: on SQLite and
 * PostgreSQL, every series built from `readSeries` rows must equal, to the byte of its JSON, the
 * series built from the same claims read whole through `queryClaims`, with the cases that touch
 * each column: own-voice claims, undated claims dated by publication, open figures, headlines,
 * periods with words and bounds, a syndicated document (twice by one outlet), a superseded version, reviews (reject,
 * set) and a source merge; and the `--all` table line from the lean read (series-figures.ts)
 * equals the whole series' summary. Then the same after migration 0003 is undone and rerun on the
 * stored ledger: its backfill from the claims' JSON gives what ingest writes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { openLedger, type Ledger, type LedgerRecord, type StoredClaim } from '../src/ledger/ledger.ts';
import { sqliteSeriesSql } from '../src/ledger/series-read.ts';
import { northKoreaDeployed, northKoreaKilled } from '../src/series/__fixtures__/articles.ts';
import { syntheticDocuments, toLedgerRecords, withVariants } from '../src/series/__fixtures__/synthetic.ts';
import { buildSeries, type SeriesKey } from '../src/series/build.ts';
import { seriesTable } from '../src/series/format/table.ts';
import { loadAllSeries, loadSeries } from '../src/series/ledger-claims.ts';
import { summarizeFigures } from '../src/series/summarize.ts';
import { summaryOf } from '../src/series/summary.ts';
import type { SeriesOptions } from '../src/series/types.ts';
import { dropSchemas, postgresForSuite, uniqueSchema } from './pg-test-db.ts';

const pgUrl = await postgresForSuite('series-read');

const dir = mkdtempSync(join(tmpdir(), 'tally-series-read-'));
const schemas: string[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (pgUrl) await dropSchemas(pgUrl, schemas);
});

/** Synthetic claims, with every few one changed into a case the plain columns must carry. */
function records(): Generator<LedgerRecord> {
  return withVariants(toLedgerRecords(syntheticDocuments(3000, 11)), [
    [7, (c) => { c.claim.source = []; c.sourceIds = []; }],
    [11, (c) => { c.claim.asOf = null; }],
    [13, (c) => { c.claim.section = 'title'; }],
    [17, (c) => { c.claim.max = null; }],
    [19, (c) => { c.claim.period = { kind: 'cumulative', text: 'so far' }; }],
    [23, (c) => { c.claim.period = { kind: 'interval', from: '2024-01-01', to: '2024-01-03', text: 'in three days' }; }],
    [29, (c) => { delete c.claim.period; }],
  ]);
}

async function fill(ledger: Ledger): Promise<void> {
  await ledger.importRecords(records());
  const stories = [...northKoreaKilled(), ...northKoreaDeployed()];
  for (const { article, extraction } of stories) await ledger.ingest(article, extraction, { origin: `${article.id}.txt` });
  // The first story again from another outlet (one document, two publications), and an edited
  // version of the second at its url (the old claims superseded).
  const [first, second] = stories;
  await ledger.ingest({ ...first!.article, publisher: 'Another Wire', url: 'https://another.example/1' }, first!.extraction);
  // The same outlet and url again on a later day: a third publication, but not another report.
  await ledger.ingest({ ...first!.article, publisher: 'Another Wire', url: 'https://another.example/1', published: '2025-06-01' }, first!.extraction);
  await ledger.ingest({ ...second!.article, text: `${second!.article.text} Updated.` }, second!.extraction);
  // A headline with no statement day and its body sentence, dated by the publication: one point
  // of one document, whose publications are read for the headline's sake.
  const [body] = first!.extraction.claims;
  const published = '2025-02-01';
  await ledger.ingest({ text: 'Headline and body.', publisher: 'Fourth Wire', url: 'https://fourth.example/1', published }, {
    id: null, document: { title: null, publisher: 'Fourth Wire', published },
    claims: [{ ...body!, min: 4242, max: 4242, asOf: published }, { ...body!, min: 4242, max: 4242, asOf: null, section: 'title' }],
  });
  const killed = (await ledger.queryClaims({ subject: 'KP/military', metric: 'killed' })).rows;
  await ledger.review(killed[0]!.id, { kind: 'reject', reason: 'misread' }, 'tester');
  await ledger.review(killed[1]!.id, { kind: 'set', changes: { min: 123, hedged: true } }, 'tester');
  const ids = (await ledger.listSources()).map((s) => s.id).sort();
  await ledger.mergeSources(ids[0]!, ids[1]!);
}

async function wholeClaims(ledger: Ledger, key: SeriesKey): Promise<StoredClaim[]> {
  const out: StoredClaim[] = [];
  let cursor: string | null = null;
  do {
    const page = await ledger.queryClaims({ subject: key.subject, metric: key.metric }, { limit: 10_000, cursor });
    out.push(...page.rows);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const OPTIONS: SeriesOptions[] = [
  {},
  { explain: false, reports: false },
  { rule: 'conservative', exclude: ['hedged', 'unattributed'], unknownPeriod: 'skip', includeTitles: true },
  { explain: false, reports: false, includeTitles: true },
];

async function expectSameSeries(ledger: Ledger): Promise<number> {
  const keys = await ledger.seriesKeys(1);
  const figures = await ledger.seriesFigures();
  const fewFigures = await ledger.seriesFigures('series');
  let severalReports = 0;
  for (const key of keys) {
    const claims = await wholeClaims(ledger, key);
    expect(claims).toHaveLength(key.claims);
    // Documents of several reports: the series' own are those of the whole ledger among its documents.
    const documents = new Set(claims.map((c) => c.documentId));
    const reports = async (reader: typeof figures) => {
      const read = await reader.read(key);
      for (const _ of read.rows) { /* read whole: the connection serves one statement at a time */ }
      return read.reports;
    };
    const own = await reports(fewFigures);
    expect(own).toEqual(new Map([...await reports(figures)].filter(([d]) => documents.has(d))));
    severalReports += own.size;
    for (const options of OPTIONS) {
      const whole = buildSeries(claims, key, options);
      expect(JSON.stringify(await loadSeries(ledger, key, options))).toBe(JSON.stringify(whole));
      // The --all table's line from the lean read (series-figures.ts, summarize.ts), with the
      // documents of several reports read for the whole ledger or for the series alone.
      expect(await summarizeFigures(await figures.read(key), key, options)).toEqual(summaryOf(whole));
      expect(await summarizeFigures(await fewFigures.read(key), key, options)).toEqual(summaryOf(whole));
    }
    // One series' table shows no evidence sentence: read without them, it is the same table.
    expect(seriesTable(await loadSeries(ledger, key, { evidence: false }))).toBe(seriesTable(buildSeries(claims, key)));
  }
  expect(severalReports).toBeGreaterThan(0);
  return keys.length;
}

interface Engine {
  name: string;
  open(): Promise<Ledger>;
  /** Run SQL on the stored ledger, outside the Ledger API. */
  raw(statements: string[]): Promise<void>;
}

const engines: Engine[] = [];
{
  const file = join(dir, 'series.db');
  engines.push({
    name: 'sqlite',
    open: () => openLedger(file),
    async raw(statements) {
      const db = new BetterSqlite3(file);
      try {
        for (const s of statements) db.exec(s);
      } finally {
        db.close();
      }
    },
  });
}
if (pgUrl) {
  const schema = uniqueSchema('series_read');
  schemas.push(schema);
  engines.push({
    name: 'postgres',
    open: () => openLedger(pgUrl, { schema }),
    async raw(statements) {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      try {
        await client.query(`set search_path to "${schema}"`);
        for (const s of statements) await client.query(s);
      } finally {
        await client.end();
      }
    },
  });
}

const COLUMNS = ['period_kind', 'period_from', 'period_to', 'period_text', 'origin_name', 'origin_kind', 'origin_country'];

describe.each(engines)('series read on $name', (engine) => {
  test('every series read from plain columns equals the series of the whole claims', { timeout: 120_000 }, async () => {
    const ledger = await engine.open();
    try {
      await fill(ledger);
      expect(await expectSameSeries(ledger)).toBeGreaterThan(100);
      const kp = await ledger.readSeries({ subject: 'KP/military', metric: 'killed' });
      expect(kp.some((c) => c.period?.text === 'in three days')).toBe(true);
      expect(kp.every((c) => c.evidence !== undefined)).toBe(true);
      // Publications come in the claims' own query (a row per publication): a document's several, each once, in order.
      const several = kp.find((c) => c.publications.length === 3)!;
      const whole = (await ledger.queryClaims({ subject: 'KP/military', metric: 'killed' }, { limit: 1000 })).rows.find((c) => c.id === several.id)!;
      expect(several.publications).toEqual(whole.publications.map(({ publisher, url, published }) => ({ publisher, url, published })));
      const bare = await ledger.readSeries({ subject: 'KP/military', metric: 'killed' }, { evidence: false });
      expect(bare.map((c) => c.id)).toEqual(kp.map((c) => c.id));
      expect(bare.every((c) => c.evidence === undefined)).toBe(true);
      const lean = await ledger.readSeries({ subject: 'KP/military', metric: 'killed' }, { detail: false });
      expect(lean.every((c) => c.evidence === undefined && c.id === undefined)).toBe(true);
      expect(lean.filter((c) => c.publicationCount === undefined).map((c) => c.publications.length)).toContain(3);
      expect(await ledger.readSeries({ subject: 'ZZ/military', metric: 'killed' })).toEqual([]);
    } finally {
      await ledger.close();
    }
  });

  test('migration 0003 rerun on the stored claims backfills the same columns from their JSON', { timeout: 120_000 }, async () => {
    await engine.raw([
      // Migration 0010's index holds some of the columns (SQLite only).
      'drop index if exists claims_series_lines',
      'drop index claims_series',
      'drop table series_summaries',
      ...COLUMNS.map((c) => `alter table claims drop column ${c}`),
      "delete from tally_migrations where name in ('0003-claim-series-columns', '0010-claims-series-lines')",
    ]);
    const ledger = await engine.open();
    try {
      await expectSameSeries(ledger);
      const all: string[] = [];
      for await (const s of loadAllSeries(ledger, 3, { explain: false, reports: false })) all.push(`${s.subject} ${s.metric}`);
      expect(all.length).toBeGreaterThan(100);
    } finally {
      await ledger.close();
    }
  });
});

test('on SQLite one series is read from claims_series alone, evidence included (migration 0011): no claim row is visited', { timeout: 120_000 }, async () => {
  const file = join(dir, 'plan.db');
  const ledger = await openLedger(file);
  await ledger.importRecords(records());
  await ledger.close();
  const raw = new BetterSqlite3(file, { readonly: true });
  try {
    for (const [detail, evidence] of [[true, true], [true, false], [false, false]] as const) {
      for (const countryNull of [false, true]) {
        const params = countryNull ? ['military', 'killed'] : ['UA', 'military', 'killed'];
        const plan = (raw.prepare(`explain query plan ${sqliteSeriesSql(detail, evidence, countryNull)}`).all(...params) as { detail: string }[]).map((r) => r.detail);
        expect(plan.find((d) => d.includes(' claims '))).toMatch(/^SEARCH claims USING COVERING INDEX claims_series \(/);
      }
    }
  } finally {
    raw.close();
  }
});
