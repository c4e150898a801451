/**
 * The HTTP fetcher against a local server: every limit ends in a typed, reported failure within
 * its timeout, never a hang; conditional GET and the User-Agent reach the server.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FetchError } from '../src/ingest/fetch/errors.ts';
import { fetchArticle } from '../src/ingest/fetch/fetch-article.ts';
import { closeFetchAgent, fetchResource } from '../src/ingest/fetch/http.ts';
import { TALLY_USER_AGENT } from '../src/ingest/fetch/options.ts';
import { startNewsServer } from './workers-support/news-server.ts';
import type { NewsServer } from './workers-support/news-server.ts';

let site: NewsServer;
beforeAll(async () => {
  site = await startNewsServer();
  site.addFeed('world', 3);
});
afterAll(async () => {
  await closeFetchAgent();
  await site.close();
});

const fast = { headersTimeoutMs: 800, bodyTimeoutMs: 800, totalTimeoutMs: 1500 };

describe('fetchResource', () => {
  test('fetches an article page, follows a redirect, sends the User-Agent', async () => {
    const res = await fetchResource(`${site.origin}/redirect-to-article`, 'html');
    expect(res.notModified).toBe(false);
    if (res.notModified) return;
    expect(res.url).toBe(site.articleUrl('redirected-1'));
    expect(res.text).toContain('civilians were killed');
    expect(site.lastUserAgent).toBe(TALLY_USER_AGENT);
  });

  test('conditional GET: the ETag it returned gets a 304 next time', async () => {
    const first = await fetchResource(site.feedUrl('world'), 'feed');
    if (first.notModified) throw new Error('expected a body');
    expect(first.etag).toBeTruthy();
    const second = await fetchResource(site.feedUrl('world'), 'feed', { etag: first.etag });
    expect(second.notModified).toBe(true);
    site.growFeed('world', 1);
    const third = await fetchResource(site.feedUrl('world'), 'feed', { etag: first.etag });
    expect(third.notModified).toBe(false);
  });

  test.each([
    ['/loop-a', 'html', 'redirect-loop', false],
    ['/huge', 'html', 'too-large', false],
    ['/huge-declared', 'html', 'too-large', false],
    ['/slow', 'html', 'timeout', true],
    ['/hang', 'html', 'timeout', true],
    ['/drip', 'html', 'timeout', true],
    ['/image', 'html', 'content-type', false],
    ['/gone', 'html', 'http-status', false],
    ['/flaky/x', 'html', 'http-status', true],
  ] as const)('%s fails as %s (retryable: %s)', async (path, accept, kind, retryable) => {
    const started = Date.now();
    const err = await fetchResource(`${site.origin}${path}`, accept, { ...fast, maxBytes: 1024 * 1024 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).kind).toBe(kind);
    expect((err as FetchError).retryable).toBe(retryable);
    expect((err as FetchError).where?.file).toBe(`${site.origin}${path}`);
    // Bounded by the total deadline plus scheduling slack, not by the server.
    expect(Date.now() - started).toBeLessThan(fast.totalTimeoutMs + 3000);
  });

  test('a 50 MB page is cut off at the cap, not read whole', async () => {
    const err = (await fetchResource(`${site.origin}/huge`, 'html', { maxBytes: 2 * 1024 * 1024 }).catch((e: unknown) => e)) as FetchError;
    expect(err.kind).toBe('too-large');
    expect(err.message).toContain('2 MB');
  });

  test.each([['ftp://example.org/x'], ['not a url'], ['file:///etc/passwd']])('refuses %s', async (url) => {
    const err = await fetchResource(url, 'html').catch((e: unknown) => e);
    expect((err as FetchError).kind).toBe('bad-url');
  });

  test('too many redirects', async () => {
    const err = await fetchResource(`${site.origin}/redirect-to-article`, 'html', { maxRedirects: 0 }).catch((e: unknown) => e);
    expect((err as FetchError).kind).toBe('too-many-redirects');
  });
});

describe('fetchArticle', () => {
  test('reads the article of a page, with the URL after redirects', async () => {
    const result = await fetchArticle(`${site.origin}/redirect-to-article`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.origin).toEqual({ file: `${site.origin}/redirect-to-article` });
    expect(result.article.url).toBe(site.articleUrl('redirected-1'));
    expect(result.article.title).toMatch(/^Shelling near .* \(redirected-1\)$/);
    expect(result.article.text).toMatch(/civilians were killed/);
    expect(result.article.text).not.toMatch(/Home|World/); // navigation left out
  });

  test('keeps the URL it read when the page claims the home page as canonical', async () => {
    const result = await fetchArticle(`${site.origin}/canonical-home/c-1`);
    expect(result.ok && result.article.url).toBe(`${site.origin}/canonical-home/c-1`);
  });

  test.each([
    ['/not-article', 'not-an-article', /no article found in HTML/],
    ['/gone', 'http-status', /HTTP 404/],
    ['/image', 'content-type', /image\/png/],
  ])('%s comes back as a failure value (%s)', async (path, kind, message) => {
    const result = await fetchArticle(`${site.origin}${path}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(FetchError);
    expect((result.error as FetchError).kind).toBe(kind);
    expect(result.error.message).toMatch(message);
    expect(result.origin.file).toBe(`${site.origin}${path}`);
  });
});
