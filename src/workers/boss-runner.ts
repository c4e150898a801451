/**
 * The PostgreSQL worker: pg-boss queues shared by any number of worker processes on any number
 * of machines. Three queues:
 * - `tally-feed`: one poll of one feed; exclusive per feed (a second poll of the same feed cannot
 *   be queued while one is queued, retrying or running), so tickers on every worker may race.
 * - `tally-page`: one page; exclusive per page URL, so a page is fetched and stored once.
 * - `tally-dead`: jobs that ran out of attempts while their worker was gone (killed mid-job,
 *   expired by pg-boss on the last attempt); it marks them failed so none stays open forever.
 * Delivery is at least once; every write is idempotent, so a retry adds no duplicate. Jobs run in
 * slots (job-slots.ts) that take the next job as soon as one is done.
 */
import { PgBoss } from 'pg-boss';
import type { JobInsert, JobWithMetadata } from 'pg-boss';
import { formatUserError } from '../core/errors.ts';
import { FetchError } from '../ingest/fetch/errors.ts';
import { backoffMs } from './config.ts';
import type { WorkerOptions } from './config.ts';
import { pollFeed } from './feed-poll.ts';
import { attemptPage, failureOf, failureReason } from './page-job.ts';
import type { PageDeps } from './page-job.ts';
import { direct } from './serial.ts';
import { sleep } from './sleep.ts';
import { runSlots } from './job-slots.ts';
import { Wakeup } from './wakeup.ts';
import type { WorkerStats } from './run-worker.ts';
import { hostOf } from './store/watch-store.ts';

export const FEED_QUEUE = 'tally-feed';
export const PAGE_QUEUE = 'tally-page';
export const DEAD_QUEUE = 'tally-dead';

interface FeedJob { feedId: string }
interface PageJob { itemId: string }
type DeadJob = Partial<FeedJob & PageJob>;

export function bossSchemaFor(ledgerSchema: string | null, override?: string): string {
  return override ?? (ledgerSchema ? `${ledgerSchema}_boss` : 'tally_boss');
}

