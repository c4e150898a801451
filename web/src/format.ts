/** How figures, subjects and sources read on the page. */
import type { StoredClaim } from './api.ts';

const number = new Intl.NumberFormat('en-US');

export function formatNumber(n: number): string {
  return number.format(n);
}

/** "600", "about 600", "at least 1,000", "up to 300", "10,000–12,000" */
export function formatFigure(min: number | null, max: number | null, approximate = false): string {
  const about = approximate ? 'about ' : '';
  if (min !== null && max !== null) return min === max ? `${about}${formatNumber(min)}` : `${about}${formatNumber(min)}–${formatNumber(max)}`;
  if (min !== null) return `at least ${formatNumber(min)}`;
  if (max !== null) return `${approximate ? 'nearly' : 'up to'} ${formatNumber(max)}`;
  return '?';
}

const GROUP_NAMES: Record<string, string> = { military: 'military', civilian: 'civilians', workers: 'workers', people: 'people' };

/** "KP/military" → "KP military"; "-/people" → "people (no country)" */
export function formatSubjectKey(key: string): string {
  const [country, group] = key.split('/');
  const g = GROUP_NAMES[group ?? ''] ?? group ?? '';
  return country && country !== '-' ? `${country} ${g}` : `${g} (no country)`;
}

export function formatSource(claim: Pick<StoredClaim, 'source'>): string {
  if (claim.source.length === 0) return 'the outlet itself';
  return claim.source.map((link) => link.name).join(' → ');
}

export function formatRange(low: number, best: number, high: number): string {
  return low === high ? formatNumber(best) : `${formatNumber(best)} (${formatNumber(low)}–${formatNumber(high)})`;
}
