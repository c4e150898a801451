/**
 * Figure lists (part of stage 1, segment). Situation reports and live pages set figures out as
 * lines, not prose: "Killed: 1,234", "Displaced: more than 20,000 people", or bulleted items
 * ("- 52 people killed in the past week") under a lead-in that says whose figures they are ("The
 * health ministry gave the following figures on 12 March:"). Without this they would be dropped as
 * headline-like lines. Each item gets a reading, prose the later stages already understand —
 * "<lead-in>: 1,234 killed" — while its evidence stays the line as written.
 */
import { CUE_NOUNS, CUES_AFTER } from './data/metrics.ts';
import { BULLET_MARKS, LABEL_WORDS_DROPPED } from './data/lists.ts';
import { countryAt } from './countries.ts';
import { findFigures } from './figures.ts';
import { tokenize } from './tokens.ts';

export interface ListItem {
  /** Offsets of the item in its line, the bullet mark left out. */
  start: number;
  end: number;
  /** The item as a sentence: a label line turned round ("1,234 killed"), a bulleted item as it is. */
  reading: string;
  /** More sentences the same line states (a table row: one per column). */
  more?: string[];
}

/** Single words that name what happened to the people counted, as a label's last word. */
const LABEL_METRIC_WORDS: ReadonlySet<string> = new Set(
  [...Object.keys(CUES_AFTER), ...Object.keys(CUE_NOUNS)].filter((k) => !k.includes(' ')),
);
/** Phrases of several words that say what happened to the people counted, as a label's end ("Inside evacuation centres"). */
const LABEL_METRIC_PHRASES: readonly string[] = [...Object.keys(CUES_AFTER), ...Object.keys(CUE_NOUNS)].filter((k) => k.includes(' '));
const BULLETS: ReadonlySet<string> = new Set(BULLET_MARKS);
/** Lines longer than this are prose, not list items (and the patterns below never see more). */
const MAX_ITEM = 200;
// Bounded label (at most 60 characters) and value: linear on any line.
// A bracketed note may close the label: "Internally displaced people (North Kivu): 1.9 million".
const LABEL_LINE = /^([A-Za-z][A-Za-z0-9'’. -]{0,60}?)(?:\s*\(([^()\n]{1,60})\))?\s*:\s+(\S.{0,150})$/;

/** The figures of a stretch of text, as the figure stage reads them (bounds included: "more than 20,000"). */
function figuresIn(text: string) {
  return findFigures(tokenize(text));
}

/** Does the line open with a bullet mark and white space? Returns the offset of its first word, or -1. */
export function bulletEnd(line: string): number {
  if (line.length < 3 || !BULLETS.has(line[0]!)) return -1;
  let i = 1;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '\u00a0')) i++;
  return i > 1 && i < line.length ? i : -1;
}

/** A line (after an optional bullet) read as "label: value": where its text starts, the label and the value; null if it is none. */
function labelLine(line: string): { start: number; label: string; note: string | null; value: string } | null {
  const open = bulletEnd(line);
  const start = open < 0 ? 0 : open;
  const body = line.slice(start);
  if (body.length > MAX_ITEM) return null;
  const m = LABEL_LINE.exec(body);
  return m ? { start, label: m[1]!.trim(), note: m[2]?.trim() ?? null, value: m[3]!.trim() } : null;
}

/** "Killed: 1,234" → "1,234 killed"; null when the line is not a label of a metric followed by a figure. */
export function labelItem(line: string): ListItem | null {
  const read = labelLine(line);
  if (!read) return null;
  const { start } = read;
  let label = read.label;
  const value = read.value;
  const words = label.toLowerCase().split(/\s+/);
  const lower = label.toLowerCase();
  if (!(LABEL_METRIC_WORDS.has(words[words.length - 1]!) || LABEL_METRIC_PHRASES.some((p) => lower.endsWith(p)) || qualifiedMetric(words)) || figuresIn(value)[0]?.start !== 0) return null;
  for (const dropped of LABEL_WORDS_DROPPED) {
    if (label.toLowerCase().startsWith(`${dropped} `)) { label = label.slice(dropped.length + 1).trim(); break; }
  }
  // A capital that only opens the line is not a name ("Killed", "Children killed"); a country's is ("Palestinians killed").
  if (!countryAt(tokenize(label), 0)) label = label[0]!.toLowerCase() + label.slice(1);
  // What follows in brackets qualifies the figure; the reading keeps the figure and the label together.
  const paren = value.indexOf(' (');
  const figure = paren > 0 ? value.slice(0, paren) : value;
  return { start, end: line.length, reading: `${figure.replace(/[.;,]+$/, '')} ${label}${noteReading(read.note)}` };
}

/**
 * A label's bracketed note as words after the reading: whose figure it is ("(reported to the Protection Cluster)" →
 * ", according to the Protection Cluster") or where ("(North Kivu)" → " in North Kivu"); nothing for any other note.
 */