export async function runBossWorker(
  options: WorkerOptions,
  deps: Omit<PageDeps, 'section'>,
  postgres: { connectionString: string; schema: string | null },
  stats: WorkerStats,
): Promise<void> {
  const log = options.log ?? (() => undefined);
  const boss = new PgBoss({
    connectionString: postgres.connectionString,
    schema: bossSchemaFor(postgres.schema, options.bossSchema),
    application_name: 'tally-worker',
    max: Math.max(4, options.concurrency + 2),
    schedule: false,
    supervise: true,
    superviseIntervalSeconds: options.superviseSeconds,
    monitorIntervalSeconds: Math.max(options.superviseSeconds, 1),
    persistWarnings: false,
  });
  boss.on('error', (err: Error) => log(`queue error: ${err.message}`));
  await boss.start();
  const pageDeps: PageDeps = { ...deps, section: direct };
  const store = deps.store;
  const queueOptions = {
    retryLimit: options.retries,
    // pg-boss takes whole seconds.
    retryDelay: Math.max(1, Math.ceil(options.retryDelaySeconds)),
    retryBackoff: true,
    retryDelayMax: Math.max(1, Math.ceil(options.retryDelayMaxSeconds)),
    expireInSeconds: options.jobTimeoutSeconds,
    deadLetter: DEAD_QUEUE,
  };
  await ensureQueue(boss, DEAD_QUEUE, { retryLimit: options.retries, expireInSeconds: 60 });
  await ensureQueue(boss, FEED_QUEUE, { ...queueOptions, policy: 'exclusive' });
  await ensureQueue(boss, PAGE_QUEUE, { ...queueOptions, policy: 'exclusive' });

  /** Queues a page job for every open item of the feed; the exclusive policy drops the ones already queued. */
  async function enqueueOpenItems(feedId: string): Promise<void> {
    const open = await store.openItems(feedId);
    if (open.length === 0) return;
    // Grouped by host, so that the page slots of all workers together keep to --per-host.
    const jobs: JobInsert<PageJob>[] = open.map((item) => ({ data: { itemId: item.id }, singletonKey: item.id, group: { id: hostOf(item.url) } }));
    for (let i = 0; i < jobs.length; i += 500) await boss.insert(PAGE_QUEUE, jobs.slice(i, i + 500));
    // Marks them queued and touched, so the stale sweep below re-sends them at most once per period.
    await store.markQueued(open.map((i) => i.id));
    wakeup.wake();
  }

  async function onFeedJob(job: JobWithMetadata<FeedJob>): Promise<void> {
    const feed = await store.getFeed(job.data.feedId);
    if (!feed) return;
    try {
      const polled = await pollFeed(feed, store, options.fetch, direct);
      await enqueueOpenItems(feed.id);
      await store.recordFeedPolled(feed.id, { etag: polled.etag, lastModified: polled.lastModified, title: polled.title });
      stats.feedsPolled += 1;
      log(polled.notModified ? `feed ${feed.url}: not modified` : `feed ${feed.url}: ${polled.listed} items, ${polled.added} new`);
    } catch (err) {
      if (!(err instanceof FetchError)) throw err;
      const final = !err.retryable || job.retryCount >= job.retryLimit;
      await store.recordFeedFailure(feed.id, failureReason(err), { final });
      log(`feed ${feed.url}: ${final ? 'failed' : 'will retry'}: ${failureReason(err)}`);
      if (!final) throw err; // pg-boss retries it with backoff
    }
  }

  async function onPageJob(job: JobWithMetadata<PageJob>): Promise<void> {
    const error = failureOf(await attemptPage(job.data.itemId, pageDeps, job.data.itemId), stats, log);
    if (!error) return;
    const reason = failureReason(error);
    const final = !error.retryable || job.retryCount >= job.retryLimit;
    if (final) {
      await store.markFailed(job.data.itemId, reason);
      stats.pagesFailed += 1;
      log(`failed ${error.where?.file ?? job.data.itemId}: ${reason}`);
      return;
    }
    await store.markRetrying(job.data.itemId, reason, store.now() + backoffMs(job.retryCount + 1, options));
    throw error; // pg-boss retries it with backoff
  }

  async function onDeadJob(job: JobWithMetadata<DeadJob>): Promise<void> {
    if (job.data.itemId) {
      const item = await store.getItem(job.data.itemId);
      const reason = `gave up after ${options.retries + 1} attempts: ${item?.last_error ?? 'the worker stopped before finishing (job timed out)'}`;
      await store.markFailed(job.data.itemId, reason);
      stats.pagesFailed += 1;
      log(`failed ${item?.url ?? job.data.itemId}: ${reason}`);
    } else if (job.data.feedId) {
      await store.recordFeedFailure(job.data.feedId, 'poll gave up: the worker stopped before finishing (job timed out)', { final: true });
    }
  }

  const slotsStop = new AbortController();
  const wakeup = new Wakeup();
  const slots = (queue: string, count: number) => ({ queue, slots: count, pollMs: options.jobPollSeconds * 1000, signal: slotsStop.signal, wakeup, log });
  const running = Promise.all([
    runSlots<FeedJob>(boss, slots(FEED_QUEUE, 1), onFeedJob),
    runSlots<PageJob>(boss, { ...slots(PAGE_QUEUE, options.concurrency), groupConcurrency: options.perHost }, onPageJob),
    runSlots<DeadJob>(boss, slots(DEAD_QUEUE, 1), onDeadJob),
  ]);

  /** Every tick: queue a poll of each due feed, and re-queue open items nobody touched for long. */
  async function tick(): Promise<boolean> {
    const due = await store.dueFeeds();
    for (const feed of due) await boss.send(FEED_QUEUE, { feedId: feed.id }, { singletonKey: feed.id });
    if (due.length > 0) wakeup.wake();
    const stale = await store.staleOpenFeeds(store.now() - 2 * options.jobTimeoutSeconds * 1000);
    for (const feedId of stale) await enqueueOpenItems(feedId);
    return due.length === 0 && (await store.openItemCount()) === 0;
  }

  try {
    await loop(options, tick, log);
  } finally {
    slotsStop.abort();
    await running;
    await boss.stop({ graceful: true, timeout: 10_000, close: true }).catch((err: unknown) => log(`stopping the queue: ${formatUserError(err)}`));
  }
}

type QueueSettings = NonNullable<Parameters<PgBoss['createQueue']>[1]>;

/** Creates the queue, or brings an existing one's retry and timeout settings up to these. */
async function ensureQueue(boss: PgBoss, name: string, options: QueueSettings): Promise<void> {
  if (!(await boss.getQueue(name))) {
    try {
      await boss.createQueue(name, options);
      return;
    } catch (err) {
      // Another worker created it between our check and our insert: that is the same queue.
      if (!(await boss.getQueue(name))) throw err;
    }
  }
  const { policy: _policy, retryDelayMax: _max, heartbeatSeconds: _hb, partition: _p, ...updatable } = options;
  await boss.updateQueue(name, updatable);
}

/** Ticks until aborted, or (untilIdle) until a tick finds nothing due and nothing open. */
async function loop(options: WorkerOptions, tick: () => Promise<boolean>, log: (line: string) => void): Promise<void> {
  let idleTicks = 0;
  while (!options.signal?.aborted) {
    let idle = false;
    try {
      idle = await tick();
    } catch (err) {
      log(`tick: ${formatUserError(err)}`);
    }
    // Two idle ticks in a row: a poll that finished between the two reads has been seen.
    idleTicks = idle ? idleTicks + 1 : 0;
    if (options.untilIdle && idleTicks >= 2) return;
    await sleep(options.tickSeconds * 1000, options.signal);
  }
}
