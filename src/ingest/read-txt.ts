/**
 * An article pasted as a person copies it from a news site: chrome, title, a publisher/date
 * line, the story, more chrome. Finds the title, parses the header lines, trims the chrome at
 * both edges and lays the body out as paragraphs separated by blank lines.
 */
import type { Article } from '../core/article.ts';
import { InputError } from '../core/errors.ts';
import { ENDS_CLAUSE, joinParagraphs, linesToParagraphs, normalizeNewlines } from './paragraphs.ts';
import { isBodyLike, isLeadingChrome, isNavLine, isShortLabel, isTrailingBlockHeading, isTrailingChrome } from './txt-chrome.ts';
import { parseHeaderLine, SECTION_LABELS } from './txt-header.ts';
import type { HeaderFields } from './txt-header.ts';
import type { Origin } from './types.ts';
import { stripTitleSuffix } from './title.ts';

// How many non-blank lines above the first paragraph are searched for the title and header.
const HEAD_LINES = 60;
// How far below a standfirst its byline, date and buttons are looked for (non-blank lines).
const HEADER_ZONE_LINES = 8;
// A headline has at least this many words (site names and menu entries have fewer).
const MIN_TITLE_WORDS = 3;
// A line this long that continues in lower case on the next is hard-wrapped prose.
const MIN_WRAPPED_WORDS = 6;
// A line between title and story this long is a standfirst, kept; shorter ones are chrome.
const MIN_STANDFIRST_WORDS = 8;
const MAX_TITLE_CHARS = 250;
const MAX_TITLE_WORDS = 30;

// Buttons and credits between headline and story that run longer than a short label.
const HEADER_WIDGET =
  /^(?:image|photo|file photo|video|illustration|click (?:here )?to share|share (?:this|on|via)\b|listen to (?:this )?(?:article|story)|\d{1,3} min(?:ute)?s? (?:read|listen)|(?:published|updated|posted) \d{1,3} (?:seconds?|minutes?|hours?|days?) ago)/i;

/** A line of header chrome between title and story: "5 min read", "Share", "World", nav. */
function isHeaderChrome(line: string): boolean {
  return isShortLabel(line, 4) || isNavLine(line) || HEADER_WIDGET.test(line.trim());
}

function isTitleLike(line: string): boolean {
  const t = line.trim();
  return t.length <= MAX_TITLE_CHARS && t.split(/\s+/).length <= MAX_TITLE_WORDS && !/[.:]$/.test(t);
}

function isNameLabel(line: string): boolean {
  const t = line.trim();
  return /^\p{Lu}/u.test(t) && isShortLabel(t, 4) && !SECTION_LABELS.has(t.toLowerCase());
}

/** Merge header fields: what was found first wins. */
function merge(into: HeaderFields, from: HeaderFields): void {
  into.publisher ??= from.publisher;
  into.published ??= from.published;
  into.author ??= from.author;
}

/** How a paste divides: the title line, the header fields found, the lines of the story. */
export interface Layout {
  title: string | null;
  header: HeaderFields;
  /** Indexes of lines that are the story. */
  body: number[];
}

function nextNonBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  return i;
}

