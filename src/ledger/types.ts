/**
 * Plain types of the ledger's API (no zod): what callers pass in and get back.
 * The ledger keeps documents (keyed by normalized text), their publications (one story, many
 * outlets), claims with evidence, sources as entities, and people's reviews of claims.
 */
import type { Claim, Group, Metric, SourceKind } from '../core/claim.ts';

/** A person's decision on a claim, as the review history shows it. */
export type ClaimStatus = 'unreviewed' | 'verified' | 'rejected' | 'corrected';
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['unreviewed', 'verified', 'rejected', 'corrected'];

/** One outlet's publication of a document. */
export interface PublicationRef {
  publisher: string | null;
  url: string | null;
  /** ISO 8601 date or date-time, as the article record gave it. */
  published: string | null;
  title: string | null;
}

/**
 * A claim as the ledger keeps it: the spec's fields (after any human correction) plus identity
 * and provenance.
 * @example
 * { id: '3f9c0a1b2d4e5f60', documentId: 'a1b2…', metric: 'killed', min: 600, max: 600, …,
 *   sourceIds: ['kr-legislator', 'kr-nis'], originId: 'kr-nis', status: 'unreviewed',
 *   publications: [{ publisher: 'Reuters', url: 'https://…', published: '2025-04-30', title: '…' }] }
 */
export interface StoredClaim extends Claim {
  /** Stable across re-extraction when the extractor finds the same figure again. */
  id: string;
  documentId: string;
  /** Canonical entity id of each link of `source`, same order (speaker first, origin last). */
  sourceIds: string[];
  /** Canonical entity id of the last link, or null for the outlet's own voice. */
  originId: string | null;
  status: ClaimStatus;
  /** Every publication of the document that carries the claim. */
  publications: PublicationRef[];
  /** False when the claim's document has been superseded by an edited version. */
  current: boolean;
  extractorVersion: string | null;
}

/**
 * Filters of `queryClaims`; all given ones must hold.
 * @example { subject: 'KP/military', metric: 'killed', since: '2025-01-01', status: 'verified' }
 */
export interface ClaimFilter {
  /** "KP/military"; "KP" alone for any group; "-/military" for no country. */
  subject?: string;
  country?: string | null;
  group?: Group;
  metric?: Metric;
  /** Entity id of any link of the chain (speaker or origin), after merges. */
  source?: string;
  /** Entity id of the last link only. */
  origin?: string;
  /** asOf on or after (YYYY-MM-DD). */
  since?: string;
  /** asOf on or before (YYYY-MM-DD). */
  until?: string;
  /** Case-insensitive substring of the evidence sentence or location. */
  text?: string;
  hedged?: boolean;
  section?: 'title' | 'body';
  status?: ClaimStatus;
  documentId?: string;
  /** Include claims of superseded document versions (default false). */
  includeSuperseded?: boolean;
}

/** Keyset paging: pass back `nextCursor` to get the following page. */
export interface PageRequest {
  /** Default 100, at most 10,000. */
  limit?: number;
  cursor?: string | null;
}

/**
 * Order of a claims page: ingest order (the default), the statement day, or the figure (min, or
 * max for "up to" figures); '-' for descending. Claims without the key (no day, no figure) come
 * last either way.
 */
export const CLAIM_SORTS = ['ingested', '-ingested', 'asOf', '-asOf', 'figure', '-figure'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

/** A page of claims: keyset paging as PageRequest, in the given order (the cursor remembers it). */
export interface ClaimPageRequest extends PageRequest {
  sort?: ClaimSort;
}

export interface Page<T> {
  rows: T[];
  /** Null on the last page. */
  nextCursor: string | null;
}

/** Where an article came from and what produced its extraction. */
export interface IngestMeta {
  /** File path, "-" or URL the article was read from (kept on the publication). */
  origin?: string;
  /** Version of the extractor; a known text met with a different version is re-extracted. */
  extractorVersion?: string;
}

export type IngestStatus = 'new' | 'unchanged' | 'new-publication' | 'new-version' | 're-extracted';

export interface IngestOutcome {
  documentId: string;
  /**
   * new: text never seen. unchanged: text and publication known. new-publication: known text
   * from another outlet or url. new-version: an edited text at a url that carried another
   * document, whose claims it supersedes. re-extracted: known text, new extractor version.
   */
  status: IngestStatus;
  claimsAdded: number;
  /** The document this one replaces (new-version only). */
  supersedes?: string;
}

export interface Publication extends PublicationRef {
  id: string;
  documentId: string;
  /** Where it was read from (file path, URL). */
  origin: string | null;
  ingestedAt: string;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  /** Earliest `published` among its publications. */
  published: string | null;
  publishers: string[];
  claimCount: number;
  supersedes: string | null;
  supersededBy: string | null;
  ingestedAt: string;
}

export interface DocumentDetail extends DocumentSummary {
  text: string;
  publications: Publication[];
  claims: StoredClaim[];
}

export type ReviewAction =
  | { kind: 'verify' }
  | { kind: 'reject'; reason: string }
  /** Field paths as in the claim: "min", "metric", "subject.country", "asOf"… */
  | { kind: 'set'; changes: Record<string, unknown> };

export interface ReviewRecord {
  id: number;
  claimId: string;
  /** The key that matches the review to the claim again after re-extraction. */
  claimKey: string;
  documentId: string;
  action: 'verify' | 'reject' | 'set';
  reason: string | null;
  /** For `set`: each changed field with its value before and after. */
  changes: Record<string, { from: unknown; to: unknown }> | null;
  who: string;
  /** ISO 8601 date-time. */
  at: string;
}

export interface ClaimDetail extends StoredClaim {
  /** The claim as the extractor produced it, when a review changed it. */
  extracted: Claim | null;
  reviews: ReviewRecord[];
  document: { id: string; title: string | null; text: string; supersededBy: string | null };
}

/** A source entity: one institution or kind of speaker, whatever it is called. */
export interface SourceEntity {
  id: string;
  name: string;
  kind: SourceKind;
  country: string | null;
  /** Names as written that resolved to it. */
  aliases: string[];
  claimCount: number;
  /** Set on an entity merged into another. */
  mergedInto: string | null;
}

export interface SubjectSummary {
  /** "KP/military", "-/people" when no country. */
  key: string;
  country: string | null;
  group: Group;
  claimCount: number;
}

/** One line of `exportAll()` / `importRecords()`: the whole ledger as plain records. */
export type LedgerRecord =
  | { type: 'source'; id: string; name: string; kind: SourceKind; country: string | null; mergedInto: string | null; aliases: string[] }
  | {
      type: 'document'; id: string; text: string; title: string | null; supersedes: string | null;
      supersededBy: string | null; extractorVersion: string | null; ingestedAt: string;
    }
  | ({ type: 'publication' } & Publication)
  | {
      type: 'claim'; id: string; documentId: string; key: string; claim: Claim; sourceIds: string[];
      extractorVersion: string | null;
    }
  | ({ type: 'review' } & ReviewRecord);

export interface ImportSummary {
  documents: number;
  publications: number;
  claims: number;
  sources: number;
  reviews: number;
}

export interface LedgerStats extends ImportSummary {
  engine: 'sqlite' | 'postgres';
}

export interface OpenOptions {
  /** Run pending migrations on open (default true). */
  migrate?: boolean;
  /**
   * User aliases: JSON object mapping a name as written or an entity id to an entity id,
   * e.g. {"South Korea's spy agency": "kr-nis", "kr-intelligence": "kr-nis"}.
   */
  aliases?: Record<string, string>;
  /** PostgreSQL schema (search_path) to use; created when missing. */
  schema?: string;
}
