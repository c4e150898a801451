/**
 * One page of a feed item: fetch, read, extract, store. Idempotent end to end: a page already
 * stored is skipped, and the ledger keys documents by their text, so a job that runs again after
 * its worker was killed between storing and marking adds nothing twice.
 */
import type { Article } from '../core/article.ts';
import type { Extraction } from '../core/claim.ts';
import { formatUserError } from '../core/errors.ts';
import { FetchError } from '../ingest/fetch/errors.ts';
import { fetchArticle } from '../ingest/fetch/fetch-article.ts';
import type { FetchOptions } from '../ingest/fetch/options.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { Section } from './serial.ts';
import { FINAL_ITEM_STATUSES } from './store/watch-store.ts';
import type { WatchItem, WatchStore } from './store/watch-store.ts';

export type ExtractFn = (article: Article) => Extraction;

/** What the page pipeline needs, injected so that the runners and tests share it. */
export interface PageDeps {
  store: WatchStore;
  ledger: Ledger;
  extract: ExtractFn;
  extractorVersion?: string;
  fetch: Partial<FetchOptions>;
  /** Wraps every database write (a mutex on SQLite, nothing on PostgreSQL). */
  section: Section;
  /** Told when a page changed the ledger (series-table.ts). */
  changed?: () => void;
}

export type PageOutcome =
  | { kind: 'stored'; url: string; documentId: string; claims: number; ingest: string }
  | { kind: 'skipped'; reason: string }
  | { kind: 'failed'; error: FetchError };

/** Runs the page of `itemId`; fetch and read failures come back as values, storage errors throw. */
export async function processPage(itemId: string, deps: PageDeps): Promise<PageOutcome> {
  const item = await deps.section(() => deps.store.getItem(itemId));
  if (!item) return { kind: 'skipped', reason: 'item no longer watched' };
  if (FINAL_ITEM_STATUSES.includes(item.status)) return { kind: 'skipped', reason: `already ${item.status}` };
  await deps.section(() => deps.store.markAttempt(item.id));

  const read = await fetchArticle(item.url, deps.fetch);
  if (!read.ok) {
    const error = read.error instanceof FetchError ? read.error : new FetchError('not-an-article', read.error.message, item.url);
    return { kind: 'failed', error };
  }
  const article = withFeedHints(read.article, item);
  let extraction: Extraction;
  try {
    extraction = deps.extract(article);
  } catch (err) {
    // A bug in the extractor must not hold the page in a retry loop: report it and move on.
    return { kind: 'failed', error: new FetchError('not-an-article', `extraction failed: ${formatUserError(err)}`, item.url, { retryable: false }) };
  }
  return deps.section(async () => {
    const outcome = await deps.ledger.ingest(article, extraction, {
      origin: item.url,
      ...(deps.extractorVersion ? { extractorVersion: deps.extractorVersion } : {}),
    });
    await deps.store.markStored(item.id, outcome.documentId, extraction.claims.length);
    if (outcome.status !== 'unchanged') deps.changed?.();
    return { kind: 'stored', url: item.url, documentId: outcome.documentId, claims: extraction.claims.length, ingest: outcome.status } as const;
  });
}

/**
 * processPage for a runner: storage trouble (connection lost, deadlock, disk full, locked file)
 * comes back as a retryable failure too, like a timeout, so that both runners handle one outcome.
 */
export async function attemptPage(itemId: string, deps: PageDeps, where: string): Promise<PageOutcome> {
  try {
    return await processPage(itemId, deps);
  } catch (err) {
    return { kind: 'failed', error: new FetchError('network', `storing failed: ${formatUserError(err)}`, where, { retryable: true }) };
  }
}

/** Counts and logs a stored page; gives the failure a runner has to handle, or null when the page is done. */
export function failureOf(outcome: PageOutcome, stats: { pagesStored: number }, log: (line: string) => void): FetchError | null {
  if (outcome.kind === 'failed') return outcome.error;
  if (outcome.kind === 'stored') {
    stats.pagesStored += 1;
    log(`stored ${outcome.url} (${outcome.claims} claims, ${outcome.ingest})`);
  }
  return null;
}

/** The feed knows the date and outlet even when the page's markup does not say. */
function withFeedHints(article: Article, item: WatchItem): Article {
  return {
    ...article,
    title: article.title ?? item.title,
    published: article.published ?? item.published,
    publisher: article.publisher ?? item.publisher,
    url: article.url ?? item.url,
  };
}

/** The one-line reason shown by `tally watch list`. */
export function failureReason(error: FetchError): string {
  return error.hint ? `${error.message} (${error.hint})` : error.message;
}
