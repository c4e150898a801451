/**
 * Reads and writes of the watch tables: feeds and their schedule, feed items and how fetching
 * each page went. Every write is idempotent (insert-or-ignore keyed by URL hash, status updates
 * that only move forward), so a job run twice leaves the same rows.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { FeedStatus, ItemStatus, WatchDatabase, WatchFeedTable, WatchItemTable } from './schema.ts';

export type WatchFeed = WatchFeedTable;
export type WatchItem = WatchItemTable;

/** A feed as `tally watch list` shows it: the row plus how its items stand. */
export interface FeedSummary extends WatchFeed {
  items: Record<ItemStatus, number>;
  /** Reasons of failed items, most recent first (as many as `listFeeds` was asked for). */
  failedItems: { url: string; reason: string | null }[];
}

/** An item as a feed lists it, before its page is fetched. */
export interface FeedEntry {
  url: string;
  title: string | null;
  published: string | null;
  publisher: string | null;
}

/** Statuses after which a page is never fetched again. */
export const FINAL_ITEM_STATUSES: readonly ItemStatus[] = ['stored', 'failed'];
const OPEN_ITEM_STATUSES: ItemStatus[] = ['pending', 'queued', 'retrying'];

/** Short stable id of a URL: 16 hex digits of its SHA-256. */
export function urlId(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 16);
}

