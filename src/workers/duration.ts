/**
 * Poll intervals as people write them: "90s", "15m", "2h", "1d", or a bare number of minutes.
 */
import { UsageError } from '../core/errors.ts';

const DURATION = /^(\d{1,6})\s{0,3}(s|sec|m|min|h|d)?$/i;
const UNIT_SECONDS: Record<string, number> = { s: 1, sec: 1, m: 60, min: 60, h: 3600, d: 86400 };

/** Shortest interval a feed may be polled at: a watch must not turn into a flood. */
export const MIN_INTERVAL_SECONDS = 10;

/** "15m" → 900. Throws UsageError for anything else or below the minimum. */
export function parseInterval(text: string): number {
  const match = DURATION.exec(text.trim());
  if (!match) throw new UsageError(`invalid interval "${text}"`, undefined, 'write it like 30s, 15m, 2h or 1d');
  const seconds = Number(match[1]) * UNIT_SECONDS[(match[2] ?? 'm').toLowerCase()]!;
  if (seconds < MIN_INTERVAL_SECONDS) {
    throw new UsageError(`interval "${text}" is shorter than ${MIN_INTERVAL_SECONDS}s`);
  }
  return seconds;
}

/** 900 → "15m", 5400 → "1h30m". */
export function formatInterval(seconds: number): string {
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of [['d', 86400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join('') || '0s';
}
