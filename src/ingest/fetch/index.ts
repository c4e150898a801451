/** The fetcher: pages and feeds over HTTP with every limit a crawler needs. */
export { fetchArticle } from './fetch-article.ts';
export type { ArticleFetchOptions } from './fetch-article.ts';
export { closeFetchAgent, fetchResource } from './http.ts';
export type { AcceptedContent, FetchResult } from './http.ts';
export { FetchError } from './errors.ts';
export type { FetchFailureKind } from './errors.ts';
export { DEFAULT_FETCH_OPTIONS, TALLY_USER_AGENT } from './options.ts';
export type { FetchOptions } from './options.ts';
