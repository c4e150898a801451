/**
 * The watch tables, kept in the ledger's database (same SQLite file, same PostgreSQL schema) but
 * owned by the workers: the ledger stores what articles say, these store what to fetch and how
 * fetching went. Times are ISO 8601 UTC strings, which sort as text in both engines.
 */

/** Health of a watched feed, as `tally watch list` shows it. */
export type FeedStatus = 'new' | 'ok' | 'retrying' | 'failed';

/** Where a feed item's page stands. `queued`: a job exists for it (PostgreSQL mode). */
export type ItemStatus = 'pending' | 'queued' | 'retrying' | 'stored' | 'failed';

export interface WatchFeedTable {
  /** Short hash of the URL: stable, so `watch remove` may take it instead of the URL. */
  id: string;
  url: string;
  every_seconds: number;
  next_poll_at: string;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  status: FeedStatus;
  /** Consecutive failed polls. */
  failures: number;
  last_error: string | null;
  last_polled_at: string | null;
  created_at: string;
}

export interface WatchItemTable {
  /** Short hash of the page URL: one row per page whoever lists it, so it is fetched once. */
  id: string;
  url: string;
  feed_id: string;
  title: string | null;
  published: string | null;
  publisher: string | null;
  status: ItemStatus;
  attempts: number;
  /** When the single-process (SQLite) worker may try it next. */
  next_attempt_at: string;
  last_error: string | null;
  document_id: string | null;
  claims: number | null;
  discovered_at: string;
  updated_at: string;
}

export interface WatchDatabase {
  watch_feeds: WatchFeedTable;
  watch_items: WatchItemTable;
}
