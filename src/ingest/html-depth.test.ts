import { describe, expect, test } from 'vitest';
import { rawNestingDepth } from './html-depth.ts';

describe('rawNestingDepth', () => {
  test.each([
    ['<html><body><p>x</p></body></html>', 3],
    ['<div><div><div></div></div></div>', 3],
    ['<p>a<br>b<img src="x"><br/>c</p>', 1],
    ['<div><span/><custom-el a="1" /></div>', 1],
    ['<DIV><Div></DIV></div>', 2],
    ['text < 5 and a<b>bold</b>', 1],
    ['</div></div><p>x</p>', 1],
    ['', 0],
  ])('%s → %i', (html, depth) => {
    expect(rawNestingDepth(html)).toBe(depth);
  });

  test('stays linear on tag openings that never close ("<a<a<a…")', () => {
    // Quadratic scanning would take minutes here; linear takes milliseconds.
    expect(rawNestingDepth('<a'.repeat(500_000))).toBe(0);
  });
});
