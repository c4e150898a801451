/**
 * The workers' parts one by one, on a SQLite file: intervals, backoff, feed links, a feed poll
 * (conditional, bare items, relative links, duplicates), and the watch store's idempotent writes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UsageError } from '../src/core/errors.ts';
import { FetchError } from '../src/ingest/fetch/errors.ts';
import { closeFetchAgent } from '../src/ingest/fetch/http.ts';
import { backoffMs } from '../src/workers/config.ts';
import { formatInterval, parseInterval } from '../src/workers/duration.ts';
import { feedItemLinks } from '../src/workers/feed-links.ts';
import { pollFeed } from '../src/workers/feed-poll.ts';
import { direct } from '../src/workers/serial.ts';
import { connectWatchStore } from '../src/workers/store/connect.ts';
import type { WatchConnection } from '../src/workers/store/connect.ts';
import { WatchStore } from '../src/workers/store/watch-store.ts';
import { Wakeup } from '../src/workers/wakeup.ts';
import { startNewsServer } from './workers-support/news-server.ts';
import type { NewsServer } from './workers-support/news-server.ts';

let site: NewsServer;
let dir: string;
let connection: WatchConnection;
let store: WatchStore;

beforeAll(async () => {
  site = await startNewsServer();
  dir = mkdtempSync(join(tmpdir(), 'tally-workers-units-'));
  connection = await connectWatchStore(join(dir, 'ledger.db'));
  store = new WatchStore(connection.db);
});
afterAll(async () => {
  await connection.close();
  await closeFetchAgent();
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('intervals', () => {
  test.each([
    ['15m', 900], ['90s', 90], ['2h', 7200], ['1d', 86400], ['30', 1800], [' 10 sec ', 10], ['45 min', 2700],
  ])('%s is %i seconds', (text, seconds) => {
    expect(parseInterval(text)).toBe(seconds);
  });

  test.each([['5s'], ['0m'], ['fast'], ['-5m'], ['1.5h'], ['9999999d']])('%s is refused', (text) => {
    expect(() => parseInterval(text)).toThrow(UsageError);
  });

  test.each([[900, '15m'], [5400, '1h30m'], [86400 + 61, '1d1m1s'], [0, '0s']])('%i s reads %s', (seconds, text) => {
    expect(formatInterval(seconds)).toBe(text);
  });
});

describe('backoff', () => {
  test('doubles per retry within ±25%, capped', () => {
    const options = { retryDelaySeconds: 10, retryDelayMaxSeconds: 60 };
    for (let i = 0; i < 50; i++) {
      expect(backoffMs(1, options)).toBeGreaterThanOrEqual(7500);
      expect(backoffMs(1, options)).toBeLessThanOrEqual(12500);
      expect(backoffMs(2, options)).toBeGreaterThanOrEqual(15000);
      expect(backoffMs(2, options)).toBeLessThanOrEqual(25000);
      expect(backoffMs(9, options)).toBe(60000);
    }
  });
});

describe('Wakeup', () => {
  test('a wake ends a wait at once; a wake with no waiter is kept for the next wait', async () => {
    const wakeup = new Wakeup();
    const started = Date.now();
    const waiting = wakeup.wait(10_000);
    wakeup.wake();
    await waiting;
    wakeup.wake();
    await wakeup.wait(10_000);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('an abort ends the wait', async () => {
    const controller = new AbortController();
    const waiting = new Wakeup().wait(10_000, controller.signal);
    controller.abort();
    await waiting;
  });
});

describe('feedItemLinks', () => {
  test.each([
    ['RSS', '<rss><channel><item><title>a</title><link>https://x.org/1</link></item><item><title>b</title></item></channel></rss>', ['https://x.org/1', null]],
    ['Atom, alternate over self', '<feed><entry><link rel="self" href="https://x.org/s"/><link rel="alternate" href="https://x.org/a"/></entry></feed>', ['https://x.org/a']],
    ['Atom, only a related link', '<feed><entry><link rel="related" href="https://x.org/r"/></entry></feed>', ['https://x.org/r']],
    ['RDF', '<rdf:RDF><channel><title>t</title></channel><item><link>https://x.org/r1</link></item></rdf:RDF>', ['https://x.org/r1']],
    ['not XML', 'just text', []],
  ] as const)('%s', (_name, xml, links) => {
    expect(feedItemLinks(xml)).toEqual(links);
  });
});

describe('pollFeed', () => {
  test('records every linked item once, bare items included, and asks conditionally the next time', async () => {
    const url = site.addLinkFeed('bare', ['/article/bare-1', '/article/bare-2', '/article/bare-1'], 'rss-bare');
    const { feed } = await store.addFeed(url, 900);
    const first = await pollFeed(feed, store, {}, direct);
    expect(first).toMatchObject({ notModified: false, listed: 3, added: 2, skipped: 0, etag: '"bare-v1"' });
    expect((await store.openItems(feed.id)).map((i) => i.url).sort()).toEqual([site.articleUrl('bare-1'), site.articleUrl('bare-2')]);

    await store.recordFeedPolled(feed.id, { etag: first.etag, lastModified: first.lastModified, title: first.title });
    const polled = (await store.getFeed(feed.id))!;
    expect(polled).toMatchObject({ status: 'ok', failures: 0, etag: '"bare-v1"' });
    expect(Date.parse(polled.next_poll_at) - Date.parse(polled.last_polled_at!)).toBe(900_000);
    const second = await pollFeed(polled, store, {}, direct);
    expect(second.notModified).toBe(true);
  });

  test('Atom entries with only links are pages to fetch too', async () => {
    const url = site.addLinkFeed('atom', ['/article/atom-1', '/article/atom-2'], 'atom-bare');
    const { feed } = await store.addFeed(url, 900);
    const result = await pollFeed(feed, store, {}, direct);
    expect(result).toMatchObject({ listed: 2, added: 2 });
    expect((await store.openItems(feed.id)).map((i) => new URL(i.url).pathname).sort()).toEqual(['/article/atom-1', '/article/atom-2']);
  });

  test('a page two feeds list is one item', async () => {
    const a = (await store.addFeed(site.addLinkFeed('dup-a', ['/article/dup-1', '/article/dup-2']), 900)).feed;
    const b = (await store.addFeed(site.addLinkFeed('dup-b', ['/article/dup-2', '/article/dup-3']), 900)).feed;
    expect((await pollFeed(a, store, {}, direct)).added).toBe(2);
    expect((await pollFeed(b, store, {}, direct)).added).toBe(1);
    expect((await store.openItems(b.id)).map((i) => new URL(i.url).pathname)).toEqual(['/article/dup-3']);
  });

  test.each([
    ['/malformed.xml', 'malformed-feed', /malformed XML at line 1/],
    ['/gone', 'http-status', /HTTP 404/],
    ['/image', 'content-type', /unexpected content type image\/png/],
    ['/loop-a', 'redirect-loop', /redirect loop/],
  ])('%s fails as %s', async (path, kind, message) => {
    const { feed } = await store.addFeed(`${site.origin}${path}`, 900);
    const err = (await pollFeed(feed, store, {}, direct).catch((e: unknown) => e)) as FetchError;
    expect(err).toBeInstanceOf(FetchError);
    expect(err.kind).toBe(kind);
    expect(err.message).toMatch(message);
  });
});

describe('WatchStore', () => {
  test('adding a feed twice keeps one row and takes the new interval', async () => {
    const url = `${site.origin}/feed/twice.xml`;
    const first = await store.addFeed(url, 900);
    const second = await store.addFeed(url, 60);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.feed.id).toBe(first.feed.id);
    expect(second.feed.every_seconds).toBe(60);
  });

  test('item status only moves forward: a late failure never undoes a stored page', async () => {
    const { feed } = await store.addFeed(`${site.origin}/feed/status.xml`, 900);
    await store.addItems(feed.id, [{ url: `${site.origin}/article/status-1`, title: null, published: null, publisher: null }]);
    const [item] = await store.openItems(feed.id);
    await store.markStored(item!.id, 'doc-1', 2);
    await store.markFailed(item!.id, 'late failure');
    await store.markRetrying(item!.id, 'late retry', Date.now());
    expect(await store.getItem(item!.id)).toMatchObject({ status: 'stored', document_id: 'doc-1', claims: 2, last_error: null });
    expect(await store.addItems(feed.id, [{ url: item!.url, title: 'again', published: null, publisher: null }])).toBe(0);
  });

  test('a failed feed poll: retrying keeps it due, final failure waits for the usual interval', async () => {
    const { feed } = await store.addFeed(`${site.origin}/feed/failing.xml`, 600);
    await store.recordFeedFailure(feed.id, 'HTTP 503', { final: false });
    expect(await store.getFeed(feed.id)).toMatchObject({ status: 'retrying', failures: 1, last_error: 'HTTP 503', next_poll_at: feed.next_poll_at });
    await store.recordFeedFailure(feed.id, 'HTTP 503', { final: true });
    const failed = (await store.getFeed(feed.id))!;
    expect(failed).toMatchObject({ status: 'failed', failures: 2 });
    expect(Date.parse(failed.next_poll_at) - Date.parse(failed.last_polled_at!)).toBe(600_000);
  });

  test('removing a feed by id forgets its items', async () => {
    const { feed } = await store.addFeed(`${site.origin}/feed/gone-soon.xml`, 900);
    await store.addItems(feed.id, [{ url: `${site.origin}/article/gone-soon-1`, title: null, published: null, publisher: null }]);
    expect((await store.removeFeed(feed.id))?.url).toBe(feed.url);
    expect(await store.openItems(feed.id)).toEqual([]);
    expect(await store.removeFeed(feed.id)).toBeUndefined();
  });
});
