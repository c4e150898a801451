import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay } from './time.ts';

describe('isoDay', () => {
  it.each([
    ['2025-04-30T12:00:00Z', '2025-04-30'],
    ['2024-02-29T23:59:59.999Z', '2024-02-29'],
    ['2025-01-01T00:00:00Z', '2025-01-01'],
    ['0999-12-31T12:00:00Z', '0999-12-31'],
  ])('%s is the day %s', (instant, day) => {
    expect(isoDay(new Date(instant))).toBe(day);
  });

  it('spells every UTC day as toISOString does, from year 0 to 9999', () => {
    const min = Date.parse('0000-01-01T00:00:00Z');
    const max = Date.UTC(9999, 11, 31, 23, 59, 59);
    fc.assert(fc.property(fc.integer({ min, max }), (t) => {
      const d = new Date(t);
      expect(isoDay(d)).toBe(d.toISOString().slice(0, 10));
    }), { numRuns: 2000 });
  });
});
