/**
 * An article pasted as a person copies it from a news site: chrome, title, a publisher/date
 * line, the story, more chrome. Finds the title, parses the header lines, trims the chrome at
 * both edges and lays the body out as paragraphs separated by blank lines.
 */
import type { Article } from '../core/article.ts';
import { InputError } from '../core/errors.ts';
import { joinParagraphs, linesToParagraphs, normalizeNewlines } from './paragraphs.ts';
import { isBodyLike, isLeadingChrome, isNavLine, isShortLabel, isTrailingBlockHeading, isTrailingChrome } from './txt-chrome.ts';
import { parseHeaderLine, SECTION_LABELS } from './txt-header.ts';
import type { HeaderFields } from './txt-header.ts';
import type { Origin } from './types.ts';
import { stripTitleSuffix } from './title.ts';

// How far below the title header lines are looked for (non-blank lines).
const HEADER_ZONE_LINES = 8;
// After the first paragraph of the story, a byline may still follow a standfirst.
const HEADER_LOOKAHEAD_LINES = 3;
const MAX_TITLE_CHARS = 250;
const MAX_TITLE_WORDS = 30;

/** A line of header chrome between title and story: "5 min read", "Share", "World", nav. */
function isHeaderChrome(line: string): boolean {
  return isShortLabel(line, 4) || isNavLine(line) || /^(?:image|photo|file photo|video|illustration)\b/i.test(line.trim());
}

function isTitleLike(line: string): boolean {
  const t = line.trim();
  return t.length <= MAX_TITLE_CHARS && t.split(/\s+/).length <= MAX_TITLE_WORDS && !/\.$/.test(t);
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

interface Layout {
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
  const header: HeaderFields = {};
  const line = (i: number): string => (lines[i] ?? '').trim();

  const end = lines.length - 1;

  // Leading chrome and header lines before the title.
  let i = nextNonBlank(lines, 0);
  while (i <= end) {
    const fields = parseHeaderLine(line(i), reference);
    if (fields) merge(header, fields);
    else if (!isLeadingChrome(line(i))) break;
    i = nextNonBlank(lines, i + 1);
  }

  let title: string | null = null;
  const afterCandidate = nextNonBlank(lines, i + 1);
  if (i <= end && isTitleLike(line(i)) && afterCandidate <= end) {
    title = line(i);
    i = afterCandidate;
  }

  // Header zone under the title: header lines and header chrome until the story starts.
  const consumed = new Set<number>();
  let pendingName: string | null = null;
  let seen = 0;
  let storyStart = i;
  for (let j = i; j <= end && seen < HEADER_ZONE_LINES; j = nextNonBlank(lines, j + 1)) {
    seen++;
    const text = line(j);
    const fields = parseHeaderLine(text, reference);
    if (fields) {
      if (pendingName !== null && fields.publisher === undefined && fields.published !== undefined) fields.publisher = pendingName;
      merge(header, fields);
      pendingName = null;
    } else if (isHeaderChrome(text)) {
      pendingName = isNameLabel(text) ? text : null;
    } else {
      storyStart = j;
      break;
    }
    consumed.add(j);
    storyStart = nextNonBlank(lines, j + 1);
  }
  // A byline may follow a standfirst: look a few lines into the story for one more header line.
  for (let j = storyStart, n = 0; j <= end && n < HEADER_LOOKAHEAD_LINES; j = nextNonBlank(lines, j + 1), n++) {
    const fields = parseHeaderLine(line(j), reference);
    if (fields) {
      merge(header, fields);
      consumed.add(j);
    }
  }

  // Story end, never above its start: trailing chrome off the bottom, then a trailing
  // "Related …" block after the last prose line.
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

  const body: number[] = [];
  for (let j = storyStart; j <= last; j++) if (!consumed.has(j)) body.push(j);
  return { title, header, body };
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
