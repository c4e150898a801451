/**
 * Tokens with offsets: the unit every stage after segmentation works on. One linear regex pass;
 * curly quotes and apostrophes are folded in `norm` so that word lists need one spelling.
 */

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  /** As written. */
  text: string;
  /** Lower-case, curly apostrophes and quotes folded to straight ones. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
}

// Alternatives, in order: abbreviations with dots ("U.S.", "U.N."), numbers with separators
// ("4,700", "1.2", "10,000-12,000" is split at the hyphen later), words with inner hyphens or
// apostrophes, then any other single character. Each alternative consumes at least one
// character and none can overlap itself ambiguously, so matching is linear.
const TOKEN_RE = /(?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)*|[\p{L}\p{M}][\p{L}\p{M}\d]*(?:['’\-‐][\p{L}\p{M}\d]+)*|\S/gu;

const NEEDS_FOLDING = /[’‘`“”‐–—]/;

export function fold(s: string): string {
  const lower = s.toLowerCase();
  // Most tokens hold no curly quote or dash: skip the replacements for them.
  if (!NEEDS_FOLDING.test(lower)) return lower;
  return lower.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[‐–—]/g, '-');
}

function isLetter(c: number, ch: string): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /\p{L}/u.test(ch));
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const kind: TokenKind = c >= 48 && c <= 57 ? 'num' : isLetter(c, t[0] ?? '') ? 'word' : 'punct';
    const start = m.index + offset;
    // A possessive "'s" is its own token, so that "Ukraine's" reads as the country "Ukraine".
    if (kind === 'word' && t.length > 2 && /['’]s$/i.test(t)) {
      const w = t.slice(0, -2);
      out.push({ text: w, norm: fold(w), start, end: start + w.length, kind });
      out.push({ text: t.slice(-2), norm: "'s", start: start + w.length, end: start + t.length, kind: 'word' });
      continue;
    }
    out.push({ text: t, norm: fold(t), start, end: start + t.length, kind });
  }
  return out;
}

/** Does the token sequence starting at `i` spell `phrase` (space-separated, folded)? */
export function matchPhrase(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  if (i < 0 || i + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]!.norm !== phrase[k]) return false;
  return true;
}

/**
 * A phrase table compiled for longest-first matching at a position.
 * Keys are space-separated folded words; punctuation inside keys is tokenized the same way.
 */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; value: V; key: string }>>();

  constructor(entries: Record<string, V> | Iterable<[string, V]>) {
    const list = Symbol.iterator in Object(entries) ? [...(entries as Iterable<[string, V]>)] : Object.entries(entries as Record<string, V>);
    for (const [key, value] of list) {
      const words = tokenize(key).map((t) => t.norm);
      if (words.length === 0) continue;
      const first = words[0]!;
      const bucket = this.byFirst.get(first) ?? [];
      bucket.push({ words, value, key });
      bucket.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(first, bucket);
    }
  }

  /** The longest entry that starts at token `i`, with its length in tokens. */
  at(tokens: readonly Token[], i: number): { value: V; length: number; key: string } | null {
    const t = tokens[i];
    if (!t) return null;
    const bucket = this.byFirst.get(t.norm);
    if (!bucket) return null;
    for (const e of bucket) if (matchPhrase(tokens, i, e.words)) return { value: e.value, length: e.words.length, key: e.key };
    return null;
  }

  /** The longest entry that ends at token `i` (inclusive). */
  endingAt(tokens: readonly Token[], i: number, maxWords = 6): { value: V; length: number; key: string } | null {
    let best: { value: V; length: number; key: string } | null = null;
    for (let len = 1; len <= maxWords && i - len + 1 >= 0; len++) {
      const hit = this.at(tokens, i - len + 1);
      if (hit && hit.length === len && (!best || hit.length > best.length)) best = hit;
    }
    return best;
  }
}
