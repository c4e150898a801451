/**
 * A figure as a range: the ends used in comparisons and one representative number. (Its text,
 * "~600", "≥100", comes from the CLI's shared formatFigure.)
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
