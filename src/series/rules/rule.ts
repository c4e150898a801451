/**
 * The contract of a reconciliation rule: from the current total of every origin at one date,
 * a low / best / high and, when asked, the reason for each in words.
 */
import type { RuleId, SeriesPoint } from '../types.ts';

/** What a rule reads of a current figure to reconcile (a SeriesPoint is one). */
export type RuleFigure = Pick<SeriesPoint, 'low' | 'high' | 'value' | 'hedged' | 'reportCount'>;

export interface Reconciled {
  low: number;
  best: number;
  high: number;
}

/**
 * A switchable rule. `explanation` is the one line the table prints and RULES.md expands.
 * `explain` words what `reconcile` did; it is separate so that nobody pays for words not shown.
 * @example RULES.ucdp.reconcile(currentPoints) // → { low: 600, best: 2300, high: 4000 }
 */
export interface ReconcileRule {
  id: RuleId;
  explanation: string;
  /** `current` is never empty: one standing total per origin. */
  reconcile(current: readonly RuleFigure[]): Reconciled;
  /** The reasons, one per bound, for the same `current`. */
  explain(current: readonly SeriesPoint[]): string[];
}
