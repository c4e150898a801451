/**
 * Words for a point, made once per point: reasons and contradictions name the same figures many
 * times over (at every later date while they stand), and number formatting is not free.
 */
import { formatFigure } from '../cli/format/figure.ts';
import { describeOrigin } from './origin.ts';
import type { SeriesPoint } from './types.ts';

export interface PointText {
  /** "~600", "≥1,000". */
  figure: string;
  /** The point figure as a number: "600", "1,150" (midpoint of a range). */
  value: string;
  /** Its ends as used in comparisons. */
  low: string;
  high: string;
  /** "kr-nis (KR intelligence)". */
  origin: string;
  /** "kr-nis (KR intelligence) ~600 (2025-04-30)". */
  label: string;
  /** "~600 from kr-nis (KR intelligence), 2025-04-30[, hedged]". */
  cite: string;
}

const cache = new WeakMap<SeriesPoint, PointText>();

export function pointText(p: SeriesPoint): PointText {
  let text = cache.get(p);
  if (!text) {
    const figure = formatFigure(p);
    const origin = describeOrigin(p.origin);
    text = { figure, value: thousands(p.value), low: thousands(p.low), high: thousands(p.high), origin, label: `${origin} ${figure} (${p.date})`, cite: `${figure} from ${origin}, ${p.date}${p.hedged ? ', hedged' : ''}` };
    cache.set(p, text);
  }
  return text;
}

/**
 * 15000 → "15,000", as the CLI's formatCount writes it, without Intl.NumberFormat: reasons are
 * written for every reconciled date of every series, and Intl is slow in a loop that long.
 */
export function thousands(n: number): string {
  const digits = String(Math.abs(Math.round(n)));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}
