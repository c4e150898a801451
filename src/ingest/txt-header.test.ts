import { describe, expect, test } from 'vitest';
import { parseHeaderLine } from './txt-header.ts';

const REFERENCE = new Date('2025-06-01T00:00:00Z');

describe('parseHeaderLine: header shapes', () => {
  test.each([
    ['Reuters Published 30 Apr, 2025 12:36pm', { publisher: 'Reuters', published: '2025-04-30T12:36:00' }],
    ['By Jane Doe, Reuters', { author: 'Jane Doe', publisher: 'Reuters' }],
    ['By Jane Doe and John Roe | Associated Press', { author: 'Jane Doe and John Roe', publisher: 'Associated Press' }],
    ['By Al Jazeera Staff', { author: 'Al Jazeera Staff', publisher: 'Al Jazeera' }],
    ['By Jane Doe', { author: 'Jane Doe' }],
    ['Updated March 3, 2025 4:10 PM GMT', { published: '2025-03-03T16:10:00Z' }],
    ['Published 2025-03-03', { published: '2025-03-03' }],
    ['AP — March 3, 2025', { publisher: 'AP', published: '2025-03-03' }],
    ['Published On 3 Mar 2025', { published: '2025-03-03' }],
    ['Last updated: 3 March 2025, 10:15 BST', { published: '2025-03-03T10:15:00+01:00' }],
    ['Jane Doe | Reuters | March 3, 2025', { author: 'Jane Doe', publisher: 'Reuters', published: '2025-03-03' }],
    ['World | 30 Apr 2025', { published: '2025-04-30' }],
    ['Reuters · 30 Apr 2025 · 5 min read', { publisher: 'Reuters', published: '2025-04-30' }],
    ['Wed 30 Apr 2025 09.12 EDT', { published: '2025-04-30T09:12:00-04:00' }],
    ['Published 30 Apr, 2025 12:36pm | Updated 30 Apr, 2025 01:10pm', { published: '2025-04-30T12:36:00' }],
    ['Congo Courier news desk  3 March 2025 10:15 PM', { publisher: 'Congo Courier', published: '2025-03-03T22:15:00' }],
    ['December 19, 2024 9:15 AM GMT Updated 2 hours ago', { published: '2024-12-19T09:15:00Z' }],
    ['Jane Doe, Reuters · 3 min read · Mar 3, 2025', { author: 'Jane Doe', publisher: 'Reuters', published: '2025-03-03' }],
    ['Published: 03/03/2025', { published: '2025-03-03' }],
  ])('%s', (line, expected) => {
    expect(parseHeaderLine(line, REFERENCE)).toEqual(expected);
  });
});

describe('parseHeaderLine: lines that are not headers', () => {
  test.each([
    'GOMA: Some 40 people died in the shelling, officials said on April 30, 2025.',
    'KYIV, March 3 (Reuters) - Russia said it had captured a village.',
    'On March 3, 2025, the army said 40 people were killed.',
    'Dozens of fighters killed near Goma as rebels advance, army says',
    'Published 2 hours ago',
    '',
    'x'.repeat(400),
  ])('%s', (line) => {
    expect(parseHeaderLine(line, REFERENCE)).toBeNull();
  });
});
