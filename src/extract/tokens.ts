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
  /** Which phrase tables have an entry starting with this word: a bit per table, -1 until asked. */
  tables: number;
  /** This word's number among the tables' first words (set with `tables`; -1 when none starts with it). */
  word: number;
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

/** White space as /\s/ sees it, by char code. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || isDigit(c);

/**
 * Where the token that starts at `p` (an ASCII character, not a space) ends, by the same
 * alternatives as TOKEN_RE; -1 when a character past ASCII could change the answer (the caller
 * then asks TOKEN_RE itself). Most news text is ASCII, and this path skips the Unicode regex.
 */
function asciiTokenEnd(text: string, p: number, c: number): number {
  const n = text.length;
  if (isAsciiLetter(c)) {
    // "U.S.", "e.g.": two or more letter-dot pairs.
    let q = p;
    let pairs = 0;
    while (q + 1 < n && isAsciiLetter(text.charCodeAt(q)) && text.charCodeAt(q + 1) === 46) { pairs++; q += 2; }
    if (pairs >= 2) return q;
    // A word, with inner hyphens or apostrophes before more letters or digits.
    q = p + 1;
    for (;;) {
      while (q < n && isAsciiAlnum(text.charCodeAt(q))) q++;
      const sep = text.charCodeAt(q);
      if (sep !== 39 && sep !== 45) return q;
      const after = text.charCodeAt(q + 1);
      if (after > 127) return -1;
      if (!isAsciiAlnum(after)) return q;
      q += 2;
    }
  }
  if (isDigit(c)) {
    let q = p + 1;
    for (;;) {
      while (q < n && isDigit(text.charCodeAt(q))) q++;
      const sep = text.charCodeAt(q);
      if ((sep === 46 || sep === 44) && isDigit(text.charCodeAt(q + 1))) { q += 2; continue; }
      return q;
    }
  }
  return p + 1;
}

const TOKEN_AT = new RegExp(TOKEN_RE.source, 'uy');

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (isSpaceCode(c)) { p++; continue; }
    if (c < 128) {
      const e = asciiTokenEnd(text, p, c);
      if (e > p && (e >= n || text.charCodeAt(e) < 128)) {
        const t = text.slice(p, e);
        const start = p + offset;
        const kind: TokenKind = isDigit(c) ? 'num' : isAsciiLetter(c) ? 'word' : 'punct';
        // A possessive "'s" is its own token, so that "Ukraine's" reads as the country "Ukraine".
        if (kind === 'word' && e - p > 2 && text.charCodeAt(e - 2) === 39 && (text.charCodeAt(e - 1) | 32) === 115) {
          const w = text.slice(p, e - 2);
          out.push({ text: w, norm: w.toLowerCase(), start, end: start + w.length, kind, tables: -1, word: -1 });
          out.push({ text: text.slice(e - 2, e), norm: "'s", start: start + w.length, end: start + t.length, kind: 'word', tables: -1, word: -1 });
        } else {
          out.push({ text: t, norm: c === 96 ? "'" : t.toLowerCase(), start, end: start + t.length, kind, tables: -1, word: -1 });
        }
        p = e;
        continue;
      }
    }
    TOKEN_AT.lastIndex = p;
    const m = TOKEN_AT.exec(text);
    if (!m) { p++; continue; }
    pushToken(out, m[0], p + offset);
    p += m[0].length;
  }
  return out;
}

function pushToken(out: Token[], t: string, start: number): void {
  const c = t.charCodeAt(0);
  const kind: TokenKind = c >= 48 && c <= 57 ? 'num' : isLetter(c, t[0] ?? '') ? 'word' : 'punct';
  // A possessive "'s" is its own token, so that "Ukraine's" reads as the country "Ukraine".
  if (kind === 'word' && t.length > 2 && /['’]s$/i.test(t)) {
    const w = t.slice(0, -2);
    out.push({ text: w, norm: fold(w), start, end: start + w.length, kind, tables: -1, word: -1 });
    out.push({ text: t.slice(-2), norm: "'s", start: start + w.length, end: start + t.length, kind: 'word', tables: -1, word: -1 });
    return;
  }
  out.push({ text: t, norm: fold(t), start, end: start + t.length, kind, tables: -1, word: -1 });
}

/** Does the token sequence starting at `i` spell `phrase` (space-separated, folded)? */
export function matchPhrase(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  if (i < 0 || i + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]!.norm !== phrase[k]) return false;
  return true;
}

