/**
 * The tokenizer reads ASCII by char code and hands anything else to its regex. Both paths must
 * give exactly the tokens the regex alone defines: checked here against that definition on
 * random strings built from the characters where the two could part (dots after letters,
 * curly apostrophes, hyphens of both kinds, accents, combining marks, astral characters,
 * lone surrogates, every kind of space).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fold, tokenize, type Token } from './tokens.ts';

const DEFINITION = /(?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)*|[\p{L}\p{M}][\p{L}\p{M}\d]*(?:['’\-‐][\p{L}\p{M}\d]+)*|\S/gu;

type Plain = Omit<Token, 'tables' | 'word'>;
const plain = (t: Token): Plain => ({ text: t.text, norm: t.norm, start: t.start, end: t.end, kind: t.kind });

function byDefinition(text: string): Plain[] {
  const out: Plain[] = [];
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(text); m; m = DEFINITION.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const kind = c >= 48 && c <= 57 ? 'num' : /\p{L}/u.test(t[0] ?? '') ? 'word' : 'punct';
    if (kind === 'word' && t.length > 2 && /['’]s$/i.test(t)) {
      const w = t.slice(0, -2);
      out.push({ text: w, norm: fold(w), start: m.index, end: m.index + w.length, kind });
      out.push({ text: t.slice(-2), norm: "'s", start: m.index + w.length, end: m.index + t.length, kind: 'word' });
    } else {
      out.push({ text: t, norm: fold(t), start: m.index, end: m.index + t.length, kind });
    }
  }
  return out;
}

const CHARS = ['a', 'B', 'z', 'U', 'S', 's', 'x', '1', '9', '0', '.', ',', "'", '’', '‘', '-', '‐', '–', '—', '`', '"', '“', '(', ' ', '\n', '\t', '\u00a0', '\u2003', '\u3000', 'é', 'Ж', '\u0301', '😀', '\ud800'];

describe('tokenize', () => {
  test.each([
    ['U.S.-backed forces', ['U.S.', '-', 'backed', 'forces']],
    ["Ukraine's army", ['Ukraine', "'s", 'army']],
    ['Kyiv’s 1,000.5 troops', ['Kyiv', '’s', '1,000.5', 'troops']],
    ['well-known, 12-year-old', ['well-known', ',', '12', '-', 'year-old']],
    ['Zürich café naïve', ['Zürich', 'café', 'naïve']],
  ])('%s', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  test('agrees with the regex definition on any mix of tricky characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 24 }).map((a) => a.join('')), fc.nat(1000), (text, offset) => {
        const expected = byDefinition(text).map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
        expect(tokenize(text, offset).map(plain)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
