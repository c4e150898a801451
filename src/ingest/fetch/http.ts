/**
 * One HTTP GET with every limit a crawler needs: timeouts (headers, idle body, whole exchange),
 * redirects followed by hand (so that a loop is named as a loop), a byte cap read while streaming,
 * a content-type check, a clear User-Agent and conditional requests (ETag / Last-Modified).
 * Failures are thrown as FetchError with a kind and whether retrying may help.
 */
import { Agent, errors as undiciErrors, request } from 'undici';
import type { Dispatcher } from 'undici';
import { FetchError } from './errors.ts';
import { resolveFetchOptions } from './options.ts';
import type { FetchOptions } from './options.ts';

/** Media types a caller accepts. A response without Content-Type is let through to the parser. */
export type AcceptedContent = 'html' | 'feed';

const MEDIA_TYPES: Record<AcceptedContent, readonly string[]> = {
  html: ['text/html', 'application/xhtml+xml'],
  // Feeds are often served with generic XML types, and now and then as text/html by mistake;
  // the feed parser is the judge of the body, the check here only keeps out images, PDFs, JSON.
  feed: ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml', 'text/html'],
};

/** What a fetch brought back: a body, or "not modified since the copy you hold". */
export type FetchResult =
  | { notModified: true; url: string; etag: string | null; lastModified: string | null }
  | {
      notModified: false;
      /** The URL after redirects. */
      url: string;
      status: number;
      contentType: string | null;
      text: string;
      bytes: number;
      etag: string | null;
      lastModified: string | null;
    };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Statuses where the server itself says "later": worth another attempt. */
const RETRYABLE_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

// One pooled agent per process; keep-alive makes many fetches to one site cheap.
let sharedAgent: Agent | undefined;
function agent(): Dispatcher {
  sharedAgent ??= new Agent({ connect: { timeout: 10_000 }, keepAliveTimeout: 10_000 });
  return sharedAgent;
}

/** Closes the pooled connections (tests and short-lived commands call this before exiting). */
export async function closeFetchAgent(): Promise<void> {
  const a = sharedAgent;
  sharedAgent = undefined;
  if (a) await a.close();
}

/**
 * GET `url` within the limits of `options` and return its decoded text.
 *
 * @example const page = await fetchResource('https://example.org/a', 'html', { etag: '"abc"' })
 */
export async function fetchResource(
  url: string,
  accept: AcceptedContent,
  partial: Partial<FetchOptions> = {},
): Promise<FetchResult> {
  const options = resolveFetchOptions(partial);
  const first = parseHttpUrl(url, url);
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(), options.totalTimeoutMs);
  try {
    return await followRedirects(first, accept, options, controller.signal, url);
  } catch (err) {
    if (err instanceof FetchError) throw err;
    throw toFetchError(err, url, options, controller.signal.aborted);
  } finally {
    clearTimeout(deadline);
  }
}

async function followRedirects(
  start: URL,
  accept: AcceptedContent,
  options: FetchOptions,
  signal: AbortSignal,
  asked: string,
): Promise<FetchResult> {
  const seen = new Set<string>();
  let current = start;
  for (let hop = 0; ; hop++) {
    seen.add(current.href);
    const res = await request(current, {
      method: 'GET',
      dispatcher: agent(),
      signal,
      headersTimeout: options.headersTimeoutMs,
      bodyTimeout: options.bodyTimeoutMs,
      headers: requestHeaders(accept, options),
    });
    if (REDIRECT_STATUSES.has(res.statusCode)) {
      await res.body.dump();
      const location = header(res.headers, 'location');
      if (!location) throw new FetchError('http-status', `HTTP ${res.statusCode} without a Location header`, asked);
      const next = parseHttpUrl(new URL(location, current).href, asked);
      if (seen.has(next.href)) throw new FetchError('redirect-loop', `redirect loop back to ${next.href}`, asked);
      if (hop + 1 > options.maxRedirects) {
        throw new FetchError('too-many-redirects', `more than ${options.maxRedirects} redirects`, asked);
      }
      current = next;
      continue;
    }
    if (res.statusCode === 304) {
      await res.body.dump();
      return {
        notModified: true,
        url: current.href,
        etag: header(res.headers, 'etag') ?? options.etag ?? null,
        lastModified: header(res.headers, 'last-modified') ?? options.lastModified ?? null,
      };
    }
    if (res.statusCode < 200 || res.statusCode >= 300) {
      await res.body.dump();
      throw new FetchError('http-status', `HTTP ${res.statusCode}`, asked, {
        retryable: RETRYABLE_STATUSES.has(res.statusCode),
      });
    }
    const contentType = header(res.headers, 'content-type');
    checkContentType(contentType, accept, asked, res.body);
    const declared = Number(header(res.headers, 'content-length') ?? NaN);
    if (declared > options.maxBytes) {
      discard(res.body);
      throw tooLarge(options, asked);
    }
    const body = await readCapped(res.body, options.maxBytes, asked);
    return {
      notModified: false,
      url: current.href,
      status: res.statusCode,
      contentType,
      text: decode(body, contentType),
      bytes: body.length,
      etag: header(res.headers, 'etag'),
      lastModified: header(res.headers, 'last-modified'),
    };
  }
}

