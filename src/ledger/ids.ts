/**
 * Identity in the ledger: a document is its normalized text; a claim is the figure a document
 * states about a subject on an origin's authority. Ids are hash prefixes of those keys, so the
 * same material always gets the same ids, on any engine, in any order of arrival.
 */
import { createHash } from 'node:crypto';
import type { Claim } from '../core/claim.ts';

/** 16 hex digits (64 bits): collisions stay negligible far beyond millions of rows. */
const ID_LENGTH = 16;

export function hashId(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, ID_LENGTH);
}

/**
 * Text as compared for identity: Unicode NFC, typographic quotes and dashes folded, whitespace
 * runs collapsed, trimmed. Case is kept: a changed capital is an edit.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function documentIdFor(text: string): string {
  return hashId(`doc\u0000${normalizeText(text)}`);
}

export function publicationIdFor(documentId: string, pub: { publisher?: string | null; url?: string | null; published?: string | null }): string {
  return hashId(`pub\u0000${documentId}\u0000${pub.publisher ?? ''}\u0000${pub.url ?? ''}\u0000${pub.published ?? ''}`);
}

/**
 * The key a review is matched by after re-extraction: document, section, metric, figure,
 * subject and the origin's country and kind. The origin is taken by country+kind, not entity
 * id, so that a change of aliases or a merge does not orphan a person's review.
 */
export function claimKeyFor(documentId: string, claim: Claim): string {
  const origin = claim.source.at(-1);
  return [
    documentId, claim.section, claim.metric, claim.min ?? '', claim.max ?? '',
    claim.subject.country ?? '', claim.subject.group, origin ? `${origin.country ?? ''}:${origin.kind}` : 'self',
  ].join('|');
}

/** Ordinal > 0 only when one document yields the same key twice (an extractor slip). */
export function claimIdFor(key: string, ordinal: number): string {
  return hashId(ordinal === 0 ? `claim\u0000${key}` : `claim\u0000${key}\u0000${ordinal}`);
}

/** "KP/military"; "-" stands for no country. */
export function subjectKey(country: string | null, group: string): string {
  return `${country ?? '-'}/${group}`;
}
