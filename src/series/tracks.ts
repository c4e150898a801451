/**
 * Per source: each origin's points in time order, which of its same-day figures stands, how it
 * revised its own running total, and its latest figure. A later figure supersedes an earlier
 * one of the same origin; a running total that goes down is flagged.
 */
import type { Revision, SeriesPoint, SourceTrack } from './types.ts';

/**
 * Build the tracks and mark points: `primary` false for a same-day alternative, flag
 * 'revised-down' where a monotone total fell. `points` must be in time order.
 */
export function buildTracks(points: readonly SeriesPoint[], monotone: boolean): SourceTrack[] {
  const byOrigin = new Map<string, SeriesPoint[]>();
  for (const p of points) {
    const list = byOrigin.get(p.origin.key);
    if (list) list.push(p);
    else byOrigin.set(p.origin.key, [p]);
  }
  const tracks: SourceTrack[] = [];
  for (const list of byOrigin.values()) {
    const totals = standingTotals(list);
    const revisions: Revision[] = [];
    for (let i = 1; i < totals.length; i++) {
      const from = totals[i - 1] as SeriesPoint;
      const to = totals[i] as SeriesPoint;
      const change = compareFigures(from, to);
      const flagged = monotone && change === 'down';
      if (flagged) to.flags.push('revised-down');
      revisions.push({ from: from.id, to: to.id, fromDate: from.date, toDate: to.date, change, flagged });
    }
    tracks.push({
      origin: (list[0] as SeriesPoint).origin,
      points: list.map((p) => p.id),
      latest: totals.at(-1)?.id ?? null,
      revisions,
    });
  }
  return tracks;
}

/**
 * One standing total per day for one origin: when it gave several different totals the same
 * day, the stated (unhedged) one wins, then the one more outlets carried, then the narrower.
 * The others are marked not primary.
 */
function standingTotals(list: readonly SeriesPoint[]): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (const p of list) {
    if (p.comparable !== 'total') continue;
    const prev = out.at(-1);
    if (prev && prev.date === p.date) {
      if (rank(p, prev) < 0) {
        prev.primary = false;
        out[out.length - 1] = p;
      } else {
        p.primary = false;
      }
      continue;
    }
    out.push(p);
  }
  return out;
}

/** Negative when `a` should stand over `b`. */
function rank(a: SeriesPoint, b: SeriesPoint): number {
  return (Number(a.hedged) - Number(b.hedged))
    || (b.reportCount - a.reportCount)
    || ((a.high - a.low) - (b.high - b.low));
}

/** How a later figure relates to an earlier one. */
export function compareFigures(from: SeriesPoint, to: SeriesPoint): Revision['change'] {
  if (to.min === from.min && to.max === from.max) return 'same';
  if (to.high < from.low) return 'down';
  if (to.low > from.high) return 'up';
  return 'overlap';
}
