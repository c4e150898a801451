import { describe, expect, test } from 'vitest';
import { stripTitleSuffix } from './title.ts';

describe('stripTitleSuffix', () => {
  test.each([
    ['Sudan toll rises | Daily Wire', null, 'Sudan toll rises'],
    ['Sudan toll rises | Daily Wire', 'Daily Wire', 'Sudan toll rises'],
    ['Sudan toll rises - Daily Wire', 'Daily Wire', 'Sudan toll rises'],
    ['Sudan toll rises — daily wire', 'Daily Wire', 'Sudan toll rises'],
    ['Sudan toll rises - Daily Wire', null, 'Sudan toll rises - Daily Wire'],
    ['Kyiv - Russia - talks stall', 'Reuters', 'Kyiv - Russia - talks stall'],
    ['War | the long view from a village that has lost half its young men', null, 'War | the long view from a village that has lost half its young men'],
    ['| Daily Wire', null, '| Daily Wire'],
    ['No suffix here', 'Reuters', 'No suffix here'],
  ])('%s (publisher %s) → %s', (title, publisher, expected) => {
    expect(stripTitleSuffix(title, publisher)).toBe(expected);
  });
});