/** Host (with port) of a URL, the unit of politeness; '' when the URL does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export class WatchStore {
  constructor(
    private readonly db: Kysely<WatchDatabase>,
    /** The clock every worker agrees on (the database's, on PostgreSQL: see connect.ts). */
    readonly now: () => number = Date.now,
  ) {}

  /** Watches `url` every `everySeconds`; on a known URL only the interval changes. Due at once. */
  async addFeed(url: string, everySeconds: number): Promise<{ feed: WatchFeed; created: boolean }> {
    const id = urlId(url);
    const at = iso(this.now());
    const inserted = await this.db
      .insertInto('watch_feeds')
      .values({
        id, url, every_seconds: everySeconds, next_poll_at: at, title: null, etag: null, last_modified: null,
        status: 'new', failures: 0, last_error: null, last_polled_at: null, created_at: at,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    const created = Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    if (!created) await this.db.updateTable('watch_feeds').set({ every_seconds: everySeconds }).where('id', '=', id).execute();
    return { feed: (await this.getFeed(id))!, created };
  }

  async getFeed(id: string): Promise<WatchFeed | undefined> {
    return this.db.selectFrom('watch_feeds').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Finds a feed by id or by URL. */
  async findFeed(idOrUrl: string): Promise<WatchFeed | undefined> {
    return this.db.selectFrom('watch_feeds').selectAll().where((eb) => eb.or([eb('id', '=', idOrUrl), eb('url', '=', idOrUrl)])).executeTakeFirst();
  }

  /** Stops watching; the feed's pages not yet fetched are forgotten, stored articles stay in the ledger. */
  async removeFeed(idOrUrl: string): Promise<WatchFeed | undefined> {
    const feed = await this.findFeed(idOrUrl);
    if (!feed) return undefined;
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('watch_items').where('feed_id', '=', feed.id).execute();
      await trx.deleteFrom('watch_feeds').where('id', '=', feed.id).execute();
    });
    return feed;
  }

  /** Every feed with its item counts and the reasons of its latest `failedLimit` failed pages. */
  async listFeeds(failedLimit = 5): Promise<FeedSummary[]> {
    const feeds = await this.db.selectFrom('watch_feeds').selectAll().orderBy('created_at').orderBy('url').execute();
    const counts = await this.db
      .selectFrom('watch_items')
      .select((eb) => ['feed_id', 'status', eb.fn.countAll<number | string>().as('n')])
      .groupBy(['feed_id', 'status'])
      .execute();
    const failed = await this.db
      .selectFrom('watch_items')
      .select(['feed_id', 'url', 'last_error'])
      .where('status', '=', 'failed')
      .orderBy('updated_at', 'desc')
      .execute();
    return feeds.map((feed) => {
      const items: Record<ItemStatus, number> = { pending: 0, queued: 0, retrying: 0, stored: 0, failed: 0 };
      for (const row of counts) if (row.feed_id === feed.id) items[row.status] = Number(row.n);
      const failedItems = failed.filter((f) => f.feed_id === feed.id).slice(0, failedLimit).map((f) => ({ url: f.url, reason: f.last_error }));
      return { ...feed, items, failedItems };
    });
  }

  /** Feeds whose next poll time has come, oldest first. */
  async dueFeeds(limit = 100): Promise<WatchFeed[]> {
    return this.db
      .selectFrom('watch_feeds')
      .selectAll()
      .where('next_poll_at', '<=', iso(this.now()))
      .orderBy('next_poll_at')
      .limit(limit)
      .execute();
  }

  /** A poll went through (or the feed was not modified): schedule the next one. */
  async recordFeedPolled(id: string, update: { etag: string | null; lastModified: string | null; title?: string | null }): Promise<void> {
    const feed = await this.getFeed(id);
    if (!feed) return;
    const now = this.now();
    await this.db
      .updateTable('watch_feeds')
      .set({
        etag: update.etag,
        last_modified: update.lastModified,
        ...(update.title ? { title: update.title } : {}),
        status: 'ok' satisfies FeedStatus,
        failures: 0,
        last_error: null,
        last_polled_at: iso(now),
        next_poll_at: iso(now + feed.every_seconds * 1000),
      })
      .where('id', '=', id)
      .execute();
  }

  /**
   * A poll failed. `final`: no more retries now, the feed shows as failed and is polled again at
   * its usual interval; otherwise it shows as retrying and `retryAt` (if given) is its next poll.
   */
  async recordFeedFailure(id: string, reason: string, options: { final: boolean; retryAt?: number }): Promise<void> {
    const feed = await this.getFeed(id);
    if (!feed) return;
    const now = this.now();
    const next = options.final ? now + feed.every_seconds * 1000 : (options.retryAt ?? Date.parse(feed.next_poll_at));
    await this.db
      .updateTable('watch_feeds')
      .set({
        status: (options.final ? 'failed' : 'retrying') satisfies FeedStatus,
        failures: feed.failures + 1,
        last_error: reason,
        last_polled_at: iso(now),
        next_poll_at: iso(next),
      })
      .where('id', '=', id)
      .execute();
  }

  /** Records the items a feed lists; a URL already known (from any feed) is left as it is. */
  async addItems(feedId: string, entries: FeedEntry[]): Promise<number> {
    if (entries.length === 0) return 0;
    const at = iso(this.now());
    let added = 0;
    // Chunks keep each statement under SQLite's bound-parameter limit.
    for (let i = 0; i < entries.length; i += 200) {
      const rows = entries.slice(i, i + 200).map((e) => ({
        id: urlId(e.url), url: e.url, feed_id: feedId, title: e.title, published: e.published, publisher: e.publisher,
        status: 'pending' as ItemStatus, attempts: 0, next_attempt_at: at, last_error: null,
        document_id: null, claims: null, discovered_at: at, updated_at: at,
      }));
      const result = await this.db.insertInto('watch_items').values(rows).onConflict((oc) => oc.column('id').doNothing()).executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    return added;
  }

  /** Items of a feed whose page is not yet stored or failed. */
  async openItems(feedId: string): Promise<WatchItem[]> {
    return this.db.selectFrom('watch_items').selectAll().where('feed_id', '=', feedId).where('status', 'in', OPEN_ITEM_STATUSES).orderBy('discovered_at').orderBy('id').execute();
  }

  /** Open items of any feed whose next attempt time has come (the single-process worker's queue). */
  async dueItems(limit: number, excludeIds: Iterable<string> = []): Promise<WatchItem[]> {
    const exclude = [...excludeIds];
    let query = this.db
      .selectFrom('watch_items')
      .selectAll()
      .where('status', 'in', OPEN_ITEM_STATUSES)
      .where('next_attempt_at', '<=', iso(this.now()));
    if (exclude.length > 0) query = query.where('id', 'not in', exclude);
    return query.orderBy('next_attempt_at').orderBy('id').limit(limit).execute();
  }

  /** Pages not yet stored or failed, over all feeds. */
  async openItemCount(): Promise<number> {
    const row = await this.db
      .selectFrom('watch_items')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('status', 'in', OPEN_ITEM_STATUSES)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Feeds with open items untouched since `beforeMs`: their jobs may have been lost. */
  async staleOpenFeeds(beforeMs: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('watch_items')
      .select('feed_id')
      .distinct()
      .where('status', 'in', OPEN_ITEM_STATUSES)
      .where('updated_at', '<', iso(beforeMs))
      .execute();
    return rows.map((r) => r.feed_id);
  }

  /** Every item of a feed, with its status and last error. */
  async itemsOf(feedId: string): Promise<WatchItem[]> {
    return this.db.selectFrom('watch_items').selectAll().where('feed_id', '=', feedId).orderBy('discovered_at').orderBy('url').execute();
  }

  async getItem(id: string): Promise<WatchItem | undefined> {
    return this.db.selectFrom('watch_items').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Records that jobs were sent for these items: pending ones become queued, open ones are touched. */
  async markQueued(ids: string[]): Promise<void> {
    const at = iso(this.now());
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      await this.db.updateTable('watch_items').set({ status: 'queued', updated_at: at }).where('id', 'in', chunk).where('status', '=', 'pending').execute();
      await this.db.updateTable('watch_items').set({ updated_at: at }).where('id', 'in', chunk).where('status', 'in', ['queued', 'retrying']).execute();
    }
  }

  /** Counts one more attempt at fetching the page. */
  async markAttempt(id: string): Promise<void> {
    await this.db
      .updateTable('watch_items')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), updated_at: iso(this.now()) }))
      .where('id', '=', id)
      .execute();
  }

  async markStored(id: string, documentId: string, claims: number): Promise<void> {
    await this.db
      .updateTable('watch_items')
      .set({ status: 'stored', document_id: documentId, claims, last_error: null, updated_at: iso(this.now()) })
      .where('id', '=', id)
      .execute();
  }

  /** Final failure: never fetched again, shown by `watch list` with its reason. Never undoes `stored`. */
  async markFailed(id: string, reason: string): Promise<void> {
    await this.db
      .updateTable('watch_items')
      .set({ status: 'failed', last_error: reason, updated_at: iso(this.now()) })
      .where('id', '=', id)
      .where('status', '!=', 'stored')
      .execute();
  }

  /** A failure worth another try at `retryAt` (epoch ms). */
  async markRetrying(id: string, reason: string, retryAt: number): Promise<void> {
    await this.db
      .updateTable('watch_items')
      .set({ status: 'retrying', last_error: reason, next_attempt_at: iso(retryAt), updated_at: iso(this.now()) })
      .where('id', '=', id)
      .where('status', 'not in', FINAL_ITEM_STATUSES as ItemStatus[])
      .execute();
  }

  /** Items per status over all feeds. */
  async itemCounts(): Promise<Record<ItemStatus, number>> {
    const rows = await this.db.selectFrom('watch_items').select((eb) => ['status', eb.fn.countAll<number | string>().as('n')]).groupBy('status').execute();
    const counts: Record<ItemStatus, number> = { pending: 0, queued: 0, retrying: 0, stored: 0, failed: 0 };
    for (const row of rows) counts[row.status] = Number(row.n);
    return counts;
  }
}
