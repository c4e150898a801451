/**
 * ucdp (UCDP-like): low = the lowest end among current figures, high = the highest end, best =
 * the median of the current origins' point figures (exact value, midpoint of a range, or its one
 * known bound). Every origin counts once, whatever the number of outlets that repeated it.
 */
import { formatCount } from '../../cli/format/figure.ts';
import { pointText } from '../point-text.ts';
import type { ReconcileRule } from './rule.ts';
import type { SeriesPoint } from '../types.ts';

export const ucdp: ReconcileRule = {
  id: 'ucdp',
  explanation: 'ucdp (UCDP-like): low = lowest current figure, high = highest current figure, best = median of the current sources\' point figures.',
  reconcile(current) {
    let lowest = current[0] as SeriesPoint;
    let highest = current[0] as SeriesPoint;
    for (const p of current) {
      if (p.low < lowest.low) lowest = p;
      if (p.high > highest.high) highest = p;
    }
    const sorted = [...current].sort((a, b) => a.value - b.value);
    const best = median(sorted.map((p) => p.value));
    const reasons = [
      `low = ${formatCount(lowest.low)}: ${pointText(lowest).cite}`,
      `best = ${formatCount(best)}: median of ${sorted.length} source figure(s) ${sorted.map((p) => pointText(p).value).join(', ')}`,
      `high = ${formatCount(highest.high)}: ${pointText(highest).cite}`,
    ];
    return { low: lowest.low, best, high: highest.high, reasons };
  },
};

/** Median of sorted numbers, rounded to a whole person. */
function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid] as number;
  return Math.round(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}
