/**
 * Quotations of several sentences closed by their attribution:
 *
 *   "We buried 38 people yesterday. Other bodies were taken by their families," Ndjadi told the paper.
 *
 * Segmentation splits the quotation at its inner full stop, and the first sentence then names no
 * source. It is the speaker's all the same: the attribution after the closing mark is the whole
 * quotation's. This finds that attribution for a sentence that opens a quotation it does not close.
 */
import { splitSentences } from './segment.ts';

export interface OpenQuotation {
  /** Where the closing mark is, in the text: sentences that end before it are inside. */
  close: number;
  /** The attribution after the closing mark, as a clause to append ("Ndjadi told the paper."). */
  attribution: string;
}

/** How far a quotation may run (characters) for its close to be looked for: a few sentences of one paragraph. */
const MAX_QUOTATION = 1500;
/** Attributions are short; a longer stretch after the close is more story, not who said it. */
const MAX_ATTRIBUTION = 200;

/** Does the sentence open with a quotation mark (“ or ")? */
export function opensQuotation(sentence: string): boolean {
  const c = sentence.trimStart().charCodeAt(0);
  return c === 0x201c || c === 34;
}

/**
 * The quotation a sentence opens and does not close, with the attribution after its close; null
 * when the sentence does not open with a quotation mark, closes it itself, or the quotation is not
 * closed in its paragraph by a comma and an attribution (",” he said").
 * `figureAt` finds where a figure starts in a stretch of text (-1 for none): an attribution that
 * goes on to figures of its own (", he said, adding that 12 more …") is cut before them, which are
 * the closing sentence's.
 */
export function openQuotation(text: string, start: number, end: number, figureAt: (s: string) => number): OpenQuotation | null {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const open = text.charCodeAt(i);
  const closeMark = open === 0x201c ? '\u201d' : open === 34 ? '"' : null;
  if (closeMark === null) return null;
  // Every search is bounded (a quotation runs at most MAX_QUOTATION characters past its sentence), so that a text of
  // many sentences opening quotations is still read in linear time.
  const limit = Math.min(text.length, end + MAX_QUOTATION);
  let close = -1;
  for (let k = i + 1; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 && k >= end) break;
    if (c === closeMark.charCodeAt(0)) { close = k; break; }
  }
  // Closed inside the sentence (an ordinary quotation, read with the sentence), or not in its paragraph.
  if (close < end) return null;
  // "…families,” Ndjadi told": the quotation's last words end with a comma, the sign that an attribution follows.
  let before = close - 1;
  while (before > end && text.charCodeAt(before) === 32) before--;
  if (text.charCodeAt(before) !== 44) return null;
  const after = text.slice(close + 1, Math.min(limit, close + 1 + MAX_ATTRIBUTION * 2));
  const bounds = splitSentences(after);
  if (bounds.length < 2) return null;
  const attribution = attributionClause(after.slice(bounds[0]!, bounds[1]!), figureAt);
  return attribution ? { close, attribution } : null;
}

/**
 * The words after a closing mark as an attribution clause: cut before any figure of their own (", he said, adding that 12
 * more …": those are the closing sentence's), and of an attribution's length; null otherwise.
 */
function attributionClause(words: string, figureAt: (s: string) => number): string | null {
  let attribution = words.trim();
  const figure = figureAt(attribution);
  if (figure >= 0) {
    const comma = attribution.lastIndexOf(',', figure);
    if (comma <= 0) return null;
    attribution = `${attribution.slice(0, comma)}.`;
  }
  return attribution.length >= 4 && attribution.length <= MAX_ATTRIBUTION ? attribution : null;
}

/** "“We buried 38 people yesterday." read as "We buried 38 people yesterday, Ndjadi told the paper.". */
export function withAttribution(sentence: string, attribution: string): string {
  const inner = sentence.replace(/^\s*["“]/, '').replace(/[\s.!?"”]+$/, '');
  return `${inner}, ${attribution}`;
}

/**
 * Whether a sentence is inside a quotation: one it opens, or one opened earlier in its paragraph and not yet closed.
 * The text is scanned once, forward, as the sentences are read in order; a new paragraph (a line break) closes any
 * quotation left open (news reopens one at each paragraph it runs on into).
 */
export class QuoteTracker {
  private pos = 0;
  private open = false;

  constructor(private readonly text: string) {}

  /** Is the sentence inside a quotation at its start (or does it open one)? */
  inside(s: { start: number; text: string }): boolean {
    this.advance(s.start);
    return this.open || opensQuotation(s.text);
  }

  /**
   * The attribution after the last quotation the sentence closes with a comma ("…after midnight," said Dr X, director
   * of the hospital.): "said Dr X, director of the hospital." — cut before any figure of its own; null when it closes none.
   */
  attributionAfterClose(s: { start: number; end: number; text: string }, figureAt: (t: string) => number): string | null {
    const t = s.text;
    // Native searches: most sentences hold no quotation mark, and this runs for every one.
    const close = Math.max(t.lastIndexOf('\u201d'), t.lastIndexOf('"'));
    if (close < 1 || t.charCodeAt(close - 1) !== 44) return null;
    return attributionClause(t.slice(close + 1), figureAt);
  }

  /** The next quotation mark at or after `from` (any of " “ ”), or -1: native searches, each redone only when passed. */
  private straight = -2;
  private opening = -2;
  private closing = -2;
  private nextMark(from: number): number {
    const t = this.text;
    if (this.straight !== -1 && this.straight < from) this.straight = t.indexOf('"', from);
    if (this.opening !== -1 && this.opening < from) this.opening = t.indexOf('\u201c', from);
    if (this.closing !== -1 && this.closing < from) this.closing = t.indexOf('\u201d', from);
    let m = -1;
    for (const k of [this.straight, this.opening, this.closing]) if (k >= 0 && (m < 0 || k < m)) m = k;
    return m;
  }

  private advance(to: number): void {
    if (to < this.pos) { this.pos = 0; this.open = false; this.straight = this.opening = this.closing = this.newline = -2; }
    // From mark to mark: a line break between them closes what is open.
    let at = this.pos;
    for (let m = this.nextMark(at); m >= 0 && m < to; m = this.nextMark(m + 1)) {
      if (this.open && this.lineBreakBetween(at, m)) this.open = false;
      const c = this.text.charCodeAt(m);
      this.open = c === 0x201c ? true : c === 0x201d ? false : !this.open;
      at = m + 1;
    }
    if (this.open && this.lineBreakBetween(at, to)) this.open = false;
    this.pos = to;
  }

  /** Is there a line break in [from, to)? The next one is searched forward and kept: the text is read once. */
  private newline = -2;
  private lineBreakBetween(from: number, to: number): boolean {
    if (this.newline !== -1 && this.newline < from) this.newline = this.text.indexOf('\n', from);
    return this.newline >= 0 && this.newline < to;
  }
}
