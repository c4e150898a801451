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
import type { SummaryCounts } from '../series/ledger-summaries.ts';
import { SeriesTableKeeper } from './series-table.ts';
import { SeriesTableThread } from './series-table-thread.ts';
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
  /** Refreshes of `tally series --all`'s kept lines (series-table.ts). */
  seriesRefreshes: number;
}

/** The extractor and the ledger, passed in so that the workers depend on their signatures only. */
export interface Pipeline {
  extract: ExtractFn;
  /** Recorded with each document's claims (see the ledger's re-extraction rule). */
  extractorVersion?: string;
  /** Opens the ledger (with the user's source aliases); default `openLedger(options.db)`. */
  openLedger?: () => Promise<Ledger>;
  /** Keeps the series table's lines (default: refreshSummaries in a thread of its own, series-table-thread.ts). */
  refreshSeriesTable?: () => Promise<SummaryCounts>;
}

/** The keeper of the series table's lines, and how to stop it; none when turned off or over an in-memory ledger. */
function seriesTable(options: WorkerOptions, pipeline: Pipeline): { keeper: SeriesTableKeeper; close: () => Promise<void> } | undefined {
  if (options.seriesEverySeconds <= 0 || options.db === ':memory:') return undefined;
  const thread = pipeline.refreshSeriesTable ? undefined : new SeriesTableThread(options.db);
  const refresh = pipeline.refreshSeriesTable ?? (() => (thread as SeriesTableThread).refresh());
  const keeper = new SeriesTableKeeper(refresh, { everyMs: options.seriesEverySeconds * 1000, idleMs: options.seriesIdleSeconds * 1000 }, options.log);
  return {
    keeper,
    close: async () => {
      await keeper.close();
      await thread?.close();
    },
  };
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
  const stats: WorkerStats = { feedsPolled: 0, pagesStored: 0, pagesFailed: 0, engine: connection.engine, seconds: 0, seriesRefreshes: 0 };
  let lock: HeldLock | undefined;
  try {
    if (connection.engine === 'sqlite') lock = acquireWorkerLock(options.db);
    const ledger = await (pipeline.openLedger ? pipeline.openLedger() : openLedger(options.db));
    try {
      const table = seriesTable(options, pipeline);
      const deps = {
        store: new WatchStore(connection.db, connection.clock),
        ledger,
        extract: pipeline.extract,
        fetch: options.fetch,
        ...(pipeline.extractorVersion ? { extractorVersion: pipeline.extractorVersion } : {}),
        ...(table ? { changed: () => table.keeper.stored() } : {}),
      };
      try {
        if (connection.postgres) await runBossWorker(options, deps, connection.postgres, stats);
        else await runLocalWorker(options, deps, stats);
      } finally {
        // The pages in hand are stored: keep the lines of what came since the last refresh.
        await table?.close();
        stats.seriesRefreshes = table?.keeper.refreshes ?? 0;
      }
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
