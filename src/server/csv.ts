/**
 * Claims as CSV rows (RFC 4180). Article text is hostile input: a cell that starts with = + - @
 * would run as a formula in a spreadsheet, so such cells get a leading apostrophe.
 */
import type { StoredClaim } from '../ledger/types.ts';

export const CLAIM_CSV_COLUMNS = [
  'id', 'metric', 'min', 'max', 'approximate', 'subject', 'country', 'group', 'source', 'origin',
  'asOf', 'hedged', 'location', 'section', 'status', 'publisher', 'published', 'url', 'evidence', 'documentId',
] as const;

export const CLAIM_CSV_HEADER = CLAIM_CSV_COLUMNS.join(',');

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function claimCsvRow(claim: StoredClaim): string {
  const first = claim.publications[0];
  const cells: Record<(typeof CLAIM_CSV_COLUMNS)[number], string | number | boolean | null | undefined> = {
    id: claim.id,
    metric: claim.metric,
    min: claim.min,
    max: claim.max,
    approximate: claim.approximate,
    subject: claim.subject.text,
    country: claim.subject.country,
    group: claim.subject.group,
    source: claim.source.map((link) => link.name).join(' > '),
    origin: claim.originId,
    asOf: claim.asOf,
    hedged: claim.hedged,
    location: claim.location,
    section: claim.section,
    status: claim.status,
    publisher: first?.publisher,
    published: first?.published,
    url: first?.url,
    evidence: claim.evidence.text,
    documentId: claim.documentId,
  };
  return CLAIM_CSV_COLUMNS.map((column) => csvCell(cells[column])).join(',');
}
