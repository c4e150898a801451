/**
 * One web page as an article: fetch it within the limits, then read it with the HTML reader.
 * Failures come back as values (`ok: false`) like every reader's, so a batch of URLs goes on.
 */
import { InputError } from '../../core/errors.ts';
import { readHtml } from '../read-html.ts';
import type { ReadResult } from '../types.ts';
import { FetchError } from './errors.ts';
import { fetchResource } from './http.ts';
import type { FetchOptions } from './options.ts';

/** Limits of a page fetch; conditional headers make no sense for a page read once. */
export type ArticleFetchOptions = Partial<Omit<FetchOptions, 'etag' | 'lastModified'>>;

/**
 * Fetch `url` and read the article in it. `origin.file` is the URL as given; the article's `url`
 * is the URL after redirects.
 *
 * @example
 * const result = await fetchArticle('https://example.org/news/1');
 * if (result.ok) ledger.ingest(result.article, extract(result.article), { origin: result.origin.file });
 */
export async function fetchArticle(url: string, options: ArticleFetchOptions = {}): Promise<ReadResult> {
  const origin = { file: url };
  try {
    const page = await fetchResource(url, 'html', options);
    if (page.notModified) throw new FetchError('http-status', 'HTTP 304 to an unconditional request', url);
    const article = readHtml(page.text, origin);
    // The URL read, not the page's own canonical claim: some sites give every page the same
    // canonical URL, and the ledger would take each new story there for an edit of the last.
    return { ok: true, article: { ...article, url: page.url }, origin };
  } catch (err) {
    if (err instanceof FetchError) return { ok: false, error: err, origin };
    if (err instanceof InputError) {
      // The HTML reader's "no article" and parse errors: the same every time, not worth a retry.
      return { ok: false, error: new FetchError('not-an-article', err.message, url, { hint: err.hint }), origin };
    }
    throw err;
  }
}