/**
 * First words of every phrase table built at start-up, each with a bit per table that lists it:
 * a token looks its word up here once, and each table then rules it out with a bit test instead
 * of a lookup of its own (a sentence is asked of a dozen tables at nearly every token).
 */
const FIRST_WORDS = new Map<string, { bits: number; id: number }>();
/** Asked of a token whose shape no first word has: no table lists it. */
const NO_FIRST_WORD = { bits: 0, id: -1 };
/**
 * The shapes (first letter, last letter, length) of those first words: most tokens of a text have
 * a shape no first word has, and are ruled out without hashing their string for the map.
 */
const FIRST_WORD_SHAPES = new Uint8Array(1 << 17);
function shapeOf(word: string): number {
  return ((word.charCodeAt(0) & 63) << 11) | ((word.charCodeAt(word.length - 1) & 63) << 5) | Math.min(word.length, 31);
}
let nextTableBit = 0;
/** Set at the first lookup: tables built later get no bit (their words are not in token masks). */
let tokensAsked = false;

interface PhraseEntry<V> { words: string[]; value: V; key: string; length: number }

/**
 * The entries that share a first word, longest first. A token whose word opens many of them (the cues after a
 * figure: "were killed", "were wounded", "were injured" …) would try each in turn; its next word, looked up in
 * `bySecond`, leaves only those that can match. The one-word entries sort last and match whatever follows.
 */
interface PhraseBucket<V> {
  entries: Array<PhraseEntry<V>>;
  /** The entries of two or more words by their second word, each list in `entries`' order; null for a small bucket. */
  bySecond: Map<string, Array<PhraseEntry<V>>> | null;
  /** The first entry of one word (every other one-word entry is the same word: it never wins). */
  single: PhraseEntry<V> | null;
}
/** Buckets this large are indexed by their second word; a smaller one is tried entry by entry. */
const INDEXED_BUCKET = 4;

function bucketOf<V>(entries: Array<PhraseEntry<V>>): PhraseBucket<V> {
  let bySecond: Map<string, Array<PhraseEntry<V>>> | null = null;
  if (entries.length >= INDEXED_BUCKET) {
    bySecond = new Map();
    for (const e of entries) {
      if (e.words.length < 2) continue;
      const list = bySecond.get(e.words[1]!);
      if (list) list.push(e);
      else bySecond.set(e.words[1]!, [e]);
    }
  }
  return { entries, bySecond, single: entries.find((e) => e.words.length === 1) ?? null };
}

/**
 * Do the tokens from `i` spell the entry's words from its `from`th on? The words before it were matched already: the
 * first by the bucket, the second by its index (comparing a word with itself would compare each letter).
 */
function matchesFrom(tokens: readonly Token[], i: number, words: readonly string[], from: number): boolean {
  if (i + words.length > tokens.length) return false;
  for (let k = from; k < words.length; k++) if (tokens[i + k]!.norm !== words[k]) return false;
  return true;
}

/** Sets a token's `tables` and `word` (kept apart from `at`, which runs for every table asked of every token). */
function lookUpFirstWord(t: Token): void {
  tokensAsked = true;
  const entry = FIRST_WORD_SHAPES[shapeOf(t.norm)] === 0 ? NO_FIRST_WORD : FIRST_WORDS.get(t.norm) ?? NO_FIRST_WORD;
  t.tables = entry.bits;
  t.word = entry.id;
}

