/**
 * Which metrics are running totals. A running total (the dead so far) can only grow, so a later
 * figure below an earlier one is an error somewhere; a level (troops present now, people
 * displaced now) rises and falls, so a lower later figure is news, not a contradiction.
 */
import type { Metric } from '../core/claim.ts';

const MONOTONE: ReadonlySet<Metric> = new Set<Metric>(['killed', 'wounded', 'casualties', 'detained']);

/** True when the metric's totals never fall (killed, wounded, casualties, detained). */
export function isMonotone(metric: Metric): boolean {
  return MONOTONE.has(metric);
}
