/**
 * Claims in memory as the lean series read gives them (src/ledger/series-figures.ts), for
 * `summarizeFigures`: one row array per claim. The ledger's own read makes these rows in the
 * database; this makes them from any claims (tests, in-memory benches).
 *
 * Publications are taken per document from its first claim: in a ledger every claim of a document
 * carries the document's publications.
 *
 * With `text`, the claims come as SQLite's read gives them too (FIGURE_TEXT, SeriesFigures.texts),
 * written here as SQLite's printf writes them, seven lines a text unless told: what summarize.ts
 * reads first.
 */
import { FIGURE_FLAG, FIGURE_TEXT, PERIOD_CODES, reportsOf, type FigureRow, type SeriesFigures } from '../ledger/series-figures.ts';
import type { SeriesPublication } from '../ledger/series-read.ts';
import { originKeyOf } from './origin.ts';
import type { SeriesInput } from './types.ts';

export function figuresOfClaims(claims: readonly SeriesInput[], options: { text?: boolean; linesPerText?: number } = {}): SeriesFigures {
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
  let texts: string[] | undefined;
  if (options.text) {
    texts = [];
    const lines = options.linesPerText ?? 7;
    for (let i = 0; i < rows.length; i += lines) texts.push(rows.slice(i, i + lines).map(textLine).join(FIGURE_TEXT.line));
  }
  return { rows, texts, publications: async () => publications, reports, canonical: (id) => id };
}

/** A row as a line of FIGURE_TEXT. */
function textLine(r: FigureRow): string {
  const [documentId, asOf, min, max, flags, origin, from, to] = r;
  const all = flags | (asOf === null ? FIGURE_FLAG.noAsOf : 0) | (origin === null ? FIGURE_FLAG.noOrigin : 0);
  return [documentId, asOf ?? '', sqliteNumber(min), sqliteNumber(max), all, origin ?? '', from ?? '', to ?? ''].join(FIGURE_TEXT.field);
}

/** A figure as SQLite's printf('%s') writes it: a whole number in digits, any other with a decimal point. */
function sqliteNumber(n: number | null): string {
  if (n === null) return '';
  return Number.isInteger(n) && Math.abs(n) < 2 ** 63 ? BigInt(n).toString() : n.toExponential();
}
