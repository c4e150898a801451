/** The reconciliation rules, by id. Add a rule: one file in this folder, one line here. */
import { UsageError } from '../../core/errors.ts';
import { conservative } from './conservative.ts';
import { ucdp } from './ucdp.ts';
import type { ReconcileRule } from './rule.ts';
import type { RuleId } from '../types.ts';

export type { ReconcileRule, Reconciled, ReconciledWithReasons, RuleFigure } from './rule.ts';

export const RULES: Readonly<Record<RuleId, ReconcileRule>> = { conservative, ucdp };

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export const DEFAULT_RULE: RuleId = 'ucdp';

/** The rule named `id`; UsageError listing the known ones otherwise. */
export function ruleById(id: string): ReconcileRule {
  if (Object.hasOwn(RULES, id)) return RULES[id as RuleId];
  throw new UsageError(`unknown rule "${id}"`, undefined, `use one of: ${RULE_IDS.join(', ')}`);
}
