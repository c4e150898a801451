/**
 * Claims pages kept by URL while the ledger stays unchanged: the dashboard asks for the same pages
 * again and again (each visitor's first page, paging back, a series' claims table). A page is kept
 * with the ledger's change mark read before its query and served only while the ledger answers
 * that same mark, so a write from anywhere (this server, `tally ingest`, a worker, another
 * process) is never hidden; a new mark drops every page kept. Bounded by the characters kept,
 * least recently used dropped first.
 */
import type { Ledger } from '../ledger/ledger.ts';

export class ClaimsPageCache {
  private mark: string | null = null;
  private readonly pages = new Map<string, string>();
  private size = 0;

  /** `maxChars`: characters of JSON kept at most (a 50-claim page is about 33,000). */
  constructor(private readonly ledger: Ledger, private readonly maxChars: number) {}

  /** The page at `key` (the request's URL), from the cache or from `read`, which is kept when it may be. */
  async page(key: string, read: () => Promise<string>): Promise<string> {
    const mark = await this.ledger.changeMark();
    if (mark === null) return read();
    if (mark !== this.mark) this.reset(mark);
    const kept = this.pages.get(key);
    if (kept !== undefined) {
      // Re-inserted: a Map keeps insertion order, so the first key is the least recently used.
      this.pages.delete(key);
      this.pages.set(key, kept);
      return kept;
    }
    const page = await read();
    // Kept only under the mark read before the query: a write meanwhile moved the mark, and a page
    // read across it is not kept (it may hold the write or not).
    if (mark === this.mark && page.length <= this.maxChars) this.keep(key, page);
    return page;
  }

  private reset(mark: string): void {
    this.mark = mark;
    this.pages.clear();
    this.size = 0;
  }

  private keep(key: string, page: string): void {
    this.pages.set(key, page);
    this.size += page.length;
    for (const [oldest, kept] of this.pages) {
      if (this.size <= this.maxChars) break;
      this.pages.delete(oldest);
      this.size -= kept.length;
    }
  }
}