/** Split pasted lines into title, header fields and story lines. */
export function layoutPastedText(lines: readonly string[], reference?: Date): Layout {
  const line = (i: number): string => (lines[i] ?? '').trim();
  const end = lines.length - 1;
  const headers = new Map<number, HeaderFields | null>();
  const headerOf = (k: number): HeaderFields | null => {
    if (!headers.has(k)) headers.set(k, parseHeaderLine(line(k), reference));
    return headers.get(k) ?? null;
  };
  const words = (k: number): number => line(k).split(/\s+/).length;
  // Prose: a sentence, the first line of a hard-wrapped one (the next line goes on in lower case), or
  // a sentence that introduces a list ("The ministry gave the following figures on Monday:").
  const startsProse = (k: number): boolean =>
    isBodyLike(line(k)) || (words(k) >= MIN_WRAPPED_WORDS && !ENDS_CLAUSE.test(line(k)) && /^[a-z]/.test(line(k + 1))) ||
    (words(k) >= MIN_WRAPPED_WORDS && line(k).endsWith(':'));

  // The head: the lines above the first paragraph of prose (the story, or its standfirst).
  const head: number[] = [];
  let prose = end + 1;
  let proseFound = false;
  for (let k = nextNonBlank(lines, 0); k <= end; k = nextNonBlank(lines, k + 1)) {
    if (headerOf(k) === null && !isLeadingChrome(line(k)) && startsProse(k)) proseFound = true;
    if (proseFound || head.length === HEAD_LINES) {
      prose = k;
      break;
    }
    head.push(k);
  }

  // The title: the longest headline-like line of the head (site names and menus above it are
  // shorter); failing that, a first "prose" line that reads as a headline (one asking a question).
  // With no prose at all, the first such line; with no prose within the window, no title is guessed.
  const windowExhausted = !proseFound && head.length === HEAD_LINES;
  let title = -1;
  for (const k of windowExhausted ? [] : head) {
    if (headerOf(k) !== null || isLeadingChrome(line(k)) || !isTitleLike(line(k)) || words(k) < MIN_TITLE_WORDS) continue;
    if (title === -1 || (proseFound && words(k) > words(title))) title = k;
  }
  if (title === -1 && !windowExhausted && prose <= end && isTitleLike(line(prose)) && nextNonBlank(lines, prose + 1) <= end) {
    title = prose;
    prose = nextNonBlank(lines, prose + 1);
    while (prose <= end && headerOf(prose) !== null) prose = nextNonBlank(lines, prose + 1);
    for (let k = nextNonBlank(lines, title + 1); k < prose; k = nextNonBlank(lines, k + 1)) head.push(k);
  }

  // Head lines: headers parsed (those under the title win), chrome dropped, a standfirst kept.
  const header: HeaderFields = {};
  const aboveTitle: HeaderFields = {};
  const body: number[] = [];
  let pendingName: string | null = null;
  for (const k of head) {
    const fields = headerOf(k);
    if (k < title) {
      if (fields) merge(aboveTitle, fields);
      continue;
    }
    if (k === title) continue;
    if (fields) {
      if (pendingName !== null && fields.publisher === undefined && fields.published !== undefined) fields.publisher = pendingName;
      merge(header, fields);
      pendingName = null;
    } else if (isHeaderChrome(line(k)) || isLeadingChrome(line(k))) {
      pendingName = isNameLabel(line(k)) ? line(k) : null;
    } else if (words(k) >= MIN_STANDFIRST_WORDS || !proseFound) {
      // With no sentence anywhere (a list, a paste without punctuation) every such line is story.
      body.push(k);
    }
  }

  // Under a standfirst come the byline and date more often than not; take them, and the share
  // buttons between them, off the top of the story.
  // Not under a line that introduces a list ("… the following figures:"): its items come next.
  const consumed = new Set<number>();
  let seen = line(prose).endsWith(':') ? HEADER_ZONE_LINES : 0;
  for (let k = nextNonBlank(lines, prose + 1); k <= end && seen < HEADER_ZONE_LINES; k = nextNonBlank(lines, k + 1), seen++) {
    const fields = headerOf(k);
    if (fields) merge(header, fields);
    else if (!isHeaderChrome(line(k))) break;
    consumed.add(k);
  }
  merge(header, aboveTitle);

  // Story end, never above its start: trailing chrome off the bottom, then a trailing
  // "Related …" block after the last prose line.
  const storyStart = prose;
  const isTail = (k: number): boolean => line(k) === '' || isTrailingChrome(line(k));
  let last = end;
  while (last >= storyStart && isTail(last)) last--;
  let lastProse = last;
  while (lastProse >= storyStart && !isBodyLike(line(lastProse))) lastProse--;
  for (let k = Math.max(lastProse + 1, storyStart); k <= last; k++) {
    if (isTrailingBlockHeading(line(k))) {
      last = k - 1;
      while (last >= storyStart && isTail(last)) last--;
      break;
    }
  }

  for (let j = storyStart; j <= last; j++) if (!consumed.has(j)) body.push(j);
  return { title: title === -1 ? null : line(title), header, body };
}

/**
 * Read a pasted article. Throws InputError when there is no story text.
 *
 * @example readTxt('Title\n\nReuters Published 30 Apr, 2025 12:36pm\nSEOUL: About 600 …', { file: 'a.txt' })
 */
export function readTxt(content: string, origin: Origin, reference?: Date): Article {
  const lines = normalizeNewlines(content).split('\n');
  const { title, header, body } = layoutPastedText(lines, reference);
  const text = joinParagraphs(linesToParagraphs(body.map((j) => lines[j] ?? '')));
  if (text === '') {
    throw new InputError(title ? 'no story text after the title' : 'no article text', origin);
  }
  const publisher = header.publisher ?? null;
  return {
    id: null,
    title: title === null ? null : stripTitleSuffix(title, publisher),
    publisher,
    published: header.published ?? null,
    url: null,
    language: null,
    text,
  };
}
