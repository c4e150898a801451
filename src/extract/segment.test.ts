/** Sentence boundaries (segment.ts), on sentences written for these tests: one row per case of English punctuation. */
import { describe, expect, test } from 'vitest';
import { splitSentences } from './segment.ts';

function sentences(text: string): string[] {
  const b = splitSentences(text);
  const out: string[] = [];
  for (let k = 0; k < b.length; k += 2) out.push(text.slice(b[k], b[k + 1]));
  return out;
}

describe('splitSentences', () => {
  test.each([
    ['Two people died. Four were hurt.', ['Two people died.', 'Four were hurt.']],
    // Reference marks of encyclopaedic text stay with the sentence they close.
    ['Sixteen civilians were killed.[15] The army said five soldiers died.[16]', ['Sixteen civilians were killed.[15]', 'The army said five soldiers died.[16]']],
    ['The toll rose to 40.[3][4] Officials gave no details.', ['The toll rose to 40.[3][4]', 'Officials gave no details.']],
    // Abbreviations end no sentence.
    ['U.N. officials said on Aug. 6 that Mr. Lee had left. He did not return.', ['U.N. officials said on Aug. 6 that Mr. Lee had left.', 'He did not return.']],
    ['Its spokesman Commodore (retd.) Ajith Perera said two died. Cdre. Perera gave no names.', ['Its spokesman Commodore (retd.) Ajith Perera said two died.', 'Cdre. Perera gave no names.']],
    // A month's abbreviation before a capital ends its sentence (or is a name), before a day it does not.
    ['The raids began in Jan. The army said two died.', ['The raids began in Jan.', 'The army said two died.']],
    ['Good morning, Jun. Based on the reports, two died on Jun. 4.', ['Good morning, Jun.', 'Based on the reports, two died on Jun. 4.']],
    // A word that ends in a letter past ASCII is no one-letter abbreviation.
    ['Most shelter in Cúcuta and Ocaña. The office recorded 27 deaths.', ['Most shelter in Cúcuta and Ocaña.', 'The office recorded 27 deaths.']],
    ['Initials still run on: S. Arokiasamy spoke.', ['Initials still run on: S. Arokiasamy spoke.']],
    // A bracket that is no reference mark is left alone.
    ['The count was revised.[citation needed] Later figures differ.', ['The count was revised.[citation needed] Later figures differ.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
