/**
 * The publisher / date line a copy from a news page carries under its title:
 *   "Reuters Published 30 Apr, 2025 12:36pm", "By Jane Doe, Reuters", "AP — March 3, 2025",
 *   "Updated March 3, 2025 4:10 PM GMT", "Published 2025-03-03", "Jane Doe | Reuters | 3 March 2025".
 * The date is found by chrono-node; what is left must be a few name-like pieces (outlet,
 * author), otherwise the line is a sentence of the story that happens to hold a date.
 */
import { findDates } from './dates.ts';

/** What a header line states. Absent fields were not on the line. */
export interface HeaderFields {
  publisher?: string;
  published?: string;
  author?: string;
}

const MAX_HEADER_LINE = 160;
const MAX_PIECE_WORDS = 5;

// Words that frame a date on such lines; they are neither outlet nor author.
const DATE_WORDS =
  /\b(?:first published|last updated|last modified|published|updated|posted|modified|date|on|at)\b:?/gi;

// Pieces that sit on header lines but name nothing: reading time, buttons, time zones.
const IGNORED_PIECE =
  /^(?:\d{1,3}\s*min(?:ute)?s?(?:\s+read)?|\d{1,3} (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago|share|listen|save|print|comments?|gmt|utc|bst|est|edt|cst|cdt|pst|pdt|ist|cet|cest|eet|jst|kst|aest|aedt|msk|eat|wat|cat|sast|\(?(?:gmt|utc)\s?[+-]\s?\d{1,2}(?::?\d{2})?\)?)$/i;

/** Section labels that share a line with the date but are not outlets. */
export const SECTION_LABELS = new Set(
  [
    'world', 'news', 'politics', 'asia', 'asia pacific', 'asia-pacific', 'europe', 'middle east', 'africa',
    'americas', 'business', 'opinion', 'analysis', 'live', 'breaking', 'breaking news', 'latest', 'national',
    'international', 'us', 'uk', 'conflict', 'war', 'features', 'explainer', 'exclusive', 'top stories',
  ].map((s) => s.toLowerCase()),
);

// Lower-case words a name may hold ("Jane Doe and John Roe", "Voice of America", "Reuters staff").
const NAME_JOINERS = new Set([
  'and', 'of', 'the', 'for', 'de', 'del', 'da', 'al', 'el', 'la', 'le', 'von', 'van', 'bin', 'in',
  'staff', 'news', 'desk', 'newsroom', 'reporter', 'reporters', 'correspondent', 'correspondents', 'writer', 'writers',
]);
const STAFF_SUFFIX = /\s+(?:staff(?:\s+writers?)?|newsroom|news desk|desk|reporters?|correspondents?)$/i;

function isNameLike(piece: string): boolean {
  if (piece.length > 60) return false;
  const words = piece.split(/\s+/);
  if (words.length > MAX_PIECE_WORDS) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(piece)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_JOINERS.has(w.toLowerCase()) || w === '&');
}

function splitPieces(residual: string): string[] {
  return residual
    .replace(/(^|\s)[-–—]+(?=\s|$)/g, ' | ')
    .split(/[|·•,;]/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '' && !IGNORED_PIECE.test(p));
}

/**
 * Parse one line as a publisher/date/byline header; null when it is not one.
 *
 * @example parseHeaderLine('Reuters Published 30 Apr, 2025 12:36pm')
 *   // → { publisher: 'Reuters', published: '2025-04-30T12:36:00' }
 */
export function parseHeaderLine(line: string, reference?: Date): HeaderFields | null {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > MAX_HEADER_LINE) return null;
  const byline = /^by\s+/i.exec(trimmed);
  const dates = findDates(trimmed, reference);
  const date = dates[0];
  if (!byline && !date) return null;

  // Every date leaves the line ("Published … | Updated …"); the first is the publication.
  let residual = trimmed;
  for (const d of [...dates].reverse()) residual = `${residual.slice(0, d.index)} | ${residual.slice(d.index + d.text.length)}`;
  if (byline) residual = residual.slice(byline[0].length);
  residual = residual.replace(DATE_WORDS, ' ');
  const pieces = splitPieces(residual).filter((p) => !SECTION_LABELS.has(p.toLowerCase()));
  if (!pieces.every(isNameLike)) return null;
  if (pieces.length > 3) return null;

  const fields: HeaderFields = {};
  if (date) fields.published = date.iso;
  if (byline) {
    const [author, ...rest] = pieces;
    if (author === undefined) return null;
    fields.author = author.replace(/\s+in\s+\p{Lu}.*$/u, '');
    const last = rest.at(-1);
    if (last !== undefined) fields.publisher = last;
    else if (STAFF_SUFFIX.test(author)) fields.publisher = author.replace(STAFF_SUFFIX, '');
  } else if (pieces.length > 0) {
    const last = pieces.at(-1) ?? '';
    fields.publisher = STAFF_SUFFIX.test(last) ? last.replace(STAFF_SUFFIX, '') : last;
    if (pieces.length > 1) fields.author = pieces[0];
  }
  return fields;
}
