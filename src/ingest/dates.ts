/**
 * Dates found in article headers, meta tags and feeds, turned into the ISO 8601 strings the
 * article record carries. Only what the text states is written out: a date with no time stays a
 * date, a time with no zone stays local ("2025-04-30T12:36:00"), a stated zone keeps its offset
 * (so the publication DAY the extractor anchors relative dates on is the one the outlet printed).
 */
// The English locale only: the package root loads every locale, ~1.4 s more at each CLI start.
import * as chrono from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

// chrono's tags for "2 hours ago", "yesterday", "today": it marks their day certain, but they are no date of record.
const RELATIVE_TAG = /relative|casual/i;

/** A date found in a piece of text: where it is, and its ISO form. */
export interface FoundDate {
  iso: string;
  /** Offset and length of the matched text in the input, so callers can see what is left. */
  index: number;
  text: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function componentsToIso(c: ParsedComponents): string {
  const date = `${pad(c.get('year') ?? 0, 4)}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
  if (!c.isCertain('hour')) return date;
  const time = `${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}:${pad(c.get('second') ?? 0)}`;
  const zone = c.isCertain('timezoneOffset') ? offsetText(c.get('timezoneOffset') ?? 0) : '';
  return `${date}T${time}${zone}`;
}

/**
 * The calendar dates stated in `text` (a day of a month, with or without year and time), in
 * order. Relative expressions ("2 hours ago", "yesterday") are not dates of record and are
 * skipped. `reference` fills in a missing year.
 */
export function findDates(text: string, reference: Date = new Date()): FoundDate[] {
  const found: FoundDate[] = [];
  for (const result of chrono.parse(text, reference)) {
    const c = result.start;
    if ([...result.tags()].some((tag) => RELATIVE_TAG.test(tag))) continue;
    if (!c.isCertain('day') || !c.isCertain('month')) continue;
    const matched = result.text.replace(/[\s,]+$/, '');
    found.push({ iso: componentsToIso(c), index: result.index, text: matched });
  }
  return found;
}

/** The first calendar date stated in `text`, or null (see findDates). */
export function findDate(text: string, reference: Date = new Date()): FoundDate | null {
  return findDates(text, reference)[0] ?? null;
}

const MAX_DATE_FIELD = 200;

/**
 * Normalise a date from metadata (ISO already, RFC 822 from feeds, or prose) to ISO 8601;
 * null when nothing in it is a date.
 */
export function normalizeDate(value: string | null | undefined, reference?: Date): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  // A date field longer than this is not a date; chrono need not scan a hostile megabyte.
  if (trimmed === '' || trimmed.length > MAX_DATE_FIELD) return null;
  if (ISO_DATE.test(trimmed)) return trimmed.replace(' ', 'T');
  return findDate(trimmed, reference)?.iso ?? null;
}