/**
 * A phrase table compiled for longest-first matching at a position.
 * Keys are space-separated folded words; punctuation inside keys is tokenized the same way.
 */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, PhraseBucket<V>>();
  /** The same buckets by first-word number: an array index where the map would hash the token's word. */
  private readonly byWord: Array<PhraseBucket<V> | undefined> = [];
  /** This table's bit in Token.tables, or 0 when it has none (then every lookup goes to the map). */
  private readonly bit: number;

  constructor(entries: Record<string, V> | Iterable<[string, V]>) {
    const list = Symbol.iterator in Object(entries) ? [...(entries as Iterable<[string, V]>)] : Object.entries(entries as Record<string, V>);
    const byFirst = new Map<string, Array<PhraseEntry<V>>>();
    for (const [key, value] of list) {
      const words = tokenize(key).map((t) => t.norm);
      if (words.length === 0) continue;
      const first = words[0]!;
      const bucket = byFirst.get(first) ?? [];
      bucket.push({ words, value, key, length: words.length });
      bucket.sort((a, b) => b.words.length - a.words.length);
      byFirst.set(first, bucket);
    }
    for (const [first, entries] of byFirst) this.byFirst.set(first, bucketOf(entries));
    this.bit = !tokensAsked && nextTableBit < 31 ? 1 << nextTableBit++ : 0;
    if (this.bit !== 0) {
      for (const [first, bucket] of this.byFirst) {
        let entry = FIRST_WORDS.get(first);
        if (!entry) FIRST_WORDS.set(first, (entry = { bits: 0, id: FIRST_WORDS.size }));
        entry.bits |= this.bit;
        this.byWord[entry.id] = bucket;
        FIRST_WORD_SHAPES[shapeOf(first)] = 1;
      }
    }
  }

  /** The longest entry that starts at token `i`, with its length in tokens (shared: do not change it). */
  at(tokens: readonly Token[], i: number): { readonly value: V; readonly length: number; readonly key: string } | null {
    const t = tokens[i];
    if (!t) return null;
    let bucket: PhraseBucket<V> | undefined;
    if (this.bit !== 0) {
      if (t.tables < 0) lookUpFirstWord(t);
      if ((t.tables & this.bit) === 0) return null;
      bucket = this.byWord[t.word];
    } else {
      bucket = this.byFirst.get(t.norm);
    }
    if (!bucket) return null;
    if (bucket.bySecond === null) {
      for (const e of bucket.entries) if (matchesFrom(tokens, i, e.words, 1)) return e;
      return null;
    }
    const next = tokens[i + 1];
    const candidates = next ? bucket.bySecond.get(next.norm) : undefined;
    if (candidates) for (const e of candidates) if (matchesFrom(tokens, i, e.words, 2)) return e;
    return bucket.single;
  }

  /**
   * Does an entry start with token `i`'s word? For a table of one-word entries, whether one is at `i` (`at` less its
   * bucket and entry: a bit test once the token's word is looked up). Null when the table has no bit to test.
   */
  startsWith(tokens: readonly Token[], i: number): boolean | null {
    if (this.bit === 0) return null;
    const t = tokens[i];
    if (!t) return false;
    if (t.tables < 0) lookUpFirstWord(t);
    return (t.tables & this.bit) !== 0;
  }

  /** The longest entry that ends at token `i` (inclusive). */
  endingAt(tokens: readonly Token[], i: number, maxWords = 6): { readonly value: V; readonly length: number; readonly key: string } | null {
    let best: { readonly value: V; readonly length: number; readonly key: string } | null = null;
    for (let len = 1; len <= maxWords && i - len + 1 >= 0; len++) {
      const hit = this.at(tokens, i - len + 1);
      if (hit && hit.length === len && (!best || hit.length > best.length)) best = hit;
    }
    return best;
  }
}

/**
 * Single words tested at a token through the first-word bits that the phrase tables share: after
 * the token's one lookup, a bit test instead of hashing its word again for each set asked.
 */
export class TokenWords {
  private readonly table: PhraseTable<true>;
  /** Is every word one token? Then a token is one of them exactly when one starts with it: its bit says so. */
  private readonly oneTokenEach: boolean;

  constructor(words: Iterable<string>) {
    const list = [...words];
    this.table = new PhraseTable(list.map((w): [string, true] => [w, true]));
    this.oneTokenEach = list.every((w) => tokenize(w).length <= 1);
  }

  has(tokens: readonly Token[], i: number): boolean {
    if (this.oneTokenEach) {
      const starts = this.table.startsWith(tokens, i);
      if (starts !== null) return starts;
    }
    const hit = this.table.at(tokens, i);
    return hit !== null && hit.length === 1;
  }
}

/** "WHO", "UNHCR", "STF": a word in capitals, a name rather than the word it may spell. */
export function isAcronym(t: Token): boolean {
  return t.text.length >= 2 && t.kind === 'word' && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90 && t.text === t.text.toUpperCase();
}
