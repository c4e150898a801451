/**
 * The running totals as time goes: at each date on which some origin stated a total, the points
 * added that day and every origin's current (latest) total. Contradictions and reconciliation
 * both read this walk.
 */
import type { SeriesPoint } from './types.ts';

export interface TimelineStep {
  date: string;
  /** Standing totals stated this day (at most one per origin). */
  added: SeriesPoint[];
  /** Each origin's latest total as of this day, this day's included. */
  current: SeriesPoint[];
}

/** Walk the standing totals (`primary`, comparable 'total') of time-ordered points. */
export function* walkTotals(points: readonly SeriesPoint[]): Generator<TimelineStep> {
  const current = new Map<string, SeriesPoint>();
  let i = 0;
  while (i < points.length) {
    const date = (points[i] as SeriesPoint).date;
    const added: SeriesPoint[] = [];
    for (; i < points.length && (points[i] as SeriesPoint).date === date; i++) {
      const p = points[i] as SeriesPoint;
      if (p.comparable !== 'total' || !p.primary) continue;
      added.push(p);
      current.set(p.origin.key, p);
    }
    if (added.length > 0) yield { date, added, current: [...current.values()] };
  }
}
