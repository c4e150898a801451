/**
 * Settings of a worker, with defaults for a long-running service. Tests and the bench shorten
 * the intervals; nothing else differs between them and production.
 */
import type { FetchOptions } from '../ingest/fetch/options.ts';

/** Options of `runWorker`. Only `db` is required. */
export interface WorkerOptions {
  /** Ledger URL: a SQLite file, or postgres://…[?schema=name]. */
  db: string;
  /** Pages fetched at once by this process. */
  concurrency: number;
  /**
   * Pages fetched at once from one host: across all workers on PostgreSQL (pg-boss group
   * concurrency, approximate under races), within the worker on SQLite. Keeps tally polite.
   */
  perHost: number;
  /** Stop once no feed is due and no page is waiting (instead of running until stopped). */
  untilIdle: boolean;
  /** How often this worker looks for feeds whose poll time has come, in seconds. */
  tickSeconds: number;
  /** pg-boss: how often an idle worker asks for jobs, in seconds (>= 0.5). */
  jobPollSeconds: number;
  /** A job running longer than this is taken to be lost (worker killed) and retried elsewhere. */
  jobTimeoutSeconds: number;
  /** pg-boss: how often expired jobs are looked for, in seconds. */
  superviseSeconds: number;
  /** Retries after the first attempt of a page or feed, for failures that may pass (timeouts, 5xx). */
  retries: number;
  /** First retry delay in seconds; doubles each time (with jitter), up to retryDelayMaxSeconds. */
  retryDelaySeconds: number;
  retryDelayMaxSeconds: number;
  /**
   * Keep `tally series --all`'s lines up to date while pages are stored (series-table.ts): at
   * most once this many seconds, and once when no page has been stored for seriesIdleSeconds.
   * 0 turns it off (the next --all computes what the pages touched).
   */
  seriesEverySeconds: number;
  seriesIdleSeconds: number;
  /** pg-boss schema; default `<ledger schema>_boss`, or `tally_boss` without a ledger schema. */
  bossSchema?: string;
  /** Limits of every HTTP fetch. */
  fetch: Partial<FetchOptions>;
  /** Progress lines ("stored …", "failed …"); silent when absent. */
  log?: (line: string) => void;
  /** Aborting it stops the worker after the jobs in hand. */
  signal?: AbortSignal;
}

export const WORKER_DEFAULTS: Omit<WorkerOptions, 'db'> = {
  concurrency: 4,
  perHost: 4,
  untilIdle: false,
  tickSeconds: 5,
  jobPollSeconds: 2,
  jobTimeoutSeconds: 120,
  superviseSeconds: 15,
  retries: 3,
  retryDelaySeconds: 10,
  retryDelayMaxSeconds: 600,
  seriesEverySeconds: 60,
  seriesIdleSeconds: 5,
  fetch: {},
};

export function resolveWorkerOptions(partial: Partial<WorkerOptions> & { db: string }): WorkerOptions {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  return { ...WORKER_DEFAULTS, ...defined } as WorkerOptions;
}

/** Delay before retry number `retry` (1-based): doubling from the base, with ±25% jitter, capped. */
export function backoffMs(retry: number, options: Pick<WorkerOptions, 'retryDelaySeconds' | 'retryDelayMaxSeconds'>): number {
  const base = options.retryDelaySeconds * 2 ** Math.min(16, Math.max(0, retry - 1));
  const jittered = base * (0.75 + Math.random() * 0.5);
  return Math.round(Math.min(options.retryDelayMaxSeconds, jittered) * 1000);
}
