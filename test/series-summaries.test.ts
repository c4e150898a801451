/**
 * Kept series summaries (src/series/ledger-summaries.ts over src/ledger/series-summaries.ts), on
 * SQLite and PostgreSQL: after every kind of write, what `--all` shows from kept summaries must
 * equal what it shows computed afresh from every series, and only the series the write touches
 * may be recomputed: a review, a merge or another outlet's copy of a known text included.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Group } from '../src/core/claim.ts';
import { openLedger, type Ledger, type OpenOptions } from '../src/ledger/ledger.ts';
import { SERIES_TRAIT } from '../src/ledger/series-read.ts';
import { northKoreaDeployed, northKoreaKilled, type ArticleCase } from '../src/series/__fixtures__/articles.ts';
import { syntheticDocuments, toLedgerRecords } from '../src/series/__fixtures__/synthetic.ts';
import { loadAllSeries } from '../src/series/ledger-claims.ts';
import { DEFAULT_MIN_CLAIMS, keptOptionSets, loadAllSummaries, refreshSummaries, type SummaryCounts, type SummaryLedger } from '../src/series/ledger-summaries.ts';
import { summaryOf, type SeriesSummary } from '../src/series/summary.ts';
import type { SeriesOptions } from '../src/series/types.ts';
import { dropSchemas, postgresForSuite, uniqueSchema } from './pg-test-db.ts';
import { CLI_OPTIONS, cliAll, RULE_OPTIONS } from './support/series-lines.ts';

const pgUrl = await postgresForSuite('series-summaries');

const schemas: string[] = [];
afterAll(async () => {
  if (pgUrl) await dropSchemas(pgUrl, schemas);
});

type Open = (options?: OpenOptions) => Promise<Ledger>;
const engines: { name: string; open: () => Open }[] = [{ name: 'sqlite', open: () => () => openLedger(':memory:') }];
if (pgUrl) {
  engines.push({
    name: 'postgres',
    open: () => {
      const schema = uniqueSchema('series_summaries');
      schemas.push(schema);
      return (options) => openLedger(pgUrl, { ...options, schema });
    },
  });
}

const OPTIONS: SeriesOptions = { explain: false, reports: false };

/** --all from kept summaries, with how many were kept and computed. */
/**
 * --all from kept summaries, with how many were kept and computed, and whether every series' state
 * was read afresh (seriesKeys: a scan of every current claim) or grown by the claims added since.
 */
async function kept(ledger: Ledger, options: SeriesOptions = OPTIONS): Promise<{ rows: SeriesSummary[]; kept: number; computed: number; scanned: boolean }> {
  const counts = { kept: 0, computed: 0 };
  const rows: SeriesSummary[] = [];
  let scanned = false;
  const watched: SummaryLedger = {
    seriesFigures: () => ledger.seriesFigures(), seriesKeysSince: (seq) => ledger.seriesKeysSince(seq),
    seriesKeys: (n, o) => {
      scanned = true;
      return ledger.seriesKeys(n, o);
    },
    seriesLedgerState: () => ledger.seriesLedgerState(), seriesMarks: () => ledger.seriesMarks(),
    readSeriesSummaries: (o) => ledger.readSeriesSummaries(o), keepSeriesSummaries: (o, k) => ledger.keepSeriesSummaries(o, k),
  };
  for await (const s of loadAllSummaries(watched, 1, options, counts)) rows.push(s);
  return { rows, ...counts, scanned };
}

/** `tally series --all --exclude hedged` as the CLI passes it. */
const hedgedOut: SeriesOptions = { ...CLI_OPTIONS, exclude: ['hedged'] };

/** A ledger of generated claims with the lines a write verb keeps. */
async function keptLedger(open: () => Promise<Ledger>): Promise<Ledger> {
  const ledger = await open();
  await ledger.importRecords(toLedgerRecords(syntheticDocuments(300, 7)));
  await refreshSummaries(ledger);
  return ledger;
}

