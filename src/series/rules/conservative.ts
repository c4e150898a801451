/**
 * conservative (ACLED-like): the lowest credible current figure. Credible = stated, not hedged,
 * when any current figure is stated; only when every current figure is hedged do hedged ones
 * count. best = low = the lowest end of the lowest such figure; high = that same figure's upper end
 * (the band shows how precise the figure we stand behind is, not what others claim).
 */
import { pointText } from '../point-text.ts';
import type { ReconcileRule, RuleFigure } from './rule.ts';

/** The credible figures, and the lowest of them (more reports break a tie). */
function lowestCredible<F extends RuleFigure>(current: readonly F[]): { lowest: F; credible: number } {
  let stated = 0;
  for (const p of current) if (!p.hedged) stated += 1;
  let lowest: F | null = null;
  for (const p of current) {
    if (stated > 0 && p.hedged) continue;
    if (!lowest || p.low < lowest.low || (p.low === lowest.low && p.reportCount > lowest.reportCount)) lowest = p;
  }
  return { lowest: lowest as F, credible: stated > 0 ? stated : current.length };
}

export const conservative: ReconcileRule = {
  id: 'conservative',
  explanation: 'conservative (ACLED-like): best = low = the lowest credible (unhedged) current figure of any source; high = that figure\'s upper end.',
  reconcile(current) {
    const { lowest } = lowestCredible(current);
    return { low: lowest.low, best: lowest.low, high: lowest.high };
  },
  reconcileExplained(current) {
    const { lowest, credible } = lowestCredible(current);
    const text = pointText(lowest);
    const reasons = [
      `low = best = ${text.low}: lowest of ${credible} credible current figure(s), ${text.cite}`,
      `high = ${text.high}: upper end of that figure`,
    ];
    if (credible < current.length) reasons.push(`${current.length - credible} hedged figure(s) set aside as not credible`);
    return { low: lowest.low, best: lowest.low, high: lowest.high, reasons };
  },
};
