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

/** A reconciled figure with its reasons in words, one per bound. */
export interface ReconciledWithReasons extends Reconciled {
  reasons: string[];
}

/**
 * A switchable rule. `explanation` is the one line the table prints and RULES.md expands.
 * `reconcileExplained` also words what it did; `reconcile` is apart so that nobody pays for words
 * not shown, and the other works out the figures once for both.
 * @example RULES.ucdp.reconcile(currentPoints) // → { low: 600, best: 2300, high: 4000 }
 */
export interface ReconcileRule {
  id: RuleId;
  explanation: string;
  /** `current` is never empty: one standing total per origin. */
  reconcile(current: readonly RuleFigure[]): Reconciled;
  /** What `reconcile` gives for the same `current`, and the reasons. */
  reconcileExplained(current: readonly SeriesPoint[]): ReconciledWithReasons;
}