/** Whether some current claim of the series has the SERIES_TRAIT `bit` (unknown: it may). */
function hasTrait(k: { traits?: number | undefined }, bit: number): boolean {
  return k.traits === undefined || (k.traits & bit) !== 0;
}

/** --all with `--min-claims n` from kept lines, held to a fresh computation: series under the default shown when n is below it. */
async function minClaims(ledger: Ledger, n: number, options: SeriesOptions = CLI_OPTIONS): Promise<SummaryCounts> {
  const got = await cliAll(ledger, options, n);
  expect(got.rows.some((r) => r.claimCount < DEFAULT_MIN_CLAIMS)).toBe(n < DEFAULT_MIN_CLAIMS);
  return got;
}

/** The ledger as refreshSummaries reads it, counting the series read (`reads.n`). */
function readsCounted(ledger: Ledger, reads: { n: number }): SummaryLedger {
  return {
    seriesFigures: async (scope) => {
      const figures = await ledger.seriesFigures(scope);
      return { read: (key) => ((reads.n += 1), figures.read(key)) };
    },
    seriesKeys: (n, o) => ledger.seriesKeys(n, o), seriesKeysSince: (seq) => ledger.seriesKeysSince(seq),
    seriesLedgerState: () => ledger.seriesLedgerState(), seriesMarks: () => ledger.seriesMarks(),
    readSeriesSummaries: (o) => ledger.readSeriesSummaries(o), keepSeriesSummaries: (o, k) => ledger.keepSeriesSummaries(o, k),
    seriesSummaryOptions: () => ledger.seriesSummaryOptions(),
  };
}

/** --all computed afresh. */
async function afresh(ledger: Ledger, options: SeriesOptions = OPTIONS): Promise<SeriesSummary[]> {
  const rows: SeriesSummary[] = [];
  for await (const s of loadAllSeries(ledger, 1, options)) rows.push(summaryOf(s));
  return rows;
}

/** The series ("subject metric") of the current claims matching `filter`. */
async function seriesOf(ledger: Ledger, filter: Parameters<Ledger['queryClaims']>[0]): Promise<Set<string>> {
  const rows = (await ledger.queryClaims(filter, { limit: 10_000 })).rows;
  return new Set(rows.map((c) => `${c.subject.country ?? '-'}/${c.subject.group} ${c.metric}`));
}

/** A new article: `base` with its first figure changed, at another url. */
function variant(base: ArticleCase, id: string, min: number): ArticleCase {
  const claims = base.extraction.claims.slice(0, 1).map((c) => ({ ...c, min, max: min }));
  const url = `https://variant.example/${id}`;
  return {
    article: { ...base.article, id, url, text: `${base.article.text} (${id})` },
    extraction: { ...base.extraction, document: { ...base.extraction.document, url }, claims },
  };
}

