/**
 * `tally worker`: polls watched feeds and stores their pages until stopped (or, with untilIdle,
 * until nothing is left to do). PostgreSQL ledgers get pg-boss and any number of workers;
 * SQLite ledgers get one worker process with the watch tables as its queue.
 */
import { closeFetchAgent } from '../ingest/fetch/http.ts';
import { openLedger } from '../ledger/ledger.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { runBossWorker } from './boss-runner.ts';
import { resolveWorkerOptions } from './config.ts';
import type { WorkerOptions } from './config.ts';
import { runLocalWorker } from './local-runner.ts';
import type { ExtractFn } from './page-job.ts';
import { acquireWorkerLock } from './single-worker-lock.ts';
import type { HeldLock } from './single-worker-lock.ts';
import { connectWatchStore } from './store/connect.ts';
import { WatchStore } from './store/watch-store.ts';

/** What one worker did before it stopped. */
export interface WorkerStats {
  feedsPolled: number;
  pagesStored: number;
  pagesFailed: number;
  engine: 'sqlite' | 'postgres';
  seconds: number;
}

/** The extractor and the ledger, passed in so that the workers depend on their signatures only. */
export interface Pipeline {
  extract: ExtractFn;
  /** Recorded with each document's claims (see the ledger's re-extraction rule). */
  extractorVersion?: string;
  /** Opens the ledger (with the user's source aliases); default `openLedger(options.db)`. */
  openLedger?: () => Promise<Ledger>;
}

/**
 * Run a worker on the ledger at `options.db`.
 *
 * @example
 * const controller = new AbortController();
 * process.on('SIGTERM', () => controller.abort());
 * await runWorker({ db: 'postgres://postgres@127.0.0.1/test', concurrency: 8, signal: controller.signal }, { extract });
 */
export async function runWorker(partial: Partial<WorkerOptions> & { db: string }, pipeline: Pipeline): Promise<WorkerStats> {
  const options = resolveWorkerOptions(partial);
  const started = performance.now();
  const connection = await connectWatchStore(options.db, { poolSize: Math.max(2, options.concurrency + 1) });
  const stats: WorkerStats = { feedsPolled: 0, pagesStored: 0, pagesFailed: 0, engine: connection.engine, seconds: 0 };
  let lock: HeldLock | undefined;
  try {
    if (connection.engine === 'sqlite') lock = acquireWorkerLock(options.db);
    const ledger = await (pipeline.openLedger ? pipeline.openLedger() : openLedger(options.db));
    try {
      const deps = {
        store: new WatchStore(connection.db, connection.clock),
        ledger,
        extract: pipeline.extract,
        fetch: options.fetch,
        ...(pipeline.extractorVersion ? { extractorVersion: pipeline.extractorVersion } : {}),
      };
      if (connection.postgres) await runBossWorker(options, deps, connection.postgres, stats);
      else await runLocalWorker(options, deps, stats);
    } finally {
      await ledger.close();
    }
  } finally {
    lock?.release();
    await connection.close();
    await closeFetchAgent();
  }
  stats.seconds = (performance.now() - started) / 1000;
  return stats;
}
