/**
 * Stage 1, segment: paragraphs and sentences with offsets into the article text; boilerplate
 * paragraphs (pasted link lines, related-story blocks, captions, widgets, copyright, contact
 * lines) marked so that later stages skip them; a leading dateline ("SEOUL:", "KYIV -") cut off
 * the first sentence.
 */
import { BOILERPLATE_PATTERNS, BOILERPLATE_PREFIXES } from './data/boilerplate.ts';
import { bulletEnd, bulletedItem, labelItem, metricWordOf, placeLabelItem, placeTallyItem, tableCells, tableRowItem, type ListItem } from './lists.ts';
import { isSpaceCode } from './tokens.ts';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
  /** Index of the sentence in the document. */
  index: number;
  /** For an item of a figure list: the prose the later stages read in place of `text` (see lists.ts). */
  reading?: string;
}

export interface Paragraph {
  start: number;
  end: number;
  text: string;
  boilerplate: string | null;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'retd', 'rtd', 'cdre', 'hon', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'rep', 'sen', 'gov', 'prof', 'vs', 'no',
  'brig', 'adm', 'cmdr', 'cdr', 'pvt', 'cpl', 'amb', 'lieut', 'supt', 'insp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp',
  'approx', 'est', 'fig', 'e.g', 'i.e', 'etc', 'a.m', 'p.m', 'u.s', 'u.n', 'u.k', 'e.u', 'jr', 'sr', 'mt', 'ft',
]);

/** A live page's time stamp opening a paragraph: "14:32 GMT - ", "9.05am: ", "08:10 | ". Bounded: linear. */
const TIMESTAMP_RE = /^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s(?:[A-Z]{2,4}|local time))?\s?[-–—:|]\s/;
/** A bare 24-hour time opening a log's line before its capitalised text ("15:11 GHF: …"). Anchored, fixed widths: linear. */
const LOG_TIME_RE = /^[0-2]\d:[0-5]\d\s+(?=[A-Z"“'‘])/;
const DATELINE_RE = /^(?:[A-Z][A-Z'.]{1,24}(?:[ /-][A-Z][A-Z'.]{1,24}){0,3}(?:,\s[A-Z][a-z]+\.?(?:\s\d{1,2})?)?\s?(?::|\s[-–—]|\s\([\w ,.]{2,30}\)\s[-–—])|[A-Z][a-z]{2,8}\.?\s\d{1,2}\s\([\w ,.]{2,30}\)\s[-–—])\s/;

/** The dateline that opens a story ("PESHAWAR: ", "MOGADISHU, Feb 11 (Reuters) - "), if any. */
export function leadingDateline(text: string): string | null {
  let a = 0;
  while (a < text.length && isSpaceCode(text.charCodeAt(a))) a++;
  return DATELINE_RE.exec(text.slice(a, a + 80))?.[0] ?? null;
}

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n[ \t]*\n|\r\n[ \t]*\r\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    pushTrimmed(out, text, start, m.index);
    start = m.index + m[0].length;
  }
  pushTrimmed(out, text, start, text.length);
  // A paragraph that is a run of single lines (a pasted list) is split into its lines, so that
  // a "Related" heading and the headlines under it are judged one by one.
  if (!text.includes('\n')) return out;
  const split: Paragraph[] = [];
  for (const p of out) {
    if (p.text.includes('\n')) for (const line of splitLines(p)) split.push(line);
    else split.push(p);
  }
  return split;
}

function pushTrimmed(out: Paragraph[], text: string, s: number, e: number): void {
  let a = s;
  let b = e;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  if (b > a) out.push({ start: a, end: b, text: text.slice(a, b), boilerplate: null });
}

/** Is a paragraph (line) set apart from the next by a blank line, or the last? */
function standsAlone(text: string, p: Paragraph, next: Paragraph | undefined): boolean {
  if (!next) return true;
  let newlines = 0;
  for (let k = p.end; k < next.start; k++) if (text.charCodeAt(k) === 10) newlines++;
  return newlines >= 2;
}