describe.each(engines)('kept series summaries on $name', (engine) => {
  test('after each kind of write, kept summaries equal fresh ones and only touched series are recomputed', { timeout: 120_000 }, async () => {
    const open = engine.open();
    const ledger = await open();
    try {
      await ledger.importRecords(toLedgerRecords(syntheticDocuments(400, 5)));
      const stories = [...northKoreaKilled(), ...northKoreaDeployed()];
      for (const { article, extraction } of stories) await ledger.ingest(article, extraction);
      const check = async (expected: { kept?: number; computed?: number; scanned?: boolean }) => {
        const got = await kept(ledger);
        expect(got.rows).toEqual(await afresh(ledger));
        if (expected.kept !== undefined) expect(got.kept).toBe(expected.kept);
        if (expected.computed !== undefined) expect(got.computed).toBe(expected.computed);
        if (expected.scanned !== undefined) expect(got.scanned).toBe(expected.scanned);
        return got;
      };
      const first = await check({ kept: 0 });
      const total = first.computed;
      expect(total).toBeGreaterThan(50);
      await check({ kept: total, computed: 0 });

      // A new article in KP/military killed: that series alone, found from the claims added alone.
      const killed = northKoreaKilled();
      await ledger.ingest(variant(killed[0]!, 'new-1', 777).article, variant(killed[0]!, 'new-1', 777).extraction);
      await check({ kept: total - 1, computed: 1, scanned: false });
      // Two more, one in a series that had no claim yet.
      await ledger.ingest(variant(killed[1]!, 'new-2', 778).article, variant(killed[1]!, 'new-2', 778).extraction);
      const elsewhere = variant(killed[1]!, 'new-3', 779);
      elsewhere.extraction.claims = elsewhere.extraction.claims.map((c) => ({ ...c, subject: { ...c.subject, country: 'ZW' } }));
      await ledger.ingest(elsewhere.article, elsewhere.extraction);
      await check({ kept: total - 1, computed: 2, scanned: false });
      const series = total + 1;

      // A known text from another outlet: the series of its claims (their reports change, the claims do not).
      const copied = await ledger.ingest({ ...killed[2]!.article, publisher: 'Third Wire', url: 'https://third.example/1' }, killed[2]!.extraction);
      const copiedSeries = await seriesOf(ledger, { documentId: copied.documentId });
      expect(copiedSeries.size).toBeGreaterThan(0);
      await check({ kept: series - copiedSeries.size, computed: copiedSeries.size, scanned: true });

      // A new version of a story with no claims left: the series that lose its claims.
      await ledger.ingest({ ...killed[3]!.article, text: `${killed[3]!.article.text} Corrected.` }, { ...killed[3]!.extraction, claims: [] });
      await check({ kept: series - 1, computed: 1, scanned: true });

      // Re-extraction with fewer claims (deletions only).
      const deployed = northKoreaDeployed()[0]!;
      await ledger.ingest(deployed.article, { ...deployed.extraction, claims: [] }, { extractorVersion: 'v2' });
      const after = await check({});
      expect(after.computed).toBeGreaterThanOrEqual(1);
      expect(after.computed).toBeLessThan(total);

      // A review: the reviewed claim's series; one that moves a claim: the series it leaves and the one it joins.
      const claim = (await ledger.queryClaims({ subject: 'KP/military', metric: 'killed' })).rows[0]!;
      await ledger.review(claim.id, { kind: 'set', changes: { min: 5000, max: 5000 } }, 'tester');
      await check({ kept: after.rows.length - 1, computed: 1 });
      await check({ computed: 0 });
      await ledger.review(claim.id, { kind: 'set', changes: { metric: 'wounded' } }, 'tester');
      const moved = await check({ computed: 2 });
      await ledger.review(claim.id, { kind: 'reject', reason: 'misread' }, 'tester');
      await check({ kept: moved.rows.length - 1, computed: 1 });

      // A merge: the series with claims of the merged origin.
      const ids = (await ledger.listSources()).map((s) => s.id).sort();
      const mergedSeries = await seriesOf(ledger, { origin: ids[0]! });
      expect(mergedSeries.size).toBeGreaterThan(0);
      await ledger.mergeSources(ids[0]!, ids[1]!);
      await check({ kept: moved.rows.length - mergedSeries.size, computed: mergedSeries.size });

      // A kept line serves every rule (only the last date's reconciliation differs); other options are kept apart.
      const conservative = { ...OPTIONS, rule: 'conservative' as const };
      const byRule = await kept(ledger, conservative);
      expect(byRule.rows).toEqual(await afresh(ledger, conservative));
      expect(byRule.rows).not.toEqual((await kept(ledger)).rows);
      expect(byRule.computed).toBe(0);
      const hedgedOut = { ...OPTIONS, exclude: ['hedged' as const] };
      const other = await kept(ledger, hedgedOut);
      expect(other.rows).toEqual(await afresh(ledger, hedgedOut));
      // A series with no hedged claim has the default's line (kept above): only the others are computed.
      const hedgedSeries = (await ledger.seriesKeys(1, { traits: true })).filter((k) => hasTrait(k, SERIES_TRAIT.hedged)).length;
      expect(hedgedSeries).toBeGreaterThan(0);
      expect(hedgedSeries).toBeLessThan(moved.rows.length);
      expect(other).toMatchObject({ computed: hedgedSeries, kept: moved.rows.length - hedgedSeries, scanned: true });
      // The list read again with what each series' claims are is kept: the next run reads nothing afresh.
      expect(await kept(ledger, hedgedOut)).toMatchObject({ computed: 0, scanned: false });
      await check({ computed: 0 });
    } finally {
      await ledger.close();
    }
  });
});

