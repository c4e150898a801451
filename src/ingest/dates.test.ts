import { describe, expect, test } from 'vitest';
import { findDate, normalizeDate } from './dates.ts';

describe('normalizeDate', () => {
  test.each([
    ['2025-04-30', '2025-04-30'],
    ['2025-04-30T12:36:00', '2025-04-30T12:36:00'],
    ['2025-04-30 12:36', '2025-04-30T12:36'],
    ['2025-04-30T12:36:00+09:00', '2025-04-30T12:36:00+09:00'],
    ['Tue, 29 Apr 2025 10:00:00 GMT', '2025-04-29T10:00:00Z'],
    ['Wed, 30 Apr 2025 23:30:00 -0500', '2025-04-30T23:30:00-05:00'],
    ['30 Apr, 2025 12:36pm', '2025-04-30T12:36:00'],
    ['April 30, 2025', '2025-04-30'],
    ['not a date', null],
    ['2 hours ago', null],
    ['', null],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});

describe('findDate', () => {
  test('reports where the date is, without the trailing comma chrono may take', () => {
    expect(findDate('AP — March 3, 2025, Kyiv')).toMatchObject({ iso: '2025-03-03', text: 'March 3, 2025', index: 5 });
  });
  test('a date without a year takes the reference year', () => {
    expect(findDate('Updated March 3', new Date('2024-06-01T00:00:00Z'))?.iso).toBe('2024-03-03');
  });
});