/** Does `text` have more than `max` words (runs of non-space)? Stops counting at max + 1. */
function hasMoreWordsThan(text: string, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord && ++words > max) return true;
    inWord = !space;
  }
  return false;
}

/** A line that is a label, a colon and a figure ("Civilians killed since 1 January: 2,960"). Bounded: linear. */
const LABEL_THEN_FIGURE = /^[A-Za-z][^:\n]{0,100}:\s+(?:about |some |more than |over |at least )?\d/;

function splitLines(p: Paragraph): Paragraph[] {
  const lines: Paragraph[] = [];
  let s = 0;
  for (const line of p.text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const t = line.trim();
    if (t) lines.push({ start: p.start + s + lead, end: p.start + s + lead + t.length, text: t, boilerplate: null });
    s += line.length + 1;
  }
  // Hard-wrapped prose (lines ending mid-sentence) stays one paragraph.
  // Label lines ("- Soldiers killed since 7 October 2023: 807", "Internally displaced people (North Kivu): 1.9 million")
  // are a list, however long: a label, a colon and a figure, bulleted or not.
  const wrapped = lines.filter((l) => !/[.!?:"”’)|]$/.test(l.text)).length > lines.length / 2 && lines.every((l) => l.text.split(' ').length > 6)
    && lines.filter((l) => (bulletEnd(l.text) >= 0 && l.text.includes(': ')) || LABEL_THEN_FIGURE.test(l.text)).length < 2;
  return wrapped ? [p] : lines;
}

/** Why a paragraph is not part of the story, or null when it is. */
// One anchored alternation of literal prefixes, longest first: a single linear test per paragraph.
const PREFIX_RE = new RegExp(`^(?:${[...BOILERPLATE_PREFIXES].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'i');

export function boilerplateReason(text: string, inRelatedBlock: boolean): string | null {
  // Case-insensitive and anchored: one test at the start, no lower-cased copy of every paragraph.
  const m = PREFIX_RE.exec(text);
  if (m) {
    const prefix = m[0];
    if (prefix.length > 5 || text.length === prefix.length || !/[a-z]/.test((text[prefix.length] ?? '').toLowerCase())) return `prefix:${prefix.toLowerCase()}`;
  }
  for (const { pattern, needs } of BOILERPLATE_PATTERNS) {
    if (needs.length > 0 && !needs.some((literal) => text.includes(literal))) continue;
    if (pattern.test(text)) return `pattern:${pattern.source.slice(0, 24)}`;
  }
  // A sentence of a story ends with terminal punctuation (possibly inside quotes); a pasted link,
  // headline, byline or widget does not.
  if ((inRelatedBlock || !endsLikeSentence(text)) && !hasMoreWordsThan(text, 25)) return inRelatedBlock && endsLikeSentence(text) ? 'related block' : 'headline-like line';
  return null;
}

/** Terminal punctuation, possibly inside closing quotes or brackets, at the very end: /[.!?…]["”’)\]]*$/. */
function endsLikeSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isClosingCode(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * The story's sentences one at a time, for a reader that needs each only while it reads it: a
 * document's sentence objects then die young (kept in an array for the whole document, V8 moved
 * them to the old generation and extraction ran slower).
 */
export function storySentences(text: string): Generator<Sentence> {
  return sentencesOf(text, storyParagraphs(text));
}

/** The paragraphs (lines) of a text, each marked boilerplate or not. */
function storyParagraphs(text: string): Paragraph[] {
  const paragraphs = splitParagraphs(text);
  let related = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    p.boilerplate = boilerplateReason(p.text, related);
    // A log's line opens with the time it aired or was posted ("15:11 GAZA HEALTH MINISTRY: 21 KILLED …") and stands
    // alone: a line of the story. A timed line with text straight under it is an entry's heading ("17:40 Sunday - Toll rises to 57").
    if (p.boilerplate === 'headline-like line' && LOG_TIME_RE.test(p.text) && standsAlone(text, p, paragraphs[i + 1])) p.boilerplate = null;
    related = p.boilerplate?.startsWith('prefix:related') || p.boilerplate?.startsWith('prefix:read more') || p.boilerplate?.startsWith('prefix:more from') ? true : related && p.boilerplate !== null;
  }
  return paragraphs;
}

function* sentencesOf(text: string, paragraphs: Paragraph[]): Generator<Sentence> {
  const lists = findListItems(paragraphs);
  let index = 0;
  const firstStory = paragraphs.findIndex((p) => !p.boilerplate);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const listed = lists.get(pi);
    if (listed) {
      const { item, leadIn } = listed;
      const a = p.start + item.start;
      const b = p.start + item.end;
      for (const reading of [item.reading, ...(item.more ?? [])]) {
        yield { start: a, end: b, text: text.slice(a, b), paragraph: pi, index: index++, reading: leadIn ? `${leadIn}: ${reading}` : reading };
      }
      continue;
    }
    if (p.boilerplate) continue;
    const bounds = splitSentences(p.text);
    for (let q = 0; q < bounds.length; q += 2) {
      let a = p.start + bounds[q]!;
      const b = p.start + bounds[q + 1]!;
      if (pi === firstStory && index === 0) {
        const m = DATELINE_RE.exec(text.slice(a, Math.min(b, a + 80)));
        if (m) a += m[0].length;
      }
      if (q === 0 && isDigitCode(text.charCodeAt(a))) {
        const m = TIMESTAMP_RE.exec(text.slice(a, Math.min(b, a + 40))) ?? LOG_TIME_RE.exec(text.slice(a, Math.min(b, a + 40)));
        if (m && m[0].length < b - a) a += m[0].length;
      }
      yield { start: a, end: b, text: text.slice(a, b), paragraph: pi, index: index++, reading: undefined };
    }
  }
}

/**
 * The items of figure lists among the paragraphs (lines), with the lead-in each run of items
 * follows: a line ending in a colon just before the run ("The ministry gave these figures on
 * Monday:"), which is then read as part of the story too. Label lines ("Killed: 1,234") stand on
 * their own; a bulleted line counts only beside another bulleted line, so that one dash-led
 * headline is not taken for a list. Lines in a related-stories block or caught by a boilerplate
 * pattern stay out.
 */
function findListItems(paragraphs: Paragraph[]): Map<number, { item: ListItem; leadIn: string | null }> {
  const items = new Map<number, ListItem>();
  // Bulleted "place: figure" lines, whose metric their lead-in names ("the deaths were reported from: - Buner: 209").
  const placed = new Map<number, NonNullable<ReturnType<typeof placeLabelItem>>>();
  let header: string[] | null = null;
  // Each line read as place tallies once, whether as an item or as a neighbour of one.
  const tallies: Array<ListItem | null | undefined> = [];
  const tallyAt = (j: number): ListItem | null => {
    let t = tallies[j];
    if (t === undefined) tallies[j] = t = placeTallyItem(paragraphs[j]!.text);
    return t;
  };
  const tallyLine = (j: number): boolean => j >= 0 && j < paragraphs.length && paragraphs[j]!.boilerplate === 'headline-like line' && tallyAt(j) !== null;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    // A pipe table: its first row names the columns, each later row gives a figure per column.
    const cells = tableCells(p.text);
    if (!cells) header = null;
    else if (header === null) { header = cells; continue; }
    else {
      const row = tableRowItem(p.text, header);
      if (row) items.set(i, row);
      continue;
    }
    if (p.boilerplate !== null && p.boilerplate !== 'headline-like line') continue;
    // Of the story's paragraphs only a bulleted one of a single sentence can be an item (most are neither).
    if (p.boilerplate === null && (!isBulleted(p) || splitSentences(p.text).length > 2)) continue;
    const label = labelItem(p.text);
    const place = label ? null : placeLabelItem(p.text);
    if (place) { placed.set(i, place); continue; }
    const item = label ?? (isBulleted(paragraphs[i - 1]) || isBulleted(paragraphs[i + 1]) ? bulletedItem(p.text) : null);
    if (item) { items.set(i, item); continue; }
    // "Ratnapura: 7 dead, 3 missing, 8,940 in safety centres": a place's tallies, one of a run of such lines (or bulleted).
    const tally = tallyAt(i);
    if (tally && (isBulleted(p) || tallyLine(i - 1) || tallyLine(i + 1))) items.set(i, tally);
  }
  const out = new Map<number, { item: ListItem; leadIn: string | null }>();
  let leadIn: string | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    let item = items.get(i);
    const place = placed.get(i);
    if (!item && !place) continue;
    if (!items.has(i - 1) && !placed.has(i - 1)) {
      // A table's lead-in stands before its header (and any rule) rows.
      let j = i - 1;
      while (j >= 0 && tableCells(paragraphs[j]!.text) !== null) j--;
      leadIn = leadInBefore(paragraphs[j]);
    }
    if (!item && place) {
      const metric = leadIn ? metricWordOf(leadIn) : null;
      if (!metric) continue;
      item = { start: place.start, end: place.end, reading: `${place.figure} ${metric} in ${place.label}` };
    }
    out.set(i, { item: item!, leadIn });
  }
  return out;
}

function isBulleted(p: Paragraph | undefined): boolean {
  return p !== undefined && bulletEnd(p.text) >= 0;
}

/** The last sentence of a paragraph that ends with a colon, without it; null otherwise. Marks it as part of the story. */
function leadInBefore(p: Paragraph | undefined): string | null {
  if (!p || (p.boilerplate !== null && p.boilerplate !== 'headline-like line')) return null;
  // A box's heading that cites where its figures come from: "STORM IN NUMBERS (NDRRMC, as of 8 a.m., Oct. 28)",
  // "Key figures (Source: OCHA)". Its items are that source's figures.
  if (!p.text.endsWith(':')) {
    const cited = p.text.length <= 160 ? BOX_CITATION.exec(p.text) : null;
    if (cited) return `According to ${cited[1]!.trim()}`;
    // "Figures published by the IDF Spokesperson's Unit on Tuesday morning, with our notes below.": whose figures follow.
    const given = p.text.length <= 300 ? FIGURES_GIVEN_BY.exec(p.text) : null;
    return given ? `According to ${given[1]!.trim()}${given[2] ? `, ${given[2]}` : ''}` : null;
  }
  p.boilerplate = null;
  const bounds = splitSentences(p.text);
  const last = bounds.length >= 2 ? p.text.slice(bounds[bounds.length - 2]!, bounds[bounds.length - 1]!) : p.text;
  // A lead-in that opens the story carries its dateline: "ADDIS ABABA, July 1 (Reuters) - The ministry said:".
  const dateline = DATELINE_RE.exec(last.slice(0, 80));
  return (dateline ? last.slice(dateline[0].length) : last).replace(/\s*:$/, '');
}

/**
 * A heading's closing bracket that opens with a source: a capitalised name or acronym of up to six words (no
 * figures), after an optional "Source:", then a comma or the bracket's end. Bounded parts: linear.
 */
/** "Figures published by X on Tuesday", "Data released by X": a list's heading that says whose figures follow. Bounded. */
const FIGURES_GIVEN_BY = /^(?:the )?(?:latest |new |official |daily |weekly )?(?:figures|data|numbers|statistics|tallies|casualty figures|key figures)\s+(?:as\s+)?(?:published|released|issued|provided|compiled|given|reported)\s+by\s+((?:the\s+)?[A-Z][^,.;:()]{1,80}?)(?:\s+(on\s+[A-Z][a-z]+(?:\s+\d{1,2})?)[^,.;:()]{0,40})?(?=[,.;:]|$)/i;
const BOX_CITATION = /\((?:[Ss]ources?:\s*)?([A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,5}?)\s*(?:,[^()]{0,80})?\)\s*$/;

/**
 * Sentence boundaries within one paragraph, flat: start, end, start, end, … (no pair arrays for a
 * pass that runs over every paragraph). Linear scan.
 */
export function splitSentences(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let start = 0;
  const stops = new SentenceStops(text);
  for (let i = stops.next(0); i < n; i = stops.next(i + 1)) {
    let j = i + 1;
    while (j < n && isClosingCode(text.charCodeAt(j))) j++;
    // "… in Poonch district.[15] The Indian Army said": reference marks after the stop belong to the sentence.
    while (j < n && text.charCodeAt(j) === 91) {
      let q = j + 1;
      while (q < n && q < j + 5 && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
      if (q === j + 1 || text.charCodeAt(q) !== 93) break;
      j = q + 1;
    }
    if (j >= n) break;
    if (!isSpaceCode(text.charCodeAt(j))) continue;
    let k = j;
    while (k < n && isSpaceCode(text.charCodeAt(k))) k++;
    const next = text[k] ?? '';
    if (!/[A-Z0-9"“‘(]/.test(next)) continue;
    if (text.charCodeAt(i) === 46 /* . */) {
      // "U.S. officials", "Aug. 6", "Mr. Lee": a dot after an abbreviation ends no sentence,
      // unless what follows is clearly a new sentence start after a lower-case abbreviation.
      let w = i - 1;
      while (w >= 0 && (isWordOrDotCode(text.charCodeAt(w)) || isLetterPastAscii(text, w))) w--;
      const word = text.slice(w + 1, i).toLowerCase();
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^(?:[a-z]\.)+[a-z]$/.test(word)) {
        const isMonth = /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/.test(word);
        if (isMonth) {
          // A month's abbreviation runs on into its day ("Aug. 6"); before a capital it ends a sentence or is a name ("Good morning, Jun. Based on …").
          if (/[0-9]/.test(next)) continue;
        } else {
          if (!/^(?:u\.s|u\.n|u\.k|e\.u)$/.test(word) || /^[a-z]/.test(next)) continue;
          // "U.S." at a sentence end followed by a capital: ambiguous; treat as no boundary when the
          // next word is a noun-like capitalised word that commonly follows ("U.S. officials").
          if (/^(?:[A-Z][a-z]+)\s/.test(text.slice(k, k + 20)) && !/^(?:The|A|An|In|On|It|He|She|They|But|And)\s/.test(text.slice(k, k + 6))) continue;
        }
      }
    }
    if (j > start) out.push(start, j);
    start = k;
    i = k - 1;
  }
  if (start < n) {
    const end = text.trimEnd().length;
    if (end > start) out.push(start, end);
  }
  return out;
}

/**
 * The next '.', '!' or '?' at or after a position, or the text's length: three indexOf searches
 * (much faster than a loop over char codes, above all on a sliced string), each redone only when
 * passed.
 */
class SentenceStops {
  private dot = -1;
  private bang = -1;
  private question = -1;
  constructor(private readonly text: string) {}

  next(from: number): number {
    const t = this.text;
    if (this.dot < from && this.dot !== t.length) this.dot = SentenceStops.find(t, '.', from);
    if (this.bang < from && this.bang !== t.length) this.bang = SentenceStops.find(t, '!', from);
    if (this.question < from && this.question !== t.length) this.question = SentenceStops.find(t, '?', from);
    return Math.min(this.dot, this.bang, this.question);
  }

  private static find(t: string, c: string, from: number): number {
    const i = t.indexOf(c, from);
    return i < 0 ? t.length : i;
  }
}

/** Closing quotes and brackets that may follow a sentence's final stop: " ” ’ ) ]. */
function isClosingCode(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter past ASCII ("ñ" in "Ocaña"): the word it is in is no one-letter abbreviation. */
function isLetterPastAscii(text: string, i: number): boolean {
  return text.charCodeAt(i) > 127 && /\p{L}/u.test(text[i]!);
}

/** [A-Za-z.] by char code. */
function isWordOrDotCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}
