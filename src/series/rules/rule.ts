/**
 * The contract of a reconciliation rule: from the current total of every origin at one date,
 * a low / best / high and, for each, the reason in words.
 */
import type { RuleId, SeriesPoint } from '../types.ts';

export interface Reconciled {
  low: number;
  best: number;
  high: number;
  reasons: string[];
}

/**
 * A switchable rule. `explanation` is the one line the table prints and RULES.md expands.
 * @example RULES.ucdp.reconcile(currentPoints) // → { low: 600, best: 2300, high: 4000, reasons: [...] }
 */
export interface ReconcileRule {
  id: RuleId;
  explanation: string;
  /** `current` is never empty: one standing total per origin. */
  reconcile(current: readonly SeriesPoint[]): Reconciled;
}
