/**
 * `tally worker`: polls the watched feeds, fetches their new pages, extracts and stores them,
 * until stopped (Ctrl-C / SIGTERM finish the pages in hand) or, with --until-idle, until nothing
 * is left to do. On PostgreSQL any number of workers share the work through pg-boss; on SQLite
 * one worker process runs.
 */
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.ts';
import { extract } from '../../extract/index.ts';
import { WORKER_DEFAULTS } from '../../workers/config.ts';
import { extractorVersion } from '../extractor-version.ts';
import { ledgerOptions, openFromFlags } from '../open-ledger.ts';
import type { LedgerFlags } from '../open-ledger.ts';
import type { WorkerOptions } from '../../workers/config.ts';
import { runWorker } from '../../workers/run-worker.ts';

interface WorkerFlags extends LedgerFlags {
  concurrency: string;
  perHost: string;
  untilIdle?: boolean;
  quiet?: boolean;
  tick: string;
  poll: string;
  jobTimeout: string;
  retries: string;
  retryDelay: string;
  fetchTimeout: string;
  maxBytes: string;
  bossSchema?: string;
}

export function registerWorker(program: Command): void {
  const command = program
    .command('worker')
    .description('poll watched feeds and store their new articles (PostgreSQL: run as many as you like, anywhere)');
  ledgerOptions(command)
    .option('--concurrency <n>', 'pages fetched at once by this worker', String(WORKER_DEFAULTS.concurrency))
    .option('--per-host <n>', 'pages fetched at once from one site, by all workers together', String(WORKER_DEFAULTS.perHost))
    .option('--until-idle', 'stop when no feed is due and no page is waiting')
    .option('--quiet', 'no progress lines, only the summary')
    .option('--tick <seconds>', 'how often to look for due feeds', String(WORKER_DEFAULTS.tickSeconds))
    .option('--poll <seconds>', 'PostgreSQL: how often an idle worker asks for jobs (>= 0.5)', String(WORKER_DEFAULTS.jobPollSeconds))
    .option('--job-timeout <seconds>', 'a job running longer is taken as lost and retried by another worker', String(WORKER_DEFAULTS.jobTimeoutSeconds))
    .option('--retries <n>', 'retries of a page or feed after a failure that may pass (timeout, 5xx)', String(WORKER_DEFAULTS.retries))
    .option('--retry-delay <seconds>', 'first retry delay; doubles each retry', String(WORKER_DEFAULTS.retryDelaySeconds))
    .option('--fetch-timeout <seconds>', 'longest a single page or feed fetch may take', '30')
    .option('--max-bytes <n>', 'largest page read, in bytes', String(10 * 1024 * 1024))
    .option('--boss-schema <name>', 'PostgreSQL schema of the pg-boss queue (default: <ledger schema>_boss or tally_boss)')
    .action(async (flags: WorkerFlags) => runWorkerCommand(flags));
}

async function runWorkerCommand(flags: WorkerFlags): Promise<void> {
  const controller = new AbortController();
  const stop = (): void => {
    if (!flags.quiet) process.stderr.write('worker: stopping after the pages in hand…\n');
    controller.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const fetchSeconds = number(flags.fetchTimeout, '--fetch-timeout', 1);
  const options: Partial<WorkerOptions> & { db: string } = {
    db: flags.db,
    concurrency: integer(flags.concurrency, '--concurrency', 1),
    perHost: integer(flags.perHost, '--per-host', 1),
    untilIdle: flags.untilIdle ?? false,
    tickSeconds: number(flags.tick, '--tick', 0.1),
    jobPollSeconds: number(flags.poll, '--poll', 0.5),
    jobTimeoutSeconds: integer(flags.jobTimeout, '--job-timeout', 1),
    superviseSeconds: Math.max(1, Math.min(WORKER_DEFAULTS.superviseSeconds, Math.floor(integer(flags.jobTimeout, '--job-timeout', 1) / 2))),
    retries: integer(flags.retries, '--retries', 0),
    retryDelaySeconds: number(flags.retryDelay, '--retry-delay', 0),
    fetch: {
      totalTimeoutMs: fetchSeconds * 1000,
      headersTimeoutMs: fetchSeconds * 1000,
      bodyTimeoutMs: fetchSeconds * 1000,
      maxBytes: integer(flags.maxBytes, '--max-bytes', 1024),
    },
    signal: controller.signal,
    ...(flags.bossSchema ? { bossSchema: flags.bossSchema } : {}),
    ...(flags.quiet ? {} : { log: (line: string) => process.stdout.write(`${line}\n`) }),
  };
  try {
    const stats = await runWorker(options, { extract, extractorVersion: extractorVersion(), openLedger: () => openFromFlags(flags) });
    process.stderr.write(
      `worker (${stats.engine}): ${stats.feedsPolled} feed polls, ${stats.pagesStored} pages stored, ` +
        `${stats.pagesFailed} failed in ${stats.seconds.toFixed(1)} s\n`,
    );
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

function number(text: string, flag: string, min: number): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min) throw new UsageError(`${flag}: expected a number >= ${min}, got "${text}"`);
  return value;
}

function integer(text: string, flag: string, min: number): number {
  const value = number(text, flag, min);
  if (!Number.isInteger(value)) throw new UsageError(`${flag}: expected a whole number, got "${text}"`);
  return value;
}
