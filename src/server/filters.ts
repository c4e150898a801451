/** Query parameters of /claims and /export as the ledger's ClaimFilter. */
import type { z } from 'zod';
import type { ClaimFilter } from '../ledger/types.ts';
import type { ClaimFilterQuerySchema } from './api-schemas.ts';

export function toClaimFilter(query: z.output<typeof ClaimFilterQuerySchema>): ClaimFilter {
  const filter: ClaimFilter = {};
  if (query.subject !== undefined) filter.subject = query.subject;
  // "-" asks for claims whose subject has no country.
  if (query.country !== undefined) filter.country = query.country === '-' ? null : query.country.toUpperCase();
  if (query.group !== undefined) filter.group = query.group;
  if (query.metric !== undefined) filter.metric = query.metric;
  if (query.source !== undefined) filter.source = query.source;
  if (query.origin !== undefined) filter.origin = query.origin;
  if (query.since !== undefined) filter.since = query.since;
  if (query.until !== undefined) filter.until = query.until;
  if (query.text !== undefined && query.text.trim() !== '') filter.text = query.text.trim();
  if (query.hedged !== undefined) filter.hedged = query.hedged;
  if (query.section !== undefined) filter.section = query.section;
  if (query.status !== undefined) filter.status = query.status as ClaimFilter['status'];
  if (query.documentId !== undefined) filter.documentId = query.documentId;
  if (query.includeSuperseded !== undefined) filter.includeSuperseded = query.includeSuperseded;
  return filter;
}
