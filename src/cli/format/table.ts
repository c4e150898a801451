/**
 * The human view: per document a heading line, then one aligned line per claim —
 * metric, figure, subject, source chain, date, hedge.
 */
import type { Claim, Extraction } from '../../core/claim.ts';
import { formatFigure, formatSourceChain } from './figure.ts';

// Columns wider than this are not padded further (the line just runs on).
const MAX_PAD = 60;

/** The cells of one claim line, in column order. */
export function claimCells(claim: Claim): string[] {
  const metric = claim.section === 'title' ? `${claim.metric} (title)` : claim.metric;
  const place = claim.location ? ` in ${claim.location}` : '';
  return [
    metric,
    formatFigure(claim),
    `${claim.subject.text}${place}`,
    formatSourceChain(claim.source),
    claim.asOf ?? '—',
    claim.hedged ? 'hedged' : '',
  ];
}

/** Lay rows out in columns padded to the widest cell (up to MAX_PAD); trailing blanks trimmed. */
export function alignRows(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.min(MAX_PAD, Math.max(widths[i] ?? 0, cell.length))));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd());
}

/** The heading of a document: title — publisher, published [id]. */
export function documentHeading(extraction: Extraction): string {
  const { title, publisher, published } = extraction.document;
  const meta = [publisher, published].filter((v): v is string => !!v).join(', ');
  const id = extraction.id ? ` [${extraction.id}]` : '';
  return `${title ?? '(untitled)'}${meta ? ` — ${meta}` : ''}${id}`;
}

/** All lines of one document: heading, claim lines indented, or a note that there are none. */
export function extractionTable(extraction: Extraction): string[] {
  const heading = documentHeading(extraction);
  if (extraction.claims.length === 0) return [heading, '  (no claims)'];
  return [heading, ...alignRows(extraction.claims.map(claimCells)).map((line) => `  ${line}`)];
}