describe.each(engines)('lines kept up to date by the write verbs on $name', (engine) => {
  test('after refreshSummaries, --all with no flags computes no line and shows what a fresh computation shows', { timeout: 120_000 }, async () => {
    const open = engine.open();
    const ledger = await open();
    try {
      await ledger.importRecords(toLedgerRecords(syntheticDocuments(400, 5)));
      // --all with no flags and with --rule conservative: the same counts, each equal to a fresh computation.
      const plainAll = async () => {
        const counts: SummaryCounts[] = [];
        for (const options of RULE_OPTIONS) counts.push(await cliAll(ledger, options));
        expect(counts[1]).toEqual(counts[0]);
        return counts[0];
      };
      const first = await refreshSummaries(ledger);
      expect(first.kept).toBe(0);
      expect(first.computed).toBeGreaterThan(10);
      expect(await plainAll()).toEqual({ kept: (await ledger.seriesKeys(DEFAULT_MIN_CLAIMS)).length, computed: 0 });
      expect(await refreshSummaries(ledger)).toEqual({ kept: first.computed, computed: 0 });

      // An ingest, a review, a merge: each refresh recomputes what the write touched, and --all nothing.
      // Every series' line is kept, those under --min-claims too (a filter of the kept lines).
      const touched = new Set<string>();
      for (const { article, extraction } of [...northKoreaKilled(), ...northKoreaDeployed()]) {
        const { documentId } = await ledger.ingest(article, extraction);
        for (const k of await seriesOf(ledger, { documentId })) touched.add(k);
      }
      expect((await refreshSummaries(ledger)).computed).toBe(touched.size);
      expect((await plainAll())?.computed).toBe(0);
      expect((await minClaims(ledger, 1)).computed).toBe(0);
      const claim = (await ledger.queryClaims({ subject: 'KP/military', metric: 'killed' })).rows[0]!;
      await ledger.review(claim.id, { kind: 'set', changes: { min: 4321, max: 4321 } }, 'tester');
      expect((await refreshSummaries(ledger)).computed).toBe(1);
      expect((await plainAll())?.computed).toBe(0);
      // The NIS speaks in KP/military killed.
      const into = (await ledger.listSources()).map((s) => s.id).find((id) => id !== 'kr-nis')!;
      await ledger.mergeSources('kr-nis', into);
      expect((await refreshSummaries(ledger)).computed).toBeGreaterThan(0);
      expect((await plainAll())?.computed).toBe(0);
    } finally {
      await ledger.close();
    }
  });

  test('lines of other options are kept up to date once --all ran with them, each series read once for all', { timeout: 120_000 }, async () => {
    const ledger = await keptLedger(engine.open());
    try {
      const skip: SeriesOptions = { ...CLI_OPTIONS, exclude: ['unattributed', 'hedged'], unknownPeriod: 'skip', includeTitles: true };
      // Never asked for: a write keeps no line of them (a series with no hedged claim has the default's line).
      const shown = await ledger.seriesKeys(DEFAULT_MIN_CLAIMS, { traits: true });
      const hedged = shown.filter((k) => hasTrait(k, SERIES_TRAIT.hedged)).length;
      expect(await cliAll(ledger, hedgedOut)).toEqual({ kept: shown.length - hedged, computed: hedged });
      const asked = await cliAll(ledger, skip);
      expect(asked.computed).toBeGreaterThan(0);
      expect(await cliAll(ledger, skip)).toEqual({ kept: shown.length, computed: 0 });
      // The next write verb keeps their lines of every series (--all kept those it showed).
      expect((await refreshSummaries(ledger)).computed).toBe(0);
      const reads = { n: 0 };
      const counted = readsCounted(ledger, reads);
      // After each kind of write: one read per touched series, and every set's lines current.
      const joined = new Set<string>();
      for (const { article, extraction } of [...northKoreaKilled(), ...northKoreaDeployed()]) {
        const { documentId } = await ledger.ingest(article, extraction);
        for (const k of await seriesOf(ledger, { documentId })) joined.add(k);
      }
      const touched = joined.size;
      expect(touched).toBeGreaterThan(1);
      expect((await refreshSummaries(counted)).computed).toBe(touched);
      expect(reads.n).toBe(touched);
      const claim = (await ledger.queryClaims({ subject: 'KP/military', metric: 'killed' })).rows[0]!;
      await ledger.review(claim.id, { kind: 'set', changes: { hedged: true } }, 'tester');
      expect((await refreshSummaries(counted)).computed).toBe(1);
      for (const options of [...RULE_OPTIONS, hedgedOut, { ...skip, rule: 'conservative' as const }]) {
        expect((await cliAll(ledger, options)).computed).toBe(0);
      }
      expect((await minClaims(ledger, 1, skip)).computed).toBe(0);
    } finally {
      await ledger.close();
    }
  });

  test('a set of options that changes nothing in a series has its default line, until a claim makes it count', { timeout: 120_000 }, async () => {
    const ledger = await keptLedger(engine.open());
    try {
      await cliAll(ledger, hedgedOut);
      const plain = (await ledger.seriesKeys(DEFAULT_MIN_CLAIMS, { traits: true })).find((k) => !hasTrait(k, SERIES_TRAIT.hedged))!;
      expect(plain).toBeDefined();
      const lineOf = (rows: SeriesSummary[]) => rows.find((r) => r.subject === plain.subject && r.metric === plain.metric);
      expect(lineOf((await cliAll(ledger, hedgedOut)).rows)).toEqual(lineOf((await cliAll(ledger)).rows));
      // A hedged claim joins it (a new article: the list grown from the claims added alone), then a review hedges another.
      const [country, group] = plain.subject.split('/') as [string, Group];
      const base = variant(northKoreaKilled()[0]!, 'hedged-1', 4321);
      base.extraction.claims = base.extraction.claims.map((c) => ({ ...c, metric: plain.metric, hedged: true, subject: { ...c.subject, country: country === '-' ? null : country, group } }));
      await ledger.ingest(base.article, base.extraction);
      expect((await refreshSummaries(ledger)).computed).toBe(1);
      const after = await cliAll(ledger, hedgedOut);
      expect(after.computed).toBe(0);
      expect(lineOf(after.rows)).not.toEqual(lineOf((await cliAll(ledger)).rows));
      const includeTitles: SeriesOptions = { ...CLI_OPTIONS, includeTitles: true };
      const titles = await cliAll(ledger, includeTitles);
      const claim = (await ledger.queryClaims({ subject: plain.subject, metric: plain.metric, hedged: false }, { limit: 1 })).rows[0]!;
      await ledger.review(claim.id, { kind: 'set', changes: { section: 'title' } }, 'tester');
      await refreshSummaries(ledger);
      for (const options of [hedgedOut, includeTitles, CLI_OPTIONS]) expect((await cliAll(ledger, options)).computed).toBe(0);
      expect(titles.kept + titles.computed).toBeGreaterThan(0);
    } finally {
      await ledger.close();
    }
  });

  test('keptOptionSets reads only keys of this version', () => {
    expect(keptOptionSets(['{"v":1,"exclude":["hedged"],"unknownPeriod":"cumulative","includeTitles":false}', 'not json', '*'])).toEqual([]);
    expect(keptOptionSets(['{"v":5,"exclude":["hedged"],"unknownPeriod":"skip","includeTitles":true}'])).toEqual([{ exclude: ['hedged'], unknownPeriod: 'skip', includeTitles: true }]);
  });
});

