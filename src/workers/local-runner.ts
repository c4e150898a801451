/**
 * The single-process worker for a SQLite ledger: no job server, the watch tables are the queue.
 * Pages whose next attempt time has come are fetched `concurrency` at a time, feeds are polled
 * when due, failures are retried with backoff by moving the next attempt time. Same page
 * pipeline as the PostgreSQL worker; writes go one at a time through a serial section.
 */
import { formatUserError } from '../core/errors.ts';
import { FetchError } from '../ingest/fetch/errors.ts';
import { backoffMs } from './config.ts';
import type { WorkerOptions } from './config.ts';
import { pollFeed } from './feed-poll.ts';
import { attemptPage, failureOf, failureReason } from './page-job.ts';
import type { PageDeps } from './page-job.ts';
import type { WorkerStats } from './run-worker.ts';
import { serialSection } from './serial.ts';
import { Wakeup } from './wakeup.ts';
import { hostOf } from './store/watch-store.ts';
import type { WatchFeed, WatchItem } from './store/watch-store.ts';

/** Feeds polled at the same time, apart from pages: a feed poll is one small request. */
const FEED_CONCURRENCY = 2;

export async function runLocalWorker(options: WorkerOptions, base: Omit<PageDeps, 'section'>, stats: WorkerStats): Promise<void> {
  const log = options.log ?? (() => undefined);
  const section = serialSection();
  const deps: PageDeps = { ...base, section };
  const store = base.store;
  const pages = new Map<string, Promise<void>>();
  /** URL of each page in flight, for the per-host limit. */
  const pageUrls = new Map<string, string>();
  const feeds = new Map<string, Promise<void>>();
  const wakeup = new Wakeup();

  async function pollOne(feed: WatchFeed): Promise<void> {
    try {
      const polled = await pollFeed(feed, store, options.fetch, section);
      await section(() => store.recordFeedPolled(feed.id, { etag: polled.etag, lastModified: polled.lastModified, title: polled.title }));
      stats.feedsPolled += 1;
      log(polled.notModified ? `feed ${feed.url}: not modified` : `feed ${feed.url}: ${polled.listed} items, ${polled.added} new`);
    } catch (err) {
      const error = err instanceof FetchError ? err : new FetchError('network', formatUserError(err), feed.url, { retryable: true });
      const attempt = feed.failures + 1;
      const final = !error.retryable || attempt > options.retries;
      const reason = failureReason(error);
      await section(() => store.recordFeedFailure(feed.id, reason, { final, retryAt: store.now() + backoffMs(attempt, options) }));
      log(`feed ${feed.url}: ${final ? 'failed' : 'will retry'}: ${reason}`);
    }
  }

  async function fetchOne(item: WatchItem): Promise<void> {
    const error = failureOf(await attemptPage(item.id, deps, item.url), stats, log);
    if (!error) return;
    const attempt = item.attempts + 1;
    const reason = failureReason(error);
    if (!error.retryable || attempt > options.retries) {
      await section(() => store.markFailed(item.id, reason));
      stats.pagesFailed += 1;
      log(`failed ${item.url}: ${reason}`);
    } else {
      await section(() => store.markRetrying(item.id, reason, store.now() + backoffMs(attempt, options)));
    }
  }

  function start<K>(tasks: Map<K, Promise<void>>, key: K, run: () => Promise<void>): void {
    const task = run()
      .catch((err: unknown) => log(`internal: ${formatUserError(err)}`))
      .finally(() => {
        tasks.delete(key);
        wakeup.wake();
      });
    tasks.set(key, task);
  }

  let idleTicks = 0;
  while (!options.signal?.aborted) {
    try {
      if (feeds.size < FEED_CONCURRENCY) {
        const due = (await section(() => store.dueFeeds(FEED_CONCURRENCY * 4))).filter((f) => !feeds.has(f.id));
        for (const feed of due.slice(0, FEED_CONCURRENCY - feeds.size)) start(feeds, feed.id, () => pollOne(feed));
      }
      const free = options.concurrency - pages.size;
      if (free > 0) {
        // More candidates than free slots, so that a host at its limit does not starve the others.
        const candidates = await section(() => store.dueItems(free * 8, pages.keys()));
        const perHost = new Map<string, number>();
        for (const url of pageUrls.values()) perHost.set(hostOf(url), (perHost.get(hostOf(url)) ?? 0) + 1);
        let started = 0;
        for (const item of candidates) {
          const host = hostOf(item.url);
          if (started >= free || (perHost.get(host) ?? 0) >= options.perHost) continue;
          perHost.set(host, (perHost.get(host) ?? 0) + 1);
          pageUrls.set(item.id, item.url);
          start(pages, item.id, () => fetchOne(item).finally(() => pageUrls.delete(item.id)));
          started += 1;
        }
      }
      if (options.untilIdle && pages.size === 0 && feeds.size === 0) {
        const idle = (await section(() => store.dueFeeds(1))).length === 0 && (await section(() => store.openItemCount())) === 0;
        idleTicks = idle ? idleTicks + 1 : 0;
        if (idleTicks >= 2) break;
      }
    } catch (err) {
      log(`worker: ${formatUserError(err)}`);
    }
    // Wake when a task ends (a slot is free, or its feed added pages) or when the tick is up.
    await wakeup.wait(options.tickSeconds * 1000, options.signal);
  }
  await Promise.allSettled([...pages.values(), ...feeds.values()]);
}
