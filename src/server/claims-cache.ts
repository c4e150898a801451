/**
 * Claims pages kept by URL while the ledger stays unchanged: the dashboard asks for the same pages
 * again and again (each visitor's first page, paging back, a series' claims table). A page is kept
 * with the ledger's change mark read before its query and served only while the ledger answers
 * that same mark, so a write from anywhere (this server, `tally ingest`, a worker, another
 * process) is never hidden; a new mark drops every page kept. Bounded by the characters kept,
 * least recently used dropped first.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Ledger } from '../ledger/ledger.ts';

const gzipAsync = promisify(gzip);

/** Pages shorter than this are sent as they are: their gzip saves less than the header it adds. */
export const GZIP_MIN_CHARS = 1024;

/**
 * A claims page's JSON; a kept one (`kept`: served again while the ledger is unchanged) also
 * gzipped, once, when a client first takes it. Only kept pages: gzipping a page (0.10 ms at level
 * 1 for a 50-claim page of 34 KB, 0.17 at level 6) cost more CPU than sending it whole over
 * loopback, so a page read for one request goes out as it is (claims pages at 500/s over 528
 * distinct URLs with every page gzipped at level 1, against the code before: 0.84-0.90 -> 0.96-1.08
 * ms of CPU per request, this round's other savings included); a kept page is sent many times and gzipped once. Made in libuv's thread pool, off the event
 * loop (zlib's asynchronous call), at level 6, as series are.
 */
export class ClaimsPage {
  private gz: Promise<Buffer> | undefined;
  constructor(readonly json: string, readonly kept: boolean) {}
  gzipped(): Promise<Buffer> {
    this.gz ??= gzipAsync(this.json, { level: 6 });
    return this.gz;
  }
}

export class ClaimsPageCache {
  private mark: string | null = null;
  private readonly pages = new Map<string, ClaimsPage>();
  private size = 0;

  /**
   * `maxChars`: characters of JSON kept at most (a 50-claim page is about 33,000); a kept page's
   * gzip, once asked for, is about a tenth more.
   */
  constructor(private readonly ledger: Ledger, private readonly maxChars: number) {}

  /** The page at `key` (the request's URL), from the cache or from `read`, which is kept when it may be. */
  async page(key: string, read: () => Promise<string>): Promise<ClaimsPage> {
    const mark = await this.ledger.changeMark();
    if (mark === null) return new ClaimsPage(await read(), false);
    if (mark !== this.mark) this.reset(mark);
    const kept = this.pages.get(key);
    if (kept !== undefined) {
      // Re-inserted: a Map keeps insertion order, so the first key is the least recently used.
      this.pages.delete(key);
      this.pages.set(key, kept);
      return kept;
    }
    const json = await read();
    // Kept only under the mark read before the query: a write meanwhile moved the mark, and a page
    // read across it is not kept (it may hold the write or not).
    if (mark !== this.mark || json.length > this.maxChars) return new ClaimsPage(json, false);
    const page = new ClaimsPage(json, true);
    this.keep(key, page);
    return page;
  }

  private reset(mark: string): void {
    this.mark = mark;
    this.pages.clear();
    this.size = 0;
  }

  private keep(key: string, page: ClaimsPage): void {
    this.pages.set(key, page);
    this.size += page.json.length;
    for (const [oldest, kept] of this.pages) {
      if (this.size <= this.maxChars) break;
      this.pages.delete(oldest);
      this.size -= kept.json.length;
    }
  }
}
