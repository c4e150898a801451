/**
 * When the worker refreshes the series table's lines (series-table.ts), on a fake clock: after a
 * burst once idle, at most once a minute while pages keep coming, again for pages stored during a
 * refresh, once more when the worker stops, and a failed refresh tried again.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { SummaryCounts } from '../series/ledger-summaries.ts';
import { SeriesTableKeeper } from './series-table.ts';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  vi.useRealTimers();
});

const TIMING = { everyMs: 60_000, idleMs: 5_000 };
const every = (from: number, step: number, to: number) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

test.each([
  ['a burst, then quiet: once idle', [0, 1000, 2000], 0, 200_000, [7000]],
  ['pages all the time: a minute after the first, then a minute apart, the last once idle', every(500, 3500, 148_500), 0, 300_000, [60_500, 123_500, 183_500]],
  ['a page now and then: the first once idle, then at most one a minute', [0, 10_000, 20_000], 0, 200_000, [5000, 65_000]],
  ['a page stored during a refresh: refreshed again, a minute after the last', [0, 6000], 3000, 200_000, [5000, 65_000]],
  ['no page: no refresh', [], 0, 200_000, []],
] as const)('%s', async (_what, pages, lasts, until, expected) => {
  const started: number[] = [];
  const refresh = async (): Promise<SummaryCounts> => {
    started.push(Date.now());
    await new Promise((resolve) => setTimeout(resolve, lasts));
    return { kept: 0, computed: 1 };
  };
  const keeper = new SeriesTableKeeper(refresh, TIMING, undefined, () => Date.now());
  for (const at of pages) setTimeout(() => keeper.stored(), at);
  await vi.advanceTimersByTimeAsync(until);
  expect(started).toEqual(expected);
  await keeper.close();
  // Nothing came since the last: stopping adds none.
  expect(started).toEqual(expected);
  expect(keeper.refreshes).toBe(expected.length);
});

test('stopping waits for the refresh under way and refreshes once more for the pages since', async () => {
  const started: number[] = [];
  const keeper = new SeriesTableKeeper(async () => {
    started.push(Date.now());
    await new Promise((resolve) => setTimeout(resolve, 4000));
    return { kept: 0, computed: 1 };
  }, TIMING, undefined, () => Date.now());
  keeper.stored();
  await vi.advanceTimersByTimeAsync(6000);
  keeper.stored();
  const closed = keeper.close();
  await vi.advanceTimersByTimeAsync(10_000);
  await closed;
  expect(started).toEqual([5000, 9000]);
  keeper.stored();
  await vi.advanceTimersByTimeAsync(200_000);
  expect(started).toHaveLength(2);
});

test('a refresh that fails is tried again a minute later, and said in one line', async () => {
  const started: number[] = [];
  const lines: string[] = [];
  const keeper = new SeriesTableKeeper(async () => {
    started.push(Date.now());
    if (started.length === 1) throw new Error('database is locked');
    return { kept: 3, computed: 2 };
  }, TIMING, (line) => lines.push(line), () => Date.now());
  keeper.stored();
  await vi.advanceTimersByTimeAsync(200_000);
  expect(started).toEqual([5000, 65_000]);
  expect(lines).toEqual(['series table: database is locked', 'series table: 2 lines computed, 3 kept']);
  await keeper.close();
});
