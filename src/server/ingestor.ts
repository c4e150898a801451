/**
 * What `POST /documents` does with what it receives: extract every article's claims, store them,
 * and answer with the stored claims so the ingest page can show them at once. URLs are fetched
 * by the ingest readers. One bad article or URL is reported in its own result; the rest go on.
 */
import type { Article } from '../core/article.ts';
import type { Extraction } from '../core/claim.ts';
import { formatUserError } from '../core/errors.ts';
import { fetchResource } from '../ingest/fetch/http.ts';
import { assertPublicUrl } from './address-guard.ts';
import { readHtml } from '../ingest/read-html.ts';
import { readTxt } from '../ingest/read-txt.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { IngestStatus, StoredClaim } from '../ledger/types.ts';

/** The outcome of one posted article or URL. */
export interface IngestItem {
  /** "body", "line 3", "articles[2]" or the URL. */
  origin: string;
  ok: boolean;
  error?: string;
  documentId?: string;
  status?: IngestStatus;
  claimsAdded?: number;
  /** Every current claim of the stored document. */
  claims?: StoredClaim[];
}

export interface Ingestor {
  ingestArticles(items: { article: Article; origin: string }[]): Promise<IngestItem[]>;
  /**
   * Pasted text, read like a .txt file (a title line and a dateline are recognised); `fields`
   * the person gave (title, publisher, published, url) replace what was detected.
   */
  ingestText(text: string, origin: string, fields?: Partial<Article>): Promise<IngestItem>;
  /** Fetch each page (http/https only, within the fetcher's time and size limits) and ingest its article. */
  ingestUrls(urls: string[]): Promise<IngestItem[]>;
}

/** The extractor's signature (src/extract/index.ts `extract`). */
export type ExtractFn = (article: Article) => Extraction;

/**
 * @param extractorVersion recorded with the claims, as `tally ingest` records it, so that a text
 * posted here and later ingested from the CLI with the same extractor is not extracted twice.
 */
export interface IngestorOptions {
  /** Fetch URLs on loopback and private networks too (default false: refused, see address-guard.ts). */
  allowPrivateUrls?: boolean;
}

export function createIngestor(ledger: Ledger, extract: ExtractFn, extractorVersion?: string, options: IngestorOptions = {}): Ingestor {
  async function store(article: Article, origin: string): Promise<IngestItem> {
    try {
      const outcome = await ledger.ingest(article, extract(article), { origin, ...(extractorVersion ? { extractorVersion } : {}) });
      const { rows } = await ledger.queryClaims({ documentId: outcome.documentId }, { limit: 1000 });
      return { origin, ok: true, documentId: outcome.documentId, status: outcome.status, claimsAdded: outcome.claimsAdded, claims: rows };
    } catch (err) {
      return { origin, ok: false, error: formatUserError(err) };
    }
  }

  return {
    async ingestArticles(items) {
      const results: IngestItem[] = [];
      for (const { article, origin } of items) results.push(await store(article, origin));
      return results;
    },
    async ingestText(text, origin, fields = {}) {
      try {
        return await store({ ...readTxt(text, { file: origin }), ...fields }, origin);
      } catch (err) {
        return { origin, ok: false, error: formatUserError(err) };
      }
    },
    async ingestUrls(urls) {
      const results: IngestItem[] = [];
      for (const url of urls) {
        try {
          if (!options.allowPrivateUrls) await assertPublicUrl(url);
          const page = await fetchResource(url, 'html');
          if (page.notModified) throw new Error('unexpected 304 without a conditional request');
          const article = readHtml(page.text, { file: url });
          results.push(await store({ ...article, url: article.url ?? page.url }, url));
        } catch (err) {
          results.push({ origin: url, ok: false, error: formatUserError(err) });
        }
      }
      return results;
    },
  };
}