function noteReading(note: string | null): string {
  if (!note) return '';
  const cited = /^(?:reported to|reported by|according to|source:?|per)\s+(\S.*)$/i.exec(note);
  if (cited) return `, according to ${cited[1]}`;
  return /^[A-Z][\p{L}'’. -]*$/u.test(note) ? ` in ${note}` : '';
}

/**
 * "Soldiers killed since 7 October 2023", "Soldiers wounded in the Gaza ground operation": a metric word followed by
 * a phrase that says when or where (a preposition opens it).
 */
function qualifiedMetric(words: readonly string[]): boolean {
  for (let k = 0; k + 1 < words.length; k++) if (LABEL_METRIC_WORDS.has(words[k]!) && LABEL_QUALIFIERS.has(words[k + 1]!)) return true;
  return false;
}
const LABEL_QUALIFIERS: ReadonlySet<string> = new Set(['since', 'in', 'on', 'during', 'at', 'from', 'across', 'near', 'over', 'between', 'to']);

/** "- 52 people killed in the past week": a bulleted item that holds a figure, read as it is written. */
export function bulletedItem(line: string): ListItem | null {
  const open = bulletEnd(line);
  if (open < 0 || line.length - open > MAX_ITEM) return null;
  const body = line.slice(open);
  if (body.endsWith('?') || figuresIn(body).length === 0) return null;
  return { start: open, end: line.length, reading: body };
}

/** "- Buner: 209": a bulleted place (or group) and a bare figure, the metric left to the lead-in. */
export function placeLabelItem(line: string): { start: number; end: number; label: string; figure: string } | null {
  const open = bulletEnd(line);
  if (open < 0 || line.length - open > MAX_ITEM) return null;
  const read = labelLine(line);
  if (!read || read.note) return null;
  const label = read.label;
  const value = read.value.replace(/[.;,]+$/, '');
  const figures = figuresIn(value);
  if (figures.length !== 1 || figures[0]!.start !== 0 || figures[0]!.end !== tokenize(value).length) return null;
  return { start: open, end: line.length, label, figure: value };
}

/**
 * "Ratnapura: 7 dead, 3 missing, 8,940 in safety centres": a place (or group) and its tallies, each a figure with the
 * words that say what it counts. One reading per tally, the place after it ("7 dead in Ratnapura"); null unless every
 * tally names its metric.
 */
export function placeTallyItem(line: string): ListItem | null {
  const read = labelLine(line);
  if (!read) return null;
  const { start, label } = read;
  // A place's name: capitalised words, at most four, no figure.
  if (!/^[A-Z]/.test(label) || /\d/.test(label) || label.split(/\s+/).length > 4) return null;
  const readings: string[] = [];
  for (const part of read.value.replace(/[.;]+$/, '').split(/\s*;\s*|,\s+/)) {
    const tokens = tokenize(part);
    const figures = findFigures(tokens);
    if (figures.length !== 1 || figures[0]!.start !== 0 || tokens.length - figures[0]!.end > 3) return null;
    const rest = part.slice(tokens[figures[0]!.end]?.start ?? part.length).toLowerCase();
    const words = rest.split(/\s+/);
    if (!(words.some((w) => LABEL_METRIC_WORDS.has(w)) || LABEL_METRIC_PHRASES.some((p) => rest.includes(p)))) return null;
    readings.push(`${part} in ${label}`);
  }
  if (readings.length === 0) return null;
  return { start, end: line.length, reading: readings[0]!, more: readings.slice(1) };
}

/** The metric word a lead-in names last ("the deaths were reported from the following districts"). */
export function metricWordOf(leadIn: string): string | null {
  let found: string | null = null;
  for (const t of tokenize(leadIn)) if (LABEL_METRIC_WORDS.has(t.norm)) found = t.norm;
  return found;
}

/** The cells of a pipe-table line ("| Bago | 14 | 3 | 21,400 |"), or null. */
export function tableCells(line: string): string[] | null {
  if (line.length < 5 || line.length > 400 || line[0] !== '|' || line[line.length - 1] !== '|') return null;
  return line.slice(1, -1).split('|').map((c) => c.trim());
}

/**
 * A data row under a header row of metric words: "| Bago | 14 | 3 | 21,400 |" under
 * "| State/Region | Deaths | Missing | Displaced |" reads "14 deaths in Bago", "3 missing in Bago",
 * "21,400 displaced in Bago" (a zero states nothing).
 */
export function tableRowItem(line: string, header: readonly string[]): ListItem | null {
  const cells = tableCells(line);
  if (!cells || cells.length !== header.length || cells.length < 2) return null;
  const label = cells[0]!;
  if (label === '' || /^[-:\s]+$/.test(cells.join(''))) return null;
  const readings: string[] = [];
  for (let j = 1; j < cells.length; j++) {
    const words = header[j]!.toLowerCase().split(/\s+/);
    if (!LABEL_METRIC_WORDS.has(words[words.length - 1]!)) continue;
    const value = cells[j]!;
    const figures = figuresIn(value);
    if (figures.length === 0 || figures[0]!.start !== 0 || figures[0]!.value === 0) continue;
    readings.push(`${value} ${header[j]!.toLowerCase()} in ${label}`);
  }
  if (readings.length === 0) return null;
  return { start: 0, end: line.length, reading: readings[0]!, more: readings.slice(1) };
}
