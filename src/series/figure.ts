/**
 * Figures as ranges. A point's ends (`low`, `high`) are set in points.ts: an open end takes the
 * other end's value, "at least 100" is known to be 100 or more, so 100 is both the lowest and the
 * highest we can vouch for. (Its text, "~600", "≥100", comes from the CLI's shared formatFigure.)
 */

/** True when the two ranges share no number: they cannot both hold. */
export function disjoint(a: { low: number; high: number }, b: { low: number; high: number }): boolean {
  return a.high < b.low || b.high < a.low;
}
