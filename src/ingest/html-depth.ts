/**
 * Guards against hostile nesting before the HTML is parsed: linkedom's parse time grows with the
 * square of nesting depth (0.7 s at 20,000 levels, minutes at 200,000), and Readability's even
 * faster. The raw scan here counts open minus closed tags in one linear pass (an upper bound of
 * the depth: unclosed <p> and <li> count too), so the parse is never started on such a document.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);

// A tag: "<", optional "/", a name, attributes up to ">" (never across another "<", which keeps the scan linear).
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})[^<>]*>/g;

/** The greatest count of open tags at any point of the raw HTML (an upper bound of the depth). */
export function rawNestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const name = (m[2] ?? '').toLowerCase();
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (!VOID.has(name) && !m[0].endsWith('/>')) max = Math.max(max, ++depth);
  }
  return max;
}

/** Open tags in raw HTML above which it is not parsed at all. */
export const MAX_RAW_NESTING = 5_000;

/** True when the raw HTML nests deeper than MAX_RAW_NESTING and must not be parsed. */
export function tooDeepToParse(html: string): boolean {
  return rawNestingDepth(html) > MAX_RAW_NESTING;
}
