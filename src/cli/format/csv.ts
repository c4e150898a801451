/**
 * Claims as CSV (RFC 4180): one row per claim, nested fields flattened. Source links are
 * joined with " | " per column, in chain order, so names, kinds and countries line up.
 */
import type { Claim } from '../../core/claim.ts';

/** The header row, in column order. */
export const CSV_COLUMNS = [
  'id', 'metric', 'min', 'max', 'approximate', 'subject_text', 'subject_country', 'subject_group',
  'source_names', 'source_kinds', 'source_countries', 'origin_kind', 'origin_country', 'asOf', 'hedged',
  'location', 'section', 'rule', 'evidence_start', 'evidence_end', 'evidence_text',
] as const;

/** What a cell can hold; null is an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

const LINK_SEPARATOR = ' | ';

/** Quote a field when it holds a comma, quote, CR or LF (RFC 4180 §2.6-2.7). */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The row of one claim of the document `id`, in CSV_COLUMNS order. */
export function claimCsvRow(id: string | null, claim: Claim): CsvValue[] {
  const origin = claim.source.at(-1);
  return [
    id,
    claim.metric,
    claim.min,
    claim.max,
    claim.approximate,
    claim.subject.text,
    claim.subject.country,
    claim.subject.group,
    claim.source.map((s) => s.name).join(LINK_SEPARATOR),
    claim.source.map((s) => s.kind).join(LINK_SEPARATOR),
    claim.source.map((s) => s.country ?? '').join(LINK_SEPARATOR),
    origin?.kind ?? null,
    origin?.country ?? null,
    claim.asOf,
    claim.hedged,
    claim.location,
    claim.section,
    claim.rule,
    claim.evidence.start,
    claim.evidence.end,
    claim.evidence.text,
  ];
}
