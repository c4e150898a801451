/**
 * The ledger's figures: ingest rate of generated articles into SQLite and PostgreSQL (with
 * database size and peak RSS), and `tally claims`-style filtered queries (Ledger.queryClaims,
 * one page of 100) over a SQLite ledger of 1,000,000 claims, p50/p95. Each measurement runs in
 * its own process (bench/ledger-bench-worker.ts) so peak RSS is its own.
 *
 * Counts: TALLY_BENCH_LEDGER_ARTICLES (SQLite ingest, default 100,000),
 * TALLY_BENCH_LEDGER_PG_ARTICLES (default 10,000), TALLY_BENCH_LEDGER_CLAIMS (default 1,000,000).
 * The million-claim ledger is built once into bench/out/ and reused while its count matches.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { dropSchemas, findTestPostgres } from '../test/pg-test-db.ts';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'out');
const execFileAsync = promisify(execFile);

const SQLITE_ARTICLES = Number(process.env.TALLY_BENCH_LEDGER_ARTICLES ?? 100_000);
const PG_ARTICLES = Number(process.env.TALLY_BENCH_LEDGER_PG_ARTICLES ?? 10_000);
const CLAIMS = Number(process.env.TALLY_BENCH_LEDGER_CLAIMS ?? 1_000_000);
const QUERY_RUNS = 50;

interface IngestResult {
  articles: number; wallMs: number; cpuMs: number; perSecond: number; perCpuSecond: number; claims: number;
  statuses: Record<string, number>; sizeBytes: number; maxRssMb: number;
}
interface FilterResult { p50: number; p95: number; cpuP50: number; cpuP95: number; rows: number }
interface QueryResult { runs: number; filters: Record<string, FilterResult>; p50: number; p95: number; cpuP50: number; cpuP95: number; maxRssMb: number }

async function worker<T>(...args: string[]): Promise<T> {
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', join(here, 'ledger-bench-worker.ts'), ...args], { maxBuffer: 1 << 24, cwd: dirname(here) });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

const ms = (n: number) => n.toFixed(1);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const rate = (n: number) => Math.round(n).toLocaleString('en-US');
const load = () => loadavg()[0]!.toFixed(1);

function ingestRow(engine: string, r: IngestResult): string {
  return `| ${engine} | ${r.articles.toLocaleString('en-US')} | ${r.claims.toLocaleString('en-US')} | ${rate(r.perSecond)} | ${rate(r.perCpuSecond)} | ${mb(r.sizeBytes)} | ${r.maxRssMb.toFixed(0)} MB |`;
}

function claimCount(file: string): number {
  if (!existsSync(file)) return -1;
  try {
    const db = new BetterSqlite3(file, { readonly: true });
    const n = (db.prepare('select count(*) as n from claims').get() as { n: number }).n;
    db.close();
    return n;
  } catch {
    return -1;
  }
}

export async function run(): Promise<string> {
  mkdirSync(out, { recursive: true });
  const lines = ['## Ledger (src/ledger)', ''];
  const loadBefore = load();

  const lite = await worker<IngestResult>('ingest', join(out, 'ledger-ingest.db'), String(SQLITE_ARTICLES));
  let pgResult: IngestResult | null = null;
  const pgUrl = await findTestPostgres();
  if (pgUrl) {
    const schema = `bench_ledger_${process.pid}`;
    try {
      pgResult = await worker<IngestResult>('ingest', pgUrl, String(PG_ARTICLES), schema);
    } finally {
      await dropSchemas(pgUrl, [schema]);
    }
  }

  const queryDb = join(out, `ledger-${CLAIMS}.db`);
  let built = '';
  if (claimCount(queryDb) !== CLAIMS) {
    const b = await worker<{ buildMs: number; sizeBytes: number }>('build-claims', queryDb, String(CLAIMS));
    built = ` (built in ${(b.buildMs / 1000).toFixed(0)} s this run)`;
  }
  const q = await worker<QueryResult>('query', queryDb, String(QUERY_RUNS));
  const loadAfter = load();

  lines.push(
    `Machine load (1-min load average) ${loadBefore} before and ${loadAfter} after these measurements, on ` +
      'a shared machine: wall-clock figures include waiting for a CPU; the per-CPU-second and CPU-time figures ' +
      'are what the process itself spent.',
    '',
    '### Ingest (Ledger.ingestBatch, 64 articles a transaction; generated articles with their claims, extraction not included)',
    '',
    '| engine | articles | claims | articles/s (wall) | articles per CPU-second | database size | peak RSS |',
    '|---|---|---|---|---|---|---|',
    ingestRow('SQLite (WAL, file)', lite),
    pgResult ? ingestRow('PostgreSQL 127.0.0.1', pgResult) : '| PostgreSQL | — | — | unreachable, not measured | | | |',
    '',
    `Mix of outcomes (SQLite): ${Object.entries(lite.statuses).map(([k, v]) => `${k} ${v}`).join(', ')}. ` +
      'Corpus: bench/generate-corpus.ts, 1-4 claims an article, 8% syndicated copies, 3% edited versions. ' +
      `At the measured rates 100,000 articles take about ${(100_000 / lite.perSecond / 60).toFixed(1)} min into SQLite` +
      (pgResult ? ` and ${(100_000 / pgResult.perSecond / 60).toFixed(1)} min into PostgreSQL (extrapolated from ${pgResult.articles.toLocaleString('en-US')})` : '') +
      '. Goal: ≥ 1,000 articles/s into SQLite.',
    '',
    `### Queries: one page of 100 claims by filter over ${CLAIMS.toLocaleString('en-US')} claims (SQLite, ${mb(statSync(queryDb).size)})${built}`,
    '',
    `${q.runs} runs per filter after one warm-up. Overall wall p50 ${ms(q.p50)} ms, p95 ${ms(q.p95)} ms; ` +
      `CPU p50 ${ms(q.cpuP50)} ms, p95 ${ms(q.cpuP95)} ms; peak RSS ${q.maxRssMb.toFixed(0)} MB. Goal: p95 ≤ 20 ms.`,
    '',
    '| filter | wall p50 ms | wall p95 ms | CPU p50 ms | CPU p95 ms |',
    '|---|---|---|---|---|',
    ...Object.entries(q.filters).map(([f, r]) => `| \`${f}\` | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.cpuP50)} | ${ms(r.cpuP95)} |`),
    '',
    'The query ledger: 100,000 generated claims written with the ledger\'s own ids, keys, columns and entity ' +
      'resolution through prepared statements (setup, not the measured path), then copied in SQL under new ids up ' +
      'to the count; 1 claim in ~600 carries a review. Text filters scan in ingest order: fast when matches are ' +
      'common, a full scan when rare.',
  );
  return lines.join('\n');
}
