/** How a rule names the figure it took a bound from: "600 from kr-nis (KR intelligence), 2025-04-30". */
import { describeOrigin } from '../origin.ts';
import { formatFigure } from '../../cli/format/figure.ts';
import type { SeriesPoint } from '../types.ts';

export function cite(p: SeriesPoint): string {
  const hedge = p.hedged ? ', hedged' : '';
  return `${formatFigure(p)} from ${describeOrigin(p.origin)}, ${p.date}${hedge}`;
}
