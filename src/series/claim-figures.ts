/**
 * Claims in memory as the lean series read gives them (src/ledger/series-figures.ts), for
 * `summarizeFigures`: one row array per claim. The ledger's own read makes these rows in the
 * database; this makes them from any claims (tests, in-memory benches).
 *
 * Publications are taken per document from its first claim: in a ledger every claim of a document
 * carries the document's publications.
 */
import { FIGURE_FLAG, PERIOD_CODES, reportsOf, type FigureRow, type SeriesFigures } from '../ledger/series-figures.ts';
import type { SeriesPublication } from '../ledger/series-read.ts';
import { originKeyOf } from './origin.ts';
import type { SeriesInput } from './types.ts';

export function figuresOfClaims(claims: readonly SeriesInput[]): SeriesFigures {
  const publications = new Map<string, readonly SeriesPublication[]>();
  const reports = new Map<string, number>();
  const rows: FigureRow[] = [];
  for (const c of claims) {
    if (!publications.has(c.documentId)) {
      publications.set(c.documentId, c.publications);
      const count = reportsOf(c.publications);
      if (count > 1) reports.set(c.documentId, count);
    }
    const attributed = c.source.length > 0;
    const flags = (c.hedged ? FIGURE_FLAG.hedged : 0)
      | (c.section === 'title' ? FIGURE_FLAG.title : 0)
      | (c.status === 'rejected' ? FIGURE_FLAG.rejected : 0)
      | (attributed ? 0 : FIGURE_FLAG.unattributed)
      | (c.current === false ? FIGURE_FLAG.superseded : 0)
      | (PERIOD_CODES.indexOf(c.period?.kind ?? null) << FIGURE_FLAG.periodShift);
    // The row's origin is the stored one, or null when the outlet's own voice must be read from the publications.
    const origin = c.originId || attributed ? originKeyOf(c) : null;
    rows.push([c.documentId, c.asOf, c.min, c.max, flags, origin, c.period?.from ?? null, c.period?.to ?? null]);
  }
  return { rows, publications: async () => publications, reports, canonical: (id) => id };
}
