import { expect, test } from 'vitest';
import { formatCount } from '../cli/format/figure.ts';
import { thousands } from './point-text.ts';

test.each([0, 7, 999, 1000, 15000, 123456, 1234567, 1_200_000_000, -4500])('thousands(%i) writes what formatCount writes', (n) => {
  expect(thousands(n)).toBe(formatCount(n));
});
