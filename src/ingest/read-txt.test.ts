import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { InputError } from '../core/errors.ts';
import { readTxt } from './read-txt.ts';

const origin = { file: 'paste.txt' };
const SEED = '/work/shared/seed/reuters-2025-04-30-north-korean-troops.txt';
const DEV_ARTICLES = '/work/shared/corpus/dev/articles.jsonl';

const BODY_1 = 'GOMA - At least 40 people were killed in shelling on Tuesday, local officials said.';
const BODY_2 = 'Another 120 were wounded, according to a hospital in the city.';

describe('readTxt: the seed', () => {
  const present = existsSync(SEED) && existsSync(DEV_ARTICLES);
  if (!present) console.log(`skipping seed comparison: ${SEED} or ${DEV_ARTICLES} not found`);
  test.skipIf(!present)('gives the dev corpus record of the seed (title, publisher, date, text)', () => {
    const record = JSON.parse(readFileSync(DEV_ARTICLES, 'utf8').split('\n')[0] ?? '{}') as Record<string, string>;
    const article = readTxt(readFileSync(SEED, 'utf8'), { file: SEED });
    expect(article.text.startsWith('SEOUL:')).toBe(true);
    expect(article.text).toBe(record.text);
    expect(article.title).toBe(record.title);
    expect(article.publisher).toBe(record.publisher);
    expect(article.published).toBe(record.published);
  });
});

