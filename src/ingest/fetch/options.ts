/**
 * Limits every fetch keeps: the defaults are generous for news pages and strict enough that a
 * hostile or broken server cannot hold a worker (slow drip, endless redirects, huge bodies).
 */

/** Options of one fetch. Every field has a default in DEFAULT_FETCH_OPTIONS. */
export interface FetchOptions {
  /** Time to the response headers, in ms. */
  headersTimeoutMs: number;
  /** Longest silence between two body chunks, in ms. */
  bodyTimeoutMs: number;
  /** Whole exchange, redirects and body included, in ms: stops a server that drips bytes. */
  totalTimeoutMs: number;
  /** Most bytes of body read; a larger page fails as `too-large`. */
  maxBytes: number;
  /** Most redirects followed before `too-many-redirects`. */
  maxRedirects: number;
  /** Sent on every request so that site operators can see who is asking. */
  userAgent: string;
  /** ETag of the copy already held: sent as If-None-Match. */
  etag?: string | null;
  /** Last-Modified of the copy already held: sent as If-Modified-Since. */
  lastModified?: string | null;
}

export const TALLY_USER_AGENT =
  'tally/0.1 (news claim ledger; +https://github.com/tally-project/tally; fetches articles listed in feeds its operator watches)';

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 15_000,
  totalTimeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: TALLY_USER_AGENT,
};

export function resolveFetchOptions(partial: Partial<FetchOptions> = {}): FetchOptions {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_FETCH_OPTIONS, ...defined };
}
