/**
 * Claims rendered for people: figures ("~600", "≥100", "10,000–12,000"), source chains
 * ("South Korean lawmakers → the country's intelligence agency", "(outlet)").
 */
import type { Claim, SourceLink } from '../../core/claim.ts';

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A whole number with thousands separators: 15000 → "15,000". */
export function formatCount(n: number): string {
  return count.format(n);
}

/**
 * The figure of a claim from min, max and approximate:
 * 600/600 ~ → "~600"; 100/null → "≥100"; null/300 → "≤300"; 10000/12000 → "10,000–12,000";
 * 2000/9999 ~ → "~2,000–9,999"; null/null → "?".
 */
export function formatFigure(claim: Pick<Claim, 'min' | 'max' | 'approximate'>): string {
  const { min, max, approximate } = claim;
  const about = approximate ? '~' : '';
  if (min !== null && max !== null) {
    return min === max ? `${about}${formatCount(min)}` : `${about}${formatCount(min)}–${formatCount(max)}`;
  }
  if (min !== null) return `≥${about}${formatCount(min)}`;
  if (max !== null) return `≤${about}${formatCount(max)}`;
  return '?';
}

/** Speaker first, origin last, joined by arrows; "(outlet)" when the outlet speaks in its own voice. */
export function formatSourceChain(source: readonly SourceLink[]): string {
  return source.length === 0 ? '(outlet)' : source.map((link) => link.name).join(' → ');
}