function requestHeaders(accept: AcceptedContent, options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: accept === 'html' ? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' : 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1',
    'accept-encoding': 'identity',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  return headers;
}

function checkContentType(
  contentType: string | null,
  accept: AcceptedContent,
  url: string,
  body: Discardable,
): void {
  if (!contentType) return;
  const media = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  if (MEDIA_TYPES[accept].includes(media) || media.endsWith('+xml')) return;
  discard(body);
  throw new FetchError('content-type', `unexpected content type ${media || '(empty)'}`, url, {
    hint: accept === 'html' ? 'expected an HTML page' : 'expected an RSS or Atom feed',
  });
}

async function readCapped(body: AsyncIterable<Uint8Array> & Discardable, maxBytes: number, url: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > maxBytes) {
      discard(body);
      throw tooLarge({ maxBytes }, url);
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks, size);
}

interface Discardable {
  destroy(): unknown;
  on(event: 'error', listener: () => void): unknown;
}

/** Drops a body we will not read; the abort this causes is expected, so its error is swallowed. */
function discard(body: Discardable): void {
  body.on('error', () => undefined);
  body.destroy();
}

function tooLarge(options: { maxBytes: number }, url: string): FetchError {
  return new FetchError('too-large', `page larger than ${formatBytes(options.maxBytes)}`, url);
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${Math.round(n / 1024)} KB`;
}

function parseHttpUrl(raw: string, asked: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new FetchError('bad-url', `not a URL: ${raw.slice(0, 200)}`, asked);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FetchError('bad-url', `unsupported scheme ${parsed.protocol}`, asked, { hint: 'only http and https are fetched' });
  }
  parsed.hash = '';
  return parsed;
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  const value = headers[name];
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

const CHARSET_IN_TYPE = /charset\s*=\s*"?([\w.:-]{1,40})/i;
const CHARSET_IN_META = /<meta[^>]{0,300}charset\s*=\s*["']?([\w.:-]{1,40})/i;

/** Decodes by the header's charset, else a <meta charset> near the top, else UTF-8. */
function decode(body: Buffer, contentType: string | null): string {
  const label =
    CHARSET_IN_TYPE.exec(contentType ?? '')?.[1] ??
    CHARSET_IN_META.exec(body.subarray(0, 4096).toString('latin1'))?.[1] ??
    'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(body);
}

function toFetchError(err: unknown, url: string, options: FetchOptions, deadlinePassed: boolean): FetchError {
  if (deadlinePassed) {
    return new FetchError('timeout', `no complete answer within ${options.totalTimeoutMs / 1000} s`, url);
  }
  if (err instanceof undiciErrors.HeadersTimeoutError) {
    return new FetchError('timeout', `no response headers within ${options.headersTimeoutMs / 1000} s`, url);
  }
  if (err instanceof undiciErrors.BodyTimeoutError) {
    return new FetchError('timeout', `body stalled for ${options.bodyTimeoutMs / 1000} s`, url);
  }
  if (err instanceof undiciErrors.ConnectTimeoutError) return new FetchError('timeout', 'connection timed out', url);
  if (err instanceof undiciErrors.ResponseExceededMaxSizeError) return tooLarge(options, url);
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  return new FetchError('network', code ? `${code}: ${message}` : message, url);
}