// PostgreSQL hands out seqs before commit: a claim can become visible below the last seq a run saw.
describe.runIf(pgUrl)('a claim committed after a later one on postgres', () => {
  test('is not missed by the next run', { timeout: 60_000 }, async () => {
    const schema = uniqueSchema('series_late');
    schemas.push(schema);
    const ledger = await openLedger(pgUrl as string, { schema });
    const pg = await import('pg');
    const late = new pg.default.Client({ connectionString: pgUrl as string, options: `-c search_path="${schema}"` });
    await late.connect();
    try {
      const [first, ...rest] = northKoreaKilled();
      await ledger.ingest(first!.article, first!.extraction);
      expect((await kept(ledger)).rows).toEqual(await afresh(ledger));
      // A writer takes the next seq with a copy of a KP/military killed claim, and has not committed yet.
      await late.query('begin');
      const row = (await late.query("select * from claims where subject_country = 'KP' and metric = 'killed' and current = 1 limit 1")).rows[0] as Record<string, unknown>;
      const copy: Record<string, unknown> = { ...row, id: `${String(row.id)}-late`, key: `${String(row.key)}-late` };
      delete copy.seq;
      const columns = Object.keys(copy);
      await late.query(`insert into claims (${columns.join(', ')}) values (${columns.map((_c, i) => `$${i + 1}`).join(', ')})`, Object.values(copy));
      // Another writer commits a claim with a later seq, and a run sees it.
      for (const { article, extraction } of rest) await ledger.ingest(article, extraction);
      expect((await kept(ledger)).rows).toEqual(await afresh(ledger));
      await late.query('commit');
      const after = await kept(ledger);
      expect(after.rows).toEqual(await afresh(ledger));
    } finally {
      await late.end();
      await ledger.close();
    }
  });
});

