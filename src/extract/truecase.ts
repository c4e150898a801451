/**
 * Text set in capitals (tickers, cables, shouted headlines) read as ordinary prose: the stages after
 * this rely on capitals to tell names from words. A word the plain vocabulary knows is lowered, a short
 * unknown word is kept as an acronym ("GHF", "UN"), any other unknown word is read as a name ("Gaza").
 * Offsets are kept: a word whose lower-case form has another length is left as written.
 */
import { CUE_NOUNS, CUES_AFTER, CUES_BEFORE } from './data/metrics.ts';
import { NON_PERSON_NOUNS, PERSON_NOUNS } from './data/nouns.ts';
import { BOUNDS_AFTER, BOUNDS_BEFORE, SCALES, TENS, UNITS, VAGUE } from './data/numbers.ts';
import { SPEECH_VERBS } from './data/attribution.ts';
import { PLAIN_WORDS } from './data/truecase.ts';
import type { Gazetteer } from './gazetteer.ts';
import { tokenize } from './tokens.ts';

const PLAIN: ReadonlySet<string> = new Set([
  ...PLAIN_WORDS,
  ...[...Object.keys(CUES_AFTER), ...Object.keys(CUES_BEFORE), ...Object.keys(CUE_NOUNS), ...Object.keys(PERSON_NOUNS)].flatMap((k) => k.split(' ')),
  ...NON_PERSON_NOUNS, ...SPEECH_VERBS, ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES),
  ...[...Object.keys(VAGUE), ...Object.keys(BOUNDS_BEFORE), ...Object.keys(BOUNDS_AFTER)].flatMap((k) => k.split(' ')),
]);

/** Is the text set in capitals: at least a dozen capital letters and no more than one lower-case letter in ten? */
export function isShouting(text: string): boolean {
  let upper = 0;
  let lower = 0;
  // Shouting needs nine capitals for each lower-case letter, so more lower-case letters than a tenth of the text
  // rule it out: prose is ruled out within its first words instead of after a count of all its letters.
  const most = text.length / 10;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122 && ++lower > most) return false;
  }
  return upper >= 12 && lower * 10 <= upper + lower;
}

/** The text with its words cased as prose would case them; the same length, character for character. */
export function truecase(text: string, gazetteer: Gazetteer): string {
  const cased = text.replace(/[A-Za-z][A-Za-z'’]*/g, (word) => {
    const lower = word.toLowerCase();
    if (PLAIN.has(lower.replace(/['’]s$/, ''))) return lower;
    // An acronym: of three letters or fewer, without a vowel ("GHF", "RSF"), or one the gazetteer knows ("UNHCR").
    if (word.length <= 3 || !/[AEIOU]/.test(word) || gazetteer.findIn(tokenize(word)) !== null) return word;
    return word[0] + lower.slice(1);
  });
  // A sentence opens with a capital.
  const first = cased.search(/[A-Za-z]/);
  return first < 0 ? cased : cased.slice(0, first) + cased[first]!.toUpperCase() + cased.slice(first + 1);
}
