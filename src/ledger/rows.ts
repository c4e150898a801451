/** Between the spec's Claim and the claims table's columns, both ways. */
import type { Selectable } from 'kysely';
import type { Claim } from '../core/claim.ts';
import type { ClaimsTable, PublicationsTable } from './schema.ts';
import type { ClaimStatus, Publication, PublicationRef, StoredClaim } from './types.ts';

/** The columns that follow the claim as it reads (after reviews); filters run on these. */
export function claimColumns(claim: Claim) {
  return {
    section: claim.section,
    metric: claim.metric,
    min: claim.min,
    max: claim.max,
    approximate: claim.approximate ? 1 : 0,
    subject_text: claim.subject.text,
    subject_country: claim.subject.country,
    subject_group: claim.subject.group,
    as_of: claim.asOf,
    hedged: claim.hedged ? 1 : 0,
    location: claim.location,
    evidence_text: claim.evidence.text,
    period_kind: claim.period?.kind ?? null,
    period_from: claim.period?.from ?? null,
    period_to: claim.period?.to ?? null,
    period_text: claim.period?.text ?? null,
    origin_name: claim.source.at(-1)?.name ?? null,
    origin_kind: claim.source.at(-1)?.kind ?? null,
    origin_country: claim.source.at(-1)?.country ?? null,
    data: JSON.stringify(claim),
  };
}

/** Entity ids after merges: `canonical` maps a stored id to the id it now belongs to. */
export type Canonical = (id: string) => string;

/** The columns a StoredClaim is read from: the claim's JSON and its identity, not the filter copies. */
export const STORED_CLAIM_COLUMNS = ['seq', 'id', 'document_id', 'data', 'source_ids', 'origin_id', 'status', 'current', 'extractor_version'] as const;
export type StoredClaimRow = Pick<Selectable<ClaimsTable>, (typeof STORED_CLAIM_COLUMNS)[number]>;

export function toStoredClaim(row: StoredClaimRow, canonical: Canonical, publications: PublicationRef[], current: boolean): StoredClaim {
  const claim = JSON.parse(row.data) as Claim;
  const sourceIds = (JSON.parse(row.source_ids) as string[]).map(canonical);
  return {
    ...claim,
    id: row.id,
    documentId: row.document_id,
    sourceIds,
    originId: row.origin_id === null ? null : canonical(row.origin_id),
    status: row.status as ClaimStatus,
    publications,
    current,
    extractorVersion: row.extractor_version,
  };
}

export function toPublication(row: Selectable<PublicationsTable>): Publication {
  return {
    id: row.id, documentId: row.document_id, publisher: row.publisher, url: row.url, published: row.published,
    title: row.title, origin: row.origin, ingestedAt: row.ingested_at,
  };
}

export function toPublicationRef(row: Selectable<PublicationsTable>): PublicationRef {
  return { publisher: row.publisher, url: row.url, published: row.published, title: row.title };
}
