/**
 * The article record's body layout: paragraphs separated by one blank line. Readers hand over
 * lines as they came (pasted text, block elements of a page, feed content); this joins them.
 */

/** CRLF and lone CR to LF, so that every later step splits on "\n" only. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** A line that ends a sentence, a quotation or a label: what follows it starts a new paragraph. */
export const ENDS_CLAUSE = /[.!?:;"'”’)\]…]$/;
const STARTS_LOWER = /^[a-z]/;

/**
 * Paragraphs from lines: each non-blank line is a paragraph (what a browser copy gives), except
 * that a hard-wrapped line (no closing punctuation, next line starting in lower case) is joined
 * to the next. Whitespace inside a line is kept; lines are trimmed.
 */
export function linesToParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (current !== null) paragraphs.push(current);
      current = null;
      continue;
    }
    if (current !== null && !ENDS_CLAUSE.test(current) && STARTS_LOWER.test(line)) {
      current = `${current} ${line}`;
      continue;
    }
    if (current !== null) paragraphs.push(current);
    current = line;
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs;
}

/** The record's `text`: paragraphs joined by one blank line. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.filter((p) => p.trim() !== '').join('\n\n');
}
