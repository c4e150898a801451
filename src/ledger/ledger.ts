/**
 * The ledger: every document, every claim with its evidence, every source as an entity, and
 * people's reviews, in SQLite or PostgreSQL. This file is the contract other parts code against
 * (series reads claims, the server exposes them, workers store fetched pages).
 *
 * @example
 * const ledger = await openLedger('./tally.db');            // or ':memory:', 'postgres://…'
 * const outcome = await ledger.ingest(article, extract(article), { origin: 'a.txt' });
 * const { rows } = await ledger.queryClaims({ subject: 'KP/military', metric: 'killed' });
 * await ledger.close();
 */
import type { Article } from '../core/article.ts';
import type { Extraction } from '../core/claim.ts';
import type {
  ClaimDetail, ClaimFilter, ClaimPageRequest, DocumentDetail, DocumentSummary, ImportSummary, IngestMeta, IngestOutcome,
  LedgerRecord, LedgerStats, OpenOptions, Page, PageRequest, ReviewAction, SourceEntity, StoredClaim,
  SubjectSummary,
} from './types.ts';
import type { SeriesAdded, SeriesClaimRow, SeriesKeyCount, SeriesReadKey, SeriesReadOptions } from './series-read.ts';
import type { KeptSummary, LedgerState } from './series-summaries.ts';
import type { ReportsScope, SeriesFigures } from './series-figures.ts';

export type * from './types.ts';
export type { SeriesAdded, SeriesClaimRow, SeriesKeyCount, SeriesOriginLink, SeriesPublication, SeriesReadKey, SeriesReadOptions } from './series-read.ts';
export type { KeptSummary, LedgerState } from './series-summaries.ts';
export type { FigureRow, ReportsScope, SeriesFigures } from './series-figures.ts';

export interface Ledger {
  readonly engine: 'sqlite' | 'postgres';

  /**
   * Store one article and its claims in one transaction. Idempotent: the document is keyed by
   * its normalized text, so the same material twice adds nothing; a known text from another
   * outlet adds a publication; a new text at a url that carried another text is a new version
   * superseding the old one's claims. Reviews are re-applied to re-extracted claims.
   */
  ingest(article: Article, extraction: Extraction, meta?: IngestMeta): Promise<IngestOutcome>;

  /**
   * Like `ingest` for several articles, sharing one transaction (each document still goes in
   * whole with its claims, or not at all). A failing item is retried alone and its Error returned
   * in its place, so one bad article never costs the others. Much faster for bulk loads.
   */
  ingestBatch(items: { article: Article; extraction: Extraction; meta?: IngestMeta }[]): Promise<(IngestOutcome | Error)[]>;

  /** Claims matching every given filter, in ingest order or `page.sort`, one page at a time. */
  queryClaims(filter?: ClaimFilter, page?: ClaimPageRequest): Promise<Page<StoredClaim>>;

  /**
   * The same page as `queryClaims`, as the JSON text of a Page<StoredClaim>, built without
   * parsing each stored claim (what the HTTP API sends).
   */
  queryClaimsJson(filter?: ClaimFilter, page?: ClaimPageRequest): Promise<string>;

  /** Number of claims matching the filter. */
  countClaims(filter?: ClaimFilter): Promise<number>;

  /**
   * A mark that changes whenever anything is written to the ledger, from this process or any
   * other: answers read after a mark hold while it stays the same (the server caches claims pages
   * by it). Null where the engine cannot tell: then nothing may be kept.
   */
  changeMark(): Promise<string | null>;

  /** A claim with its document text, the claim as extracted, and its review history; null if unknown. */
  getClaim(id: string): Promise<ClaimDetail | null>;

  /** A document with its text, publications and claims; null if unknown. */
  getDocument(id: string): Promise<DocumentDetail | null>;

  /** Id of the stored document with this text (after normalization), or null: lets a caller skip work. */
  findDocumentByText(text: string): Promise<string | null>;

