/**
 * The country lookup's quick test: `mayNameCountry` may say yes when no country is named, but never
 * no when one is (the document's ranking of countries skips the sentences it rules out).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countriesIn, mayNameCountry } from './countries.ts';
import { storySentences } from './segment.ts';
import { tokenize } from './tokens.ts';

describe('mayNameCountry', () => {
  test.each([
    ['Troops crossed into Ukraine\'s east overnight.', true],
    ['U.S. officials said the talks had stalled.', true],
    ['Judges at The Hague heard the case.', true],
    ['Voters in Guinea-Bissau went to the polls.', true],
    ['Officials in Pyongyang did not comment.', true],
    ['Rescuers in Médéa searched the rubble.', true],
    ['The army said 12 soldiers were wounded.', false],
    ['Officials said the toll would rise.', false],
    ['the ukraine delegation left.', false],
  ])('%s', (text, expected) => {
    expect(mayNameCountry(text)).toBe(expected);
  });

  test('never rules out a sentence of the probe corpora that names a country', () => {
    const dir = join(import.meta.dirname, '../../test/corpus/probes');
    let named = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('-articles.jsonl'))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)) {
        for (const s of storySentences((JSON.parse(line) as { text: string }).text)) {
          if (countriesIn(tokenize(s.text)).length === 0) continue;
          named++;
          expect(mayNameCountry(s.text), s.text).toBe(true);
        }
      }
    }
    expect(named).toBeGreaterThan(500);
  });
});

describe('countriesIn', () => {
  test.each([
    ['The Island Herald reported the toll.', []],
    ['Thomas Mann wrote about the war.', []],
    ['Officials in Iceland said two sailors were missing.', ['IS']],
    ['The Isle of Man coastguard said two sailors were missing.', ['IM']],
    ['Radio Fronteriza, a Cúcuta broadcaster, reported the figures.', ['CO']],
    ['Floods hit São Paulo state.', ['BR']],
    ["The Kurdistan Region's interior ministry said the camps near Koya were emptied.", ['IQ', 'IQ']],
    ['Kian delos Santos was killed in Caloocan.', ['PH']],
    ['Troops were sent to Basilan and Sulu.', ['PH', 'PH']],
    ['A roadside bomb exploded in Narathiwat.', ['TH']],
    ['Bandits raided a village in Zamfara.', ['NG']],
    // A city in a treaty's name places nothing.
    ['Both sides accused each other of breaching the Geneva Conventions and the Minsk agreements in Ukraine.', ['UA']],
    // Demonyms spelt otherwise than the country package spells them.
    ['Ecuadorian rights groups, Nepali police and Azeri officials gave the figures.', ['EC', 'NP', 'AZ']],
    ['Argentinian, Bosnian, Slovenian, Djiboutian and Salvadorean troops took part.', ['AR', 'BA', 'SI', 'DJ', 'SV']],
    // A territory with no demonym gives no word "s": an initial is no country.
    ['S. Arokiasamy spoke for the fishermen of Tamil Nadu.', ['IN']],
  ])('%s', (sentence, codes) => {
    expect(countriesIn(tokenize(sentence)).map((h) => h.code)).toEqual(codes);
  });
});
