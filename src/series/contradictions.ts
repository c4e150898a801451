/**
 * Across sources: figures of different origins that cannot both hold. For running totals and
 * levels, two ranges stated the same day that share no number; for running totals only, a total
 * stated below another origin's standing earlier total (the count cannot have fallen); for counts
 * over a stretch, two disjoint counts of the same stretch.
 */
import { disjoint } from './figure.ts';
import { pointText } from './point-text.ts';
import type { TimelineStep } from './timeline.ts';
import type { Contradiction, SeriesPoint } from './types.ts';

/** A contradiction as found: the two points themselves, worded later (and only when asked). */
export interface FoundContradiction {
  date: string;
  kind: Contradiction['kind'];
  a: SeriesPoint;
  b: SeriesPoint;
}

/** Contradictions among totals, found while walking the timeline. Marks both points. */
export function totalContradictions(steps: Iterable<TimelineStep>, monotone: boolean): FoundContradiction[] {
  const out: FoundContradiction[] = [];
  for (const { date, added, current } of steps) {
    for (let i = 0; i < added.length; i++) {
      const q = added[i] as SeriesPoint;
      for (let j = i + 1; j < added.length; j++) {
        const p = added[j] as SeriesPoint;
        if (disjoint(p, q)) out.push(found(date, 'same-date', q, p));
      }
      if (!monotone) continue;
      for (const p of current) {
        if (p.date === date) continue;
        if (q.high < p.low) out.push(found(date, 'later-lower', p, q));
      }
    }
  }
  return out;
}

/** Contradictions among counts of the same stretch (`interval:from..to`): latest per origin. */
export function intervalContradictions(points: readonly SeriesPoint[]): FoundContradiction[] {
  const byClass = new Map<string, Map<string, SeriesPoint>>();
  for (const p of points) {
    if (!p.comparable || p.comparable === 'total') continue;
    const latest = byClass.get(p.comparable) ?? new Map<string, SeriesPoint>();
    latest.set(p.origin.key, p);
    byClass.set(p.comparable, latest);
  }
  const out: FoundContradiction[] = [];
  for (const latest of byClass.values()) {
    const list = [...latest.values()];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as SeriesPoint;
        const b = list[j] as SeriesPoint;
        if (!disjoint(a, b)) continue;
        const [first, second] = a.date <= b.date ? [a, b] : [b, a];
        out.push(found(second.date, 'same-interval', first, second));
      }
    }
  }
  return out;
}

function found(date: string, kind: Contradiction['kind'], a: SeriesPoint, b: SeriesPoint): FoundContradiction {
  if (!a.flags.includes('contradicted')) a.flags.push('contradicted');
  if (!b.flags.includes('contradicted')) b.flags.push('contradicted');
  return { date, kind, a, b };
}

/** The contradiction as output: point ids, and the reason in words unless `explain` is false. */
export function describeContradiction({ date, kind, a, b }: FoundContradiction, explain: boolean): Contradiction {
  return { date, kind, a: a.id, b: b.id, reason: explain ? `${pointText(a).label} vs ${pointText(b).label}: ${why(kind, a)}` : '' };
}

function why(kind: Contradiction['kind'], earlier: SeriesPoint): string {
  switch (kind) {
    case 'same-date':
      return 'both stated the same day and their ranges do not overlap';
    case 'later-lower':
      return `a running total cannot fall below ${pointText(earlier).figure} stated on ${earlier.date}`;
    case 'same-interval':
      return `disjoint counts for the same period ${earlier.period.from}..${earlier.period.to}`;
  }
}
