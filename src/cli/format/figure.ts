/**
 * Claims rendered for people: figures ("~600", "≥100", "10,000–12,000"), source chains
 * ("South Korean lawmakers → the country's intelligence agency", "(outlet)").
 */
import type { Claim, SourceLink } from '../../core/claim.ts';

/** Made on first need: ICU's number formatting takes ~10 ms to set up, at the start of every verb that formats counts. */
let intl: Intl.NumberFormat | undefined;

/**
 * A whole number with thousands separators: 15000 → "15,000"; rounded half away from zero, as
 * Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }) writes it. Written here for the numbers
 * figures are (finite, below 2^53, not rounding to a negative zero), which is exactly what Intl
 * writes for them (format.test.ts); Intl for any other.
 */
export function formatCount(n: number): string {
  const magnitude = Math.round(Math.abs(n));
  if (!(magnitude < 2 ** 53) || (magnitude === 0 && (n < 0 || Object.is(n, -0)))) {
    return (intl ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })).format(n);
  }
  const digits = String(magnitude);
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
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
