/**
 * conservative (ACLED-like): the lowest credible current figure. Credible = stated, not hedged,
 * when any current figure is stated; only when every current figure is hedged do hedged ones
 * count. best = low = the lowest end of the lowest such figure; high = that same figure's upper end
 * (the band shows how precise the figure we stand behind is, not what others claim).
 */
import { formatCount } from '../../cli/format/figure.ts';
import { pointText } from '../point-text.ts';
import type { ReconcileRule } from './rule.ts';
import type { SeriesPoint } from '../types.ts';

export const conservative: ReconcileRule = {
  id: 'conservative',
  explanation: 'conservative (ACLED-like): best = low = the lowest credible (unhedged) current figure of any source; high = that figure\'s upper end.',
  reconcile(current) {
    const stated = current.filter((p) => !p.hedged);
    const credible = stated.length > 0 ? stated : current;
    let lowest = credible[0] as SeriesPoint;
    for (const p of credible) {
      if (p.low < lowest.low || (p.low === lowest.low && p.reports.length > lowest.reports.length)) lowest = p;
    }
    const left = current.length - credible.length;
    const reasons = [
      `low = best = ${formatCount(lowest.low)}: lowest of ${credible.length} credible current figure(s), ${pointText(lowest).cite}`,
      `high = ${formatCount(lowest.high)}: upper end of that figure`,
    ];
    if (left > 0) reasons.push(`${left} hedged figure(s) set aside as not credible`);
    return { low: lowest.low, best: lowest.low, high: lowest.high, reasons };
  },
};
