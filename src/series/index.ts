/**
 * The series API: pure functions over stored claims (no database), for the CLI and the server.
 * @example
 * import { buildSeries } from '../series/index.ts';
 * const s = buildSeries((await ledger.queryClaims({ subject: 'KP/military', metric: 'killed' })).rows,
 *   { subject: 'KP/military', metric: 'killed' }, { rule: 'conservative', exclude: ['hedged'] });
 */
export { buildAllSeries, buildSeries, subjectKey } from './build.ts';
export type { SeriesKey } from './build.ts';
export { DEFAULT_RULE, RULE_IDS, RULES, ruleById } from './rules/index.ts';
export type * from './types.ts';