describe('readTxt: layout of pasted pages', () => {
  test.each([
    {
      name: 'title, blank, header line, body',
      input: `Shelling kills dozens in Goma\n\nReuters Published 3 Feb, 2025 10:00am\n${BODY_1}\n\n${BODY_2}\n`,
      title: 'Shelling kills dozens in Goma', publisher: 'Reuters', published: '2025-02-03T10:00:00',
      text: `${BODY_1}\n\n${BODY_2}`,
    },
    {
      name: 'leading nav, skip link and cookie notice; trailing related block and footer',
      input: [
        'Skip to main content', 'Menu', 'Home | World | Africa | Business', 'We use cookies to improve your experience. Accept to continue.', 'Accept all', '',
        'Shelling kills dozens in Goma', '', 'By Jane Doe, Congo Courier', 'Published 2025-02-03', '4 min read', '',
        BODY_1, '', BODY_2, '', 'Related articles', 'Rebels advance on Bukavu', 'Aid convoy reaches city', '© 2025 Congo Courier', 'Privacy policy',
      ].join('\n'),
      title: 'Shelling kills dozens in Goma', publisher: 'Congo Courier', published: '2025-02-03',
      text: `${BODY_1}\n\n${BODY_2}`,
    },
    {
      name: 'CRLF, runs of blank lines, publisher on its own line above the date',
      input: `Shelling kills dozens in Goma\r\n\r\nCongo Courier\r\nUpdated March 3, 2025 4:10 PM GMT\r\n\r\n\r\n\r\n${BODY_1}\r\n\r\n\r\n\r\n${BODY_2}\r\nShare this article\r\nReporting by Jane Doe; Editing by John Roe\r\n`,
      title: 'Shelling kills dozens in Goma', publisher: 'Congo Courier', published: '2025-03-03T16:10:00Z',
      text: `${BODY_1}\n\n${BODY_2}`,
    },
    {
      name: 'title with a " | Site" suffix, date line before the title',
      input: `3 February 2025\nShelling kills dozens in Goma | Congo Courier\n${BODY_1}\n${BODY_2}`,
      title: 'Shelling kills dozens in Goma', publisher: null, published: '2025-02-03',
      text: `${BODY_1}\n\n${BODY_2}`,
    },
    {
      name: 'a date widget above the title gives way to the date under it',
      input: `Thursday, 5 June 2025\nMenu\nShelling kills dozens in Goma\nCongo Courier Published 3 Feb, 2025 10:00am\n${BODY_1}`,
      title: 'Shelling kills dozens in Goma', publisher: 'Congo Courier', published: '2025-02-03T10:00:00',
      text: BODY_1,
    },
    {
      name: 'a byline after the standfirst',
      input: `Shelling kills dozens in Goma\nRebels and the army traded fire across the city for a third day.\nAP — February 3, 2025\n${BODY_1}`,
      title: 'Shelling kills dozens in Goma', publisher: 'AP', published: '2025-02-03',
      text: `Rebels and the army traded fire across the city for a third day.\n\n${BODY_1}`,
    },
    {
      name: 'section labels above, standfirst, byline, date, share widgets under the title',
      input: [
        'Live', 'News|Congo conflict', 'Shelling kills dozens in Goma as rebels close in',
        'Hospitals in the city say they can no longer take in the wounded from the front.',
        'By Congo Courier Staff', 'Published On 3 Feb 2025', '3 Feb 2025', 'Click here to share on social media', 'share2', 'Save',
        BODY_1, '', BODY_2, 'Advertisement', 'More on this story', 'Rebels advance on Bukavu', 'Follow Congo Courier:', '© 2025 Congo Courier',
      ].join('\n'),
      title: 'Shelling kills dozens in Goma as rebels close in', publisher: 'Congo Courier', published: '2025-02-03',
      text: `Hospitals in the city say they can no longer take in the wounded from the front.\n\n${BODY_1}\n\n${BODY_2}`,
    },
    {
      name: 'site name and menu above the title; age, buttons, author and desk under it',
      input: [
        'Skip to content', 'Congo Courier Media Group', 'Home', 'News', 'Sport', 'Weather',
        'Shelling kills dozens in Goma as rebels close in', '2 hours ago', 'Share', 'Save', 'Jane Doe', 'Africa desk',
        BODY_1, '', BODY_2, 'Related', 'More from the Courier',
      ].join('\n'),
      title: 'Shelling kills dozens in Goma as rebels close in', publisher: null, published: null,
      text: `${BODY_1}\n\n${BODY_2}`,
    },
    {
      name: 'a question for a headline',
      input: `Can anyone stop the fighting in Goma now?\nPublished 2025-02-03\n${BODY_1}\n${BODY_2}`,
      title: 'Can anyone stop the fighting in Goma now?', publisher: null, published: '2025-02-03',
      text: `${BODY_1}\n\n${BODY_2}`,
    },
    {
      name: 'no sentence punctuation anywhere: the lines under the title are the story',
      input: 'Shelling kills dozens in Goma\nPublished 2025-02-03\nAt least 40 people killed in shelling on Tuesday\nAnother 120 wounded says hospital\nShare',
      title: 'Shelling kills dozens in Goma', publisher: null, published: '2025-02-03',
      text: 'At least 40 people killed in shelling on Tuesday\n\nAnother 120 wounded says hospital',
    },
    {
      name: 'no prose within the first 60 lines: no title guessed, nothing but chrome dropped',
      input: ['Skip to content', ...Array.from({ length: 65 }, (_, i) => `Menu entry number ${i} here`), BODY_1].join('\n'),
      title: null, publisher: null, published: null,
      text: [...Array.from({ length: 65 }, (_, i) => `Menu entry number ${i} here`), BODY_1].join('\n\n'),
    },
    {
      name: 'body only: no title, no header',
      input: `${BODY_1}\n\n${BODY_2}`,
      title: null, publisher: null, published: null,
      text: `${BODY_1}\n\n${BODY_2}`,
    },
    {
      name: 'hard-wrapped lines are joined, lines of a paste kept as paragraphs',
      input: `Shelling kills dozens in Goma\n\nGOMA - At least 40 people were killed in shelling\non Tuesday, local officials said.\n${BODY_2}`,
      title: 'Shelling kills dozens in Goma', publisher: null, published: null,
      text: `${BODY_1}\n\n${BODY_2}`,
    },
    {
      name: 'a pasted link line inside the body stays (the extractor judges it)',
      input: `Shelling kills dozens in Goma\n\n${BODY_1}\n\nRebels advance on Bukavu, residents say\n\n${BODY_2}`,
      title: 'Shelling kills dozens in Goma', publisher: null, published: null,
      text: `${BODY_1}\n\nRebels advance on Bukavu, residents say\n\n${BODY_2}`,
    },
    {
      name: 'a situation report: a lead-in ending in a colon starts the story and its list stays, short lines included',
      input: 'Flash update 7: fighting around Goma\n\nThe provincial health office gave the following figures on Monday:\n\nKilled: 112\nInjured: 340\n\nAid agencies said access remained difficult.\n',
      title: 'Flash update 7: fighting around Goma', publisher: null, published: null,
      text: 'The provincial health office gave the following figures on Monday:\n\nKilled: 112\n\nInjured: 340\n\nAid agencies said access remained difficult.',
    },
  ])('$name', ({ input, title, publisher, published, text }) => {
    const article = readTxt(input, origin, new Date('2025-06-01T00:00:00Z'));
    expect(article.title).toBe(title);
    expect(article.publisher).toBe(publisher);
    expect(article.published).toBe(published);
    expect(article.text).toBe(text);
  });
});

describe('readTxt: nothing to read', () => {
  test.each([
    ['only chrome', 'Skip to content\nMenu\nHome | World | Africa\n© 2025 Congo Courier'],
    ['only a title and a date line', 'Shelling kills dozens in Goma\nPublished 2025-02-03'],
  ])('%s → InputError naming the file', (_name, input) => {
    expect(() => readTxt(input, origin)).toThrow(InputError);
    try {
      readTxt(input, origin);
    } catch (err) {
      expect((err as InputError).where?.file).toBe('paste.txt');
    }
  });
});
