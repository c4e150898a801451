/** Text in capitals read as prose (truecase.ts), on lines written for these tests. */
import { describe, expect, test } from 'vitest';
import { defaultGazetteer } from './gazetteer.ts';
import { isShouting, truecase } from './truecase.ts';

describe('isShouting', () => {
  test.each([
    ['14:02 CITY HOSPITAL: AT LEAST 15 DEAD IN CRUSH AT AID SITE', true],
    ['UN OCHA says 40 people were killed.', false],
    ['The IDF said 12 were wounded.', false],
    ['12 KILLED', false], // too few letters to tell
  ])('%s', (text, expected) => {
    expect(isShouting(text)).toBe(expected);
  });
});

describe('truecase', () => {
  test.each([
    // Plain words lowered, names title-cased, acronyms kept; the length never changes.
    ['GAZA HEALTH MINISTRY: 21 KILLED AT GHF SITE IN KHAN YOUNIS', 'Gaza health Ministry: 21 killed at GHF site in Khan Younis'],
    ['UNHCR SAYS TENS OF THOUSANDS OF RESIDENTS HAVE FLED', 'UNHCR says tens of thousands of residents have fled'],
    ['THE ARMY SAID 9 SOLDIERS WERE WOUNDED NEAR MOPTI', 'The army said 9 soldiers were wounded near Mopti'],
  ])('%s', (text, expected) => {
    const out = truecase(text, defaultGazetteer);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length);
  });
});
