/**
 * The origin of a claim: the last link of its attribution chain, as a canonical entity when the
 * ledger resolved one, else as country + kind (the contract's notion of "same origin"), else —
 * for a figure given in the outlet's own voice — the outlet itself.
 */
import type { OriginRef, SeriesInput } from './types.ts';

/** Origin of one claim. */
export function originOf(claim: SeriesInput): OriginRef {
  const last = claim.source.at(-1);
  if (!last) return { key: originKeyOf(claim), name: ownVoicePublisher(claim), kind: 'outlet', country: null, attributed: false };
  return { key: originKeyOf(claim), name: last.name, kind: last.kind, country: last.country, attributed: true };
}

/** Just the key of `originOf` (runs for every claim, so it builds nothing else). */
export function originKeyOf(claim: SeriesInput): string {
  if (claim.originId) return claim.originId;
  const last = claim.source.at(-1);
  if (!last) return ownVoiceKey(claim.publications, claim.documentId);
  return last.id ?? `${(last.country ?? '-').toLowerCase()}-${last.kind}`;
}

/** The origin key of a figure in an outlet's own voice, from its document's publications. */
export function ownVoiceKey(publications: SeriesInput['publications'], documentId: string): string {
  return `outlet:${ownVoicePublisher({ publications, documentId }).toLowerCase()}`;
}

/** The outlet that speaks in its own voice: each outlet is its own origin (it vouches for the figure itself). */
function ownVoicePublisher(claim: Pick<SeriesInput, 'publications' | 'documentId'>): string {
  return claim.publications.find((p) => p.publisher)?.publisher ?? `document ${claim.documentId}`;
}

/** "kr-nis (KR intelligence)" / "outlet:reuters (Reuters)": key with what it is. */
export function describeOrigin(origin: OriginRef): string {
  if (!origin.attributed) return `${origin.name} (own voice)`;
  return `${origin.key} (${origin.country ?? 'intl'} ${origin.kind})`;
}