test('user aliases given at open are part of what summaries are kept with', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tally-series-summaries-'));
  const file = join(dir, 'aliases.db');
  try {
    const plain = await openLedger(file);
    for (const { article, extraction } of northKoreaKilled()) await plain.ingest(article, extraction);
    const total = (await kept(plain)).computed;
    expect(total).toBeGreaterThan(0);
    // The NIS read as Ukraine's agency: origins change on read, so no kept summary of a series it speaks in stands.
    const nisSeries = await seriesOf(plain, { origin: 'kr-nis' });
    expect(nisSeries.size).toBeGreaterThan(0);
    await plain.close();
    const aliased = await openLedger(file, { aliases: { 'kr-nis': 'ua-hur' } });
    const got = await kept(aliased);
    expect(got.computed).toBe(nisSeries.size);
    expect(got.rows).toEqual(await afresh(aliased));
    expect((await kept(aliased)).computed).toBe(0);
    await aliased.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a ledger that refuses the write still gets its whole table, and says so', async () => {
  const ledger = await openLedger(':memory:');
  try {
    for (const { article, extraction } of northKoreaKilled()) await ledger.ingest(article, extraction);
    // The real ledger, with the one write --all makes failing as on a read-only file.
    const readOnly = {
      seriesFigures: ledger.seriesFigures.bind(ledger), seriesKeys: ledger.seriesKeys.bind(ledger), seriesKeysSince: ledger.seriesKeysSince.bind(ledger),
      seriesLedgerState: ledger.seriesLedgerState.bind(ledger), seriesMarks: ledger.seriesMarks.bind(ledger),
      readSeriesSummaries: ledger.readSeriesSummaries.bind(ledger),
      keepSeriesSummaries: () => Promise.reject(new Error('attempt to write a readonly database')),
    };
    const counts: SummaryCounts = { kept: 0, computed: 0 };
    const rows: SeriesSummary[] = [];
    for await (const s of loadAllSummaries(readOnly, 1, OPTIONS, counts)) rows.push(s);
    expect(rows).toEqual(await afresh(ledger));
    expect(counts.notKept).toBe('attempt to write a readonly database');
    expect((await kept(ledger)).kept).toBe(0);
  } finally {
    await ledger.close();
  }
});

/**
 * The ledger as loadAllSummaries sees it, with `hooks` run once: `after` the first call of a
 * method returns, or `before` its first call. What another process writes at that moment.
 */
