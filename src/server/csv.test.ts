import { describe, expect, test } from 'vitest';
import { csvCell } from './csv.ts';

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  test.each([
    [600, '600'],
    [null, ''],
    [undefined, ''],
    [true, 'true'],
  ])('%j → %j (not text: never escaped)', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});
