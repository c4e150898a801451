/** Reproduced statements: which stretches of a text are a body's own words, on texts written for these tests. */
import { describe, expect, test } from 'vitest';
import { voicesOf } from './voice.ts';

const rows: Array<{ name: string; paragraphs: string[]; speaker: string | null; covers?: string; notCovers?: string }> = [
  {
    name: 'a quoted block after a lead-in with a reproducing verb',
    paragraphs: ['Mayor Ana Ruiz, who chairs the crisis committee, wrote on Facebook late on Sunday:', '"Two shelters were hit.', 'Nine people were hurt."', 'The city was quiet on Monday.'],
    speaker: 'Mayor Ana Ruiz, who chairs the crisis committee', covers: 'Nine people', notCovers: 'The city was quiet',
  },
  {
    name: '"the following is" names its body with "by"/"of"',
    paragraphs: ['The following is a translation of a bulletin issued by the State Emergency Service of Moldova on Friday.', 'Three rescuers were injured.'],
    speaker: 'the State Emergency Service of Moldova', covers: 'Three rescuers',
  },
  {
    name: 'a heading naming the body, up to an end mark',
    paragraphs: ['Communique No. 12 of the Joint Chiefs of Staff', 'Our units repelled the attack.', '[End of communique]', 'Analysts doubted the account.'],
    speaker: 'the Joint Chiefs of Staff', covers: 'Our units', notCovers: 'Analysts',
  },
  {
    name: "a communiqué's formula covers what follows it",
    paragraphs: ['The Ministry of Defence informs the public that the operation has ended.', 'Twelve militants were neutralised.'],
    speaker: 'The Ministry of Defence', covers: 'Twelve militants',
  },
  {
    name: '"X published the following statement", the statement set out between rules',
    paragraphs: ['The Northern Front published the following statement on its channel on Monday.', '---', 'Our units took the bridge.', 'Forty enemy fighters were killed.', '---', 'The army denied the claim.'],
    speaker: 'The Northern Front', covers: 'Forty enemy', notCovers: 'The army denied',
  },
  {
    name: 'a paragraph quoted whole under a heading that names its body',
    paragraphs: ['Ministry of Defence of Armenia, 16 November, 21:40:', '"One serviceman was killed and four were wounded."', 'The ceasefire held.'],
    speaker: 'Ministry of Defence of Armenia', covers: 'One serviceman', notCovers: 'The ceasefire',
  },
  {
    name: 'a lead-in whose last sentence says who speaks, then a colon, before quoted paragraphs',
    paragraphs: ['MOSCOW - The ministry said on Sunday that its forces had advanced. Its daily summary, published on Telegram, said in part:', '"Units struck two brigades. The enemy lost up to 145 servicemen.', 'The enemy lost up to 230 servicemen."', 'Kyiv disputed the figures.'],
    speaker: 'Its daily summary', covers: 'up to 230', notCovers: 'Kyiv disputed',
  },
  { name: 'a lead-in that says who speaks without a colon opens no voice', paragraphs: ['The ministry said its forces had advanced.', '"Units struck two brigades.', 'The enemy lost up to 230 servicemen."'], speaker: null },
  // A lead-in sentence that names who speaks and ends with a colon opens a voice over the one paragraph it quotes whole.
  { name: 'a lead-in sentence with a colon, then one paragraph quoted whole', paragraphs: ['The governor wrote on Telegram:', '"Four people died."', 'Later, two more were found.'], speaker: 'The governor', covers: 'Four people', notCovers: 'Later' },
  { name: 'a lead-in sentence without a colon opens no voice over a quoted paragraph', paragraphs: ['The governor wrote on Telegram.', '"Four people died."', 'Later, two more were found.'], speaker: null },
  { name: 'a quotation closed within its paragraph is not a reproduced block', paragraphs: ['The governor wrote on Telegram:', '"Four people died." He gave no details.', 'Later, two more were found.'], speaker: null },
  { name: 'a quoted paragraph with no lead-in before it', paragraphs: ['"Four people died.', 'Two more were found."'], speaker: null },
  { name: 'a pronoun is no lead-in speaker', paragraphs: ['It posted the following:', '"Four people died.', 'Two more were found."'], speaker: null },
  {
    name: 'a communiqué (accented) after a dateline and "the following", up to its sign-off date',
    paragraphs: ['BAMAKO - The army general staff issued the following communiqué on Sunday evening.', 'COMMUNIQUÉ No. 7', 'Nine soldiers fell in the fighting.', 'Bamako, 24 January 2027\nThe Chief of General Staff', 'Residents said 30 civilians were killed.'],
    speaker: 'The army general staff', covers: 'Nine soldiers', notCovers: 'Residents said',
  },
  {
    name: 'a statement named with its article and "reproduced below in full"; the lead-in\'s day is no part of the name',
    paragraphs: ['The Kaduna State Police Command on Tuesday issued a statement on the raid. It is reproduced below in full.', 'PRESS RELEASE', 'Seven (7) persons were confirmed dead.', 'ASP Musa Bello\nPolice Public Relations Officer\n19th January, 2027', 'By Wednesday, villagers said the toll had risen.'],
    speaker: 'The Kaduna State Police Command', covers: 'Seven (7)', notCovers: 'By Wednesday',
  },
  {
    name: 'a date under the heading, or between its sentences, does not sign a statement off',
    paragraphs: ['The Police Command, on Tuesday, issued the following statement.', 'PRESS RELEASE\n19th January, 2027', 'Seven persons were confirmed dead.\nMay 5, 2024\nAnother three died in hospital later that day.', 'ASP Musa Bello\nPolice Public Relations Officer\n20th January, 2027', 'By Wednesday, villagers said the toll had risen.'],
    speaker: 'The Police Command', covers: 'Another three died', notCovers: 'By Wednesday',
  },
  { name: 'a statement "published in full" elsewhere, with no text after it, opens no voice', paragraphs: ['The army issued a statement on Monday condemning the attack, which state media published in full.', 'Residents said 30 civilians were killed.'], speaker: null },
  { name: 'ordinary news opens no voice', paragraphs: ['Police said 12 people were arrested on Friday.', 'The protest ended peacefully.'], speaker: null },
];

describe('voicesOf', () => {
  test.each(rows)('$name', ({ paragraphs, speaker, covers, notCovers }) => {
    const text = paragraphs.join('\n\n');
    const voices = voicesOf(text);
    if (speaker === null) return void expect(voices).toEqual([]);
    expect(voices.map((v) => v.speaker)).toEqual([speaker]);
    const v = voices[0]!;
    const inside = (s: string): boolean => { const at = text.indexOf(s); return at >= v.start && at < v.end; };
    if (covers) expect(inside(covers)).toBe(true);
    if (notCovers) expect(inside(notCovers)).toBe(false);
  });

  test('many quoted paragraphs without a closing quote are searched once (linear time)', () => {
    const make = (n: number): string => Array.from({ length: n }, () => 'He posted the following:\n\n"No closing quote in this paragraph').join('\n\n');
    const time = (text: string): number => { const t = performance.now(); voicesOf(text); return performance.now() - t; };
    time(make(2000));
    const small = Math.min(time(make(4000)), time(make(4000)));
    const large = Math.min(time(make(40000)), time(make(40000)));
    // Ten times the text: a quadratic search would take a hundred times as long.
    expect(large / Math.max(small, 0.5)).toBeLessThan(40);
  });
});
