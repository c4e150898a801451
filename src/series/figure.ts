/**
 * A figure as a range: the ends used in comparisons, one representative number, and the short
 * text the table shows ("~600", "≥100", "10,000–12,000").
 */

export interface FigureEnds {
  low: number;
  high: number;
  value: number;
}

/**
 * Ends of a figure for comparison. An open end takes the other end's value: "at least 100" is
 * known to be 100 or more, so 100 is both the lowest and the highest we can vouch for.
 * Returns null when both ends are open (no figure at all).
 */
export function figureEnds(min: number | null, max: number | null): FigureEnds | null {
  if (min === null && max === null) return null;
  const low = min ?? (max as number);
  const high = max ?? (min as number);
  return { low, high, value: Math.round((low + high) / 2) };
}

/** True when the two ranges share no number: they cannot both hold. */
export function disjoint(a: { low: number; high: number }, b: { low: number; high: number }): boolean {
  return a.high < b.low || b.high < a.low;
}

const NUMBER = new Intl.NumberFormat('en-US');

/** Thousands-separated whole number. */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** "600", "~600", "≥100", "≤300", "10,000–12,000", "~≤1,000". */
export function formatFigure(min: number | null, max: number | null, approximate: boolean): string {
  const approx = approximate ? '~' : '';
  if (min !== null && max !== null) {
    return min === max ? `${approx}${formatNumber(min)}` : `${approx}${formatNumber(min)}–${formatNumber(max)}`;
  }
  if (min !== null) return `${approx}≥${formatNumber(min)}`;
  if (max !== null) return `${approx}≤${formatNumber(max)}`;
  return '?';
}
