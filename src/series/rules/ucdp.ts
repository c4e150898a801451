/**
 * ucdp (UCDP-like): low = the lowest end among current figures, high = the highest end, best =
 * the median of the current origins' point figures (exact value, midpoint of a range, or its one
 * known bound). Every origin counts once, whatever the number of outlets that repeated it.
 */
import { pointText, thousands } from '../point-text.ts';
import type { ReconcileRule, RuleFigure } from './rule.ts';

function extremes<F extends RuleFigure>(current: readonly F[]): { lowest: F; highest: F } {
  let lowest = current[0] as F;
  let highest = current[0] as F;
  for (const p of current) {
    if (p.low < lowest.low) lowest = p;
    if (p.high > highest.high) highest = p;
  }
  return { lowest, highest };
}

function byValue<F extends RuleFigure>(current: readonly F[]): F[] {
  return [...current].sort((a, b) => a.value - b.value);
}

/** Median of the sorted points' values, rounded to a whole person. */
function median(sorted: readonly RuleFigure[]): number {
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return (sorted[mid] as RuleFigure).value;
  return Math.round(((sorted[mid - 1] as RuleFigure).value + (sorted[mid] as RuleFigure).value) / 2);
}

export const ucdp: ReconcileRule = {
  id: 'ucdp',
  explanation: 'ucdp (UCDP-like): low = lowest current figure, high = highest current figure, best = median of the current sources\' point figures.',
  reconcile(current) {
    const { lowest, highest } = extremes(current);
    return { low: lowest.low, best: median(byValue(current)), high: highest.high };
  },
  reconcileExplained(current) {
    const { lowest, highest } = extremes(current);
    const sorted = byValue(current);
    const best = median(sorted);
    return {
      low: lowest.low, best, high: highest.high,
      reasons: [
        `low = ${pointText(lowest).low}: ${pointText(lowest).cite}`,
        `best = ${thousands(best)}: median of ${sorted.length} source figure(s) ${sorted.map((p) => pointText(p).value).join(', ')}`,
        `high = ${pointText(highest).high}: ${pointText(highest).cite}`,
      ],
    };
  },
};
