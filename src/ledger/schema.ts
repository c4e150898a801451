/**
 * The ledger's tables as Kysely sees them. Booleans are 0/1 integers and dates ISO text on both
 * engines, so one query layer serves SQLite and PostgreSQL alike.
 */
import type { Generated } from 'kysely';

export interface DocumentsTable {
  /** documentIdFor(text): hash of the normalized text. */
  id: string;
  text: string;
  title: string | null;
  extractor_version: string | null;
  /** The older version this text replaces at the same url. */
  supersedes: string | null;
  superseded_by: string | null;
  ingested_at: string;
}

export interface PublicationsTable {
  id: string;
  document_id: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
  title: string | null;
  origin: string | null;
  ingested_at: string;
}

export interface ClaimsTable {
  /** Ingest order; the paging key. */
  seq: Generated<number>;
  id: string;
  key: string;
  document_id: string;
  section: string;
  metric: string;
  min: number | null;
  max: number | null;
  approximate: number;
  subject_text: string;
  subject_country: string | null;
  subject_group: string;
  as_of: string | null;
  hedged: number;
  location: string | null;
  evidence_text: string;
  /** Canonical entity id of the last chain link as resolved at ingest (merges apply on read). */
  origin_id: string | null;
  /** JSON array of the entity id of each chain link. */
  source_ids: string;
  status: string;
  /** 0 when the document has been superseded by an edited version. */
  current: number;
  /** JSON of the claim as it reads now (extracted, then reviews applied). */
  data: string;
  /** JSON of the claim as extracted, kept when reviews changed it. */
  extracted: string | null;
  extractor_version: string | null;
  /** The claim's period and its origin as written (last chain link), as plain columns for the series read (migration 0003). */
  period_kind: string | null;
  period_from: string | null;
  period_to: string | null;
  period_text: string | null;
  origin_name: string | null;
  origin_kind: string | null;
  origin_country: string | null;
}

export interface ClaimSourcesTable {
  claim_seq: number;
  position: number;
  entity_id: string;
}

export interface SourcesTable {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  merged_into: string | null;
}

export interface SourceAliasesTable {
  entity_id: string;
  alias: string;
}

export interface ReviewsTable {
  id: Generated<number>;
  claim_id: string;
  claim_key: string;
  document_id: string;
  action: string;
  reason: string | null;
  /** JSON {field: {from, to}} for `set`. */
  changes: string | null;
  who: string;
  at: string;
}

/** What `tally series --all` shows of a series, with the ledger state it was computed from (migration 0003). */
export interface SeriesSummariesTable {
  /** The series options and everything else the summary depends on besides the claims. */
  options: string;
  subject: string;
  metric: string;
  /** The ledger's state when computed (series-summaries.ts); a different state means recompute. */
  state: string;
  /** JSON of the summary. */
  summary: string;
}

/** One row (id 1): claims removed from the series so far, counted by triggers (migration 0007). */
export interface ClaimRemovalsTable {
  id: number;
  removed: number;
}

export interface Database {
  documents: DocumentsTable;
  publications: PublicationsTable;
  claims: ClaimsTable;
  claim_sources: ClaimSourcesTable;
  sources: SourcesTable;
  source_aliases: SourceAliasesTable;
  reviews: ReviewsTable;
  series_summaries: SeriesSummariesTable;
  claim_removals: ClaimRemovalsTable;
}