function hooked(ledger: Ledger, hooks: { before?: Partial<Record<keyof SummaryLedger, () => Promise<void>>>; after?: Partial<Record<keyof SummaryLedger, () => Promise<void>>> }): SummaryLedger {
  const once = (name: keyof SummaryLedger, when: 'before' | 'after') => {
    const hook = hooks[when]?.[name];
    if (hook) delete hooks[when]![name];
    return hook ? hook() : Promise.resolve();
  };
  const wrap = <A extends unknown[], R>(name: keyof SummaryLedger, fn: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    await once(name, 'before');
    const result = await fn(...args);
    await once(name, 'after');
    return result;
  };
  return {
    seriesFigures: wrap('seriesFigures', (r?: Parameters<Ledger['seriesFigures']>[0]) => ledger.seriesFigures(r)),
    seriesKeys: wrap('seriesKeys', (n: number, o?: { traits?: boolean }) => ledger.seriesKeys(n, o)),
    seriesKeysSince: wrap('seriesKeysSince', (seq: number) => ledger.seriesKeysSince(seq)),
    seriesLedgerState: wrap('seriesLedgerState', () => ledger.seriesLedgerState()),
    seriesMarks: wrap('seriesMarks', () => ledger.seriesMarks()),
    readSeriesSummaries: wrap('readSeriesSummaries', (o: string) => ledger.readSeriesSummaries(o)),
    keepSeriesSummaries: wrap('keepSeriesSummaries', (o: string, k: Parameters<Ledger['keepSeriesSummaries']>[1]) => ledger.keepSeriesSummaries(o, k)),
  };
}

/** A new article with one claim of `figure` in `country`'s military killed (a series of its own outside KP). */
function claimIn(country: string, id: string, figure: number): ArticleCase {
  const story = variant(northKoreaKilled()[0]!, id, figure);
  story.extraction.claims = story.extraction.claims.map((c) => ({ ...c, subject: { ...c.subject, country } }));
  return story;
}

/** Two handles on one ledger, as two processes have: a file for SQLite, one schema for PostgreSQL. */
const shared: { name: string; open: () => Promise<{ a: Ledger; b: Ledger; close: () => Promise<void> }> }[] = [{
  name: 'sqlite',
  open: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-series-shared-'));
    const a = await openLedger(join(dir, 'ledger.db'));
    const b = await openLedger(join(dir, 'ledger.db'));
    return { a, b, close: async () => { await a.close(); await b.close(); rmSync(dir, { recursive: true, force: true }); } };
  },
}];
if (pgUrl) {
  shared.push({
    name: 'postgres',
    open: async () => {
      const schema = uniqueSchema('series_shared');
      schemas.push(schema);
      const a = await openLedger(pgUrl, { schema });
      const b = await openLedger(pgUrl, { schema });
      return { a, b, close: async () => { await a.close(); await b.close(); } };
    },
  });
}