  listDocuments(page?: PageRequest): Promise<Page<DocumentSummary>>;

  /** Every source entity that is not merged into another, with aliases and claim counts. */
  listSources(): Promise<SourceEntity[]>;

  /**
   * Merge entity `from` into `into`: every chain link pointing at `from` now points at `into`,
   * and later ingests resolving to `from` resolve to `into`. Returns the surviving entity.
   */
  mergeSources(from: string, into: string): Promise<SourceEntity>;

  /** Subjects (country + group) with claim counts. */
  listSubjects(): Promise<SubjectSummary[]>;

  /**
   * Subject × metric pairs with at least `minClaims` current claims, largest first (series-read.ts);
   * with `traits`, what their claims are (hedged, headlines…: which options can change them).
   */
  seriesKeys(minClaims: number, options?: { traits?: boolean }): Promise<SeriesKeyCount[]>;

  /**
   * Every current claim of one subject × metric as the series reads it, in ingest order: plain
   * columns, no claim JSON parsed (series-read.ts). `queryClaims` gives the whole claims.
   */
  readSeries(key: SeriesReadKey, options?: SeriesReadOptions): Promise<SeriesClaimRow[]>;

  /**
   * A lean reader of series for their summaries: per claim only what the counts depend on, as
   * row arrays (series-figures.ts). Made for one pass over the ledger (merges read once).
   * `reports`: find documents with several reports in the whole ledger once (default), or per
   * series read (a few series). `prepare` finds them now (the first read does otherwise).
   */
  seriesFigures(reports?: ReportsScope): Promise<{ read(key: SeriesReadKey): Promise<SeriesFigures>; prepare?(): Promise<void> }>;

  /**
   * What kept series summaries are checked against besides each series' own state: the part all
   * series share, and the whole ledger's (series-summaries.ts).
   */
  seriesLedgerState(): Promise<LedgerState>;

  /** The claims after `seq`: how many, and per series the current ones, their number and last seq (series-read.ts). */
  seriesKeysSince(seq: number): Promise<SeriesAdded>;

  /**
   * Per series ("subject metric"), what changes its summary besides its claims' count and last
   * seq: its last review, its documents' extra publications, its merged origins (series-summaries.ts).
   */
  seriesMarks(): Promise<Map<string, string>>;

  /** Kept series summaries made with `options` (the caller's key), by "subject metric". */
  readSeriesSummaries(options: string): Promise<Map<string, KeptSummary>>;

  /** The keys of the options any series summaries are kept with (the callers' keys, as given to keepSeriesSummaries). */
  seriesSummaryOptions(): Promise<string[]>;

  /** Keep series summaries (opaque JSON) with the state they were computed from. */
  keepSeriesSummaries(options: string, summaries: readonly KeptSummary[]): Promise<void>;

  /** Record a person's decision on a claim; returns the claim as it now reads. */
  review(claimId: string, action: ReviewAction, who: string): Promise<StoredClaim>;

  /** The whole ledger as records: sources, documents, publications, claims (as extracted), reviews. */
  exportAll(): AsyncIterable<LedgerRecord>;

  /** Load an export into this (empty) ledger; the round trip loses nothing. */
  importRecords(records: AsyncIterable<LedgerRecord> | Iterable<LedgerRecord>): Promise<ImportSummary>;

  /** Run pending migrations; returns the names of those applied now. */
  migrate(): Promise<string[]>;

  stats(): Promise<LedgerStats>;

  close(): Promise<void>;
}

/**
 * Open (creating if needed) the ledger at `url`: a file path or ':memory:' for SQLite (WAL mode),
 * 'postgres://…' or 'postgresql://…' for PostgreSQL. Migrations run on open unless
 * `options.migrate` is false. Throws LedgerError with a hint when the database cannot be reached.
 */
export async function openLedger(url: string, options: OpenOptions = {}): Promise<Ledger> {
  const { openStore } = await import('./store.ts');
  return openStore(url, options);
}
