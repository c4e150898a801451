/**
 * One poll of a watched feed: a conditional GET (ETag / Last-Modified from the last poll), the
 * feed reader, and the listed items recorded as pages to fetch. Scheduling the next poll is the
 * caller's last step, after the pages are queued, so a worker killed in between leaves the feed
 * due and the poll is simply done again.
 */
import { InputError } from '../core/errors.ts';
import { FetchError } from '../ingest/fetch/errors.ts';
import { fetchResource } from '../ingest/fetch/http.ts';
import type { FetchOptions } from '../ingest/fetch/options.ts';
import { readFeed } from '../ingest/read-feed.ts';
import type { ReadResult } from '../ingest/types.ts';
import { XMLValidator } from 'fast-xml-parser';
import { feedItemLinks } from './feed-links.ts';
import type { Section } from './serial.ts';
import type { FeedEntry, WatchFeed, WatchStore } from './store/watch-store.ts';

export interface PollResult {
  notModified: boolean;
  /** Items the feed lists with a usable link. */
  listed: number;
  /** Of those, pages never seen before (from any feed). */
  added: number;
  /** Items without a usable link or text, skipped. */
  skipped: number;
  etag: string | null;
  lastModified: string | null;
  title: string | null;
}

/** Fetch and read the feed, record its items. Throws FetchError (malformed-feed, timeout, …). */
export async function pollFeed(
  feed: WatchFeed,
  store: WatchStore,
  fetchOptions: Partial<FetchOptions>,
  section: Section,
): Promise<PollResult> {
  const response = await fetchResource(feed.url, 'feed', { ...fetchOptions, etag: feed.etag, lastModified: feed.last_modified });
  if (response.notModified) {
    return { notModified: true, listed: 0, added: 0, skipped: 0, etag: response.etag, lastModified: response.lastModified, title: null };
  }
  let results;
  try {
    results = readFeed(response.text, feed.url);
  } catch (err) {
    if (err instanceof InputError) throw new FetchError('malformed-feed', err.message, feed.url, { hint: err.hint });
    throw err;
  }
  const entries: FeedEntry[] = [];
  let skipped = 0;
  let title: string | null = null;
  let links: (string | null)[] | undefined;
  for (const result of results) {
    if (result.ok) {
      const link = pageUrl(result.article.url, response.url);
      title ??= result.article.publisher ?? null;
      if (link) entries.push({ url: link, title: result.article.title ?? null, published: result.article.published ?? null, publisher: result.article.publisher ?? null });
      else skipped += 1;
      continue;
    }
    // An item the reader turned down (no text in the feed) is still a page to fetch.
    links ??= feedItemLinks(response.text);
    const link = pageUrl(result.origin.line ? links[result.origin.line - 1] : null, response.url);
    if (link) entries.push({ url: link, title: null, published: null, publisher: null });
    else skipped += 1;
  }
  if (entries.length === 0) throw unreadableFeed(response.text, results, feed.url);
  const added = await section(() => store.addItems(feed.id, dedupe(entries)));
  return { notModified: false, listed: entries.length, added, skipped, etag: response.etag, lastModified: response.lastModified, title };
}

/**
 * A feed with not one usable item is broken, however leniently it parsed: say why, with the
 * XML validator's line when the XML itself is at fault.
 */
function unreadableFeed(xml: string, results: ReadResult[], url: string): FetchError {
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) {
    return new FetchError('malformed-feed', `malformed XML at line ${verdict.err.line}: ${verdict.err.msg.replace(/\s+/g, ' ')}`, url);
  }
  const firstFailure = results.find((r) => !r.ok);
  const why = firstFailure && !firstFailure.ok ? firstFailure.error.message : 'no item has a link';
  return new FetchError('malformed-feed', `no usable item in the feed: ${why}`, url);
}

/** An item's link as an absolute http(s) URL without fragment, or null. */
function pageUrl(link: string | null | undefined, feedUrl: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, feedUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

function dedupe(entries: FeedEntry[]): FeedEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.url) && seen.add(e.url));
}