describe.each(shared)('lines kept while another process writes on $name', (engine) => {
  // A claim committed after a run read the ledger's state and before it read the list of series:
  // the list it kept counted that claim, and the next run, growing the list by the claims after
  // the state's last seq, counted it again (a series of two claims shown with --min-claims 3).
  test.each([
    ['grown from the claims added since the last run', 'seriesKeysSince'],
    ['read whole (a review since the last run)', 'seriesKeys'],
  ] as const)('a claim written while the list is %s is counted once', { timeout: 60_000 }, async (_what, method) => {
    const { a, b, close } = await engine.open();
    try {
      for (const { article, extraction } of northKoreaKilled()) await a.ingest(article, extraction);
      const first = claimIn('ZW', 'zw-1', 10);
      await a.ingest(first.article, first.extraction);
      await refreshSummaries(a);
      if (method === 'seriesKeys') {
        const claim = (await a.queryClaims({ subject: 'KP/military', metric: 'killed' })).rows[0]!;
        await a.review(claim.id, { kind: 'set', changes: { min: 4321, max: 4321 } }, 'tester');
      }
      // A write since the last run, so that the next reads the list again.
      const elsewhere = claimIn('ZA', 'za-1', 3);
      await a.ingest(elsewhere.article, elsewhere.extraction);
      const second = claimIn('ZW', 'zw-2', 20);
      const counts: SummaryCounts = { kept: 0, computed: 0 };
      for await (const _ of loadAllSummaries(hooked(a, { before: { [method]: async () => { await b.ingest(second.article, second.extraction); } } }), DEFAULT_MIN_CLAIMS, CLI_OPTIONS, counts)) { /* keeps */ }
      expect((await a.seriesKeys(1)).find((k) => k.subject === 'ZW/military')?.claims).toBe(2);
      // Twice: the run after the race, then the one after it.
      for (let i = 0; i < 2; i++) for (const options of RULE_OPTIONS) await cliAll(a, options);
      const third = claimIn('ZW', 'zw-3', 30);
      await b.ingest(third.article, third.extraction);
      for (const options of RULE_OPTIONS) await cliAll(a, options);
    } finally {
      await close();
    }
  });

  // Two processes keeping lines at once (workers on PostgreSQL): whichever writes last, the lines
  // kept must be ones the next --all may show, and it must find what changed after them.
  test.each([
    ['between its state and its list', 'after', 'seriesLedgerState'],
    ['while it computes its lines', 'before', 'seriesFigures'],
    ['before it writes its lines (so it writes last, older lines)', 'before', 'keepSeriesSummaries'],
  ] as const)('the other refreshes after a write while one is %s', { timeout: 120_000 }, async (_what, when, method) => {
    const { a, b, close } = await engine.open();
    try {
      await a.importRecords(toLedgerRecords(syntheticDocuments(400, 5)));
      for (const { article, extraction } of northKoreaKilled().slice(0, 2)) await a.ingest(article, extraction);
      await refreshSummaries(a);
      const rest = northKoreaKilled().slice(2);
      const other = async () => {
        for (const { article, extraction } of rest) await b.ingest(article, extraction);
        const zw = claimIn('ZW', 'zw-b', 5);
        await b.ingest(zw.article, zw.extraction);
        expect((await refreshSummaries(b)).computed).toBeGreaterThan(0);
      };
      const hook = { [when]: { [method]: other } };
      const counts: SummaryCounts = { kept: 0, computed: 0 };
      for await (const _ of loadAllSummaries(hooked(a, hook), DEFAULT_MIN_CLAIMS, CLI_OPTIONS, counts)) { /* keeps */ }
      for (const options of RULE_OPTIONS) await cliAll(a, options);
      // A later write is found from what was kept.
      const later = claimIn('ZW', 'zw-later', 6);
      await a.ingest(later.article, later.extraction);
      const claim = (await a.queryClaims({ subject: 'KP/military', metric: 'killed' })).rows[0]!;
      await b.review(claim.id, { kind: 'set', changes: { min: 9876, max: 9876 } }, 'tester');
      for (const options of RULE_OPTIONS) await cliAll(a, options);
      expect((await cliAll(a)).computed).toBe(0);
    } finally {
      await close();
    }
  });

  // Truly at once only on PostgreSQL: two SQLite connections of one thread cannot write at once
  // (the worker keeps its lines from a thread of its own).
  test.runIf(engine.name === 'postgres')('two refreshes at once, with writes in between, leave lines equal to a fresh computation', { timeout: 120_000 }, async () => {
    const { a, b, close } = await engine.open();
    try {
      await a.importRecords(toLedgerRecords(syntheticDocuments(400, 5)));
      for (let round = 0; round < 3; round++) {
        const writes = async () => {
          for (const [i, { article, extraction }] of northKoreaKilled().entries()) {
            const story = variant({ article, extraction }, `r${round}-${i}`, 100 * round + i);
            await (i % 2 === 0 ? a : b).ingest(story.article, story.extraction);
          }
        };
        await Promise.all([refreshSummaries(a), refreshSummaries(b), writes()]);
        await Promise.all([refreshSummaries(a), refreshSummaries(b)]);
        for (const options of RULE_OPTIONS) expect(await cliAll(a, options)).toMatchObject({ computed: 0 });
      }
    } finally {
      await close();
    }
  });
});
