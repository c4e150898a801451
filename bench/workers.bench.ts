/**
 * Continuous ingest throughput: pages per second through `tally worker` (fetch, read, extract,
 * store) with 1, 2 and 4 worker processes on PostgreSQL, and the single SQLite worker, against
 * the local test news server on 127.0.0.1. The clock runs from the first page discovered to the
 * last page stored (taken from the watch tables), so process start-up is not counted.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dropSchemas, findTestPostgres, uniqueSchema } from '../test/pg-test-db.ts';
import { startNewsServer } from '../test/workers-support/news-server.ts';
import type { NewsServer } from '../test/workers-support/news-server.ts';
import { connectWatchStore } from '../src/workers/store/connect.ts';
import { WatchStore } from '../src/workers/store/watch-store.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FEEDS = 6;
const ITEMS_PER_FEED = 50;
const CONCURRENCY = 4;
/** BENCH_WORKERS_ONLY=4 measures only that many PostgreSQL workers (for a quick look). */
const WORKER_COUNTS = process.env.BENCH_WORKERS_ONLY ? [Number(process.env.BENCH_WORKERS_ONLY)] : [1, 2, 4];

interface Run {
  label: string;
  workers: number;
  pages: number;
  failed: number;
  seconds: number;
}

export async function run(): Promise<string> {
  const site = await startNewsServer();
  const runs: Run[] = [];
  const notes: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'tally-bench-workers-'));
  try {
    runs.push(await measure(site, 'SQLite', join(dir, 'ledger.db'), 1, 'sqlite'));
    const pg = await findTestPostgres();
    if (!pg) {
      notes.push('PostgreSQL not reachable at 127.0.0.1:5432: the PostgreSQL rows were not measured.');
    } else {
      for (const workers of WORKER_COUNTS) {
        const schema = uniqueSchema('bench_workers');
        try {
          runs.push(await measure(site, 'PostgreSQL + pg-boss', `${pg}?schema=${schema}`, workers, `pg${workers}`));
        } finally {
          await dropSchemas(pg, [schema, `${schema}_boss`]);
        }
      }
    }
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const rows = runs.map((r) => `| ${r.label} | ${r.workers} | ${r.workers * CONCURRENCY} | ${r.pages} | ${r.failed} | ${r.seconds.toFixed(1)} | ${r.pages > 0 ? (r.pages / r.seconds).toFixed(1) : '—'} |`);
  return [
    '## Workers: continuous ingest (`tally worker`)',
    '',
    `${FEEDS} feeds × ${ITEMS_PER_FEED} pages served by the local test server (test/workers-support/news-server.ts) on 127.0.0.1;`,
    `each worker a \`tally worker --until-idle --concurrency ${CONCURRENCY} --per-host 64\` process (every page is on one host here).`,
    'Seconds from the first page discovered to the last',
    'page stored (fetch, Readability, extraction, ledger write), read from the watch tables; process start-up excluded.',
    '',
    '| engine | worker processes | pages in flight | pages stored | not stored | seconds | pages/s |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    ...(notes.length ? ['', ...notes] : []),
  ].join('\n');
}

async function measure(site: NewsServer, label: string, db: string, workers: number, tag: string): Promise<Run> {
  const connection = await connectWatchStore(db);
  try {
    const store = new WatchStore(connection.db);
    for (let f = 0; f < FEEDS; f++) await store.addFeed(site.addFeed(`${tag}-f${f}`, ITEMS_PER_FEED), 3600);
    const codes = await Promise.all(Array.from({ length: workers }, () => runWorkerProcess(db)));
    if (codes.some((c) => c !== 0)) throw new Error(`bench: a worker exited with ${codes.join(', ')}`);
    const span = await connection.db
      .selectFrom('watch_items')
      .select((eb) => [eb.fn.min('discovered_at').as('first'), eb.fn.max('updated_at').as('last'), eb.fn.countAll<number | string>().as('n')])
      .where('status', '=', 'stored')
      .executeTakeFirstOrThrow();
    const seconds = (Date.parse(String(span.last)) - Date.parse(String(span.first))) / 1000;
    const counts = await store.itemCounts();
    return { label, workers, pages: Number(span.n), failed: counts.failed + counts.pending + counts.queued + counts.retrying, seconds };
  } finally {
    await connection.close();
  }
}

function runWorkerProcess(db: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['bin/tally.js', 'worker', '--db', db, '--concurrency', String(CONCURRENCY), '--per-host', '64', '--until-idle', '--tick', '0.5', '--poll', '0.5'],
      // Progress lines dropped; failures and the summary line go to the bench's stderr.
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.startsWith('failed') || line.includes(': failed: ')) process.stderr.write(`${line}\n`);
    });
    child.on('exit', (code) => resolve(code));
  });
}
