/**
 * Stored claims in the four output formats of `tally claims`: table (one line per claim, its
 * evidence indented below), json (an array), jsonl, csv (the extractor's claim columns with the
 * claim id first, then the ledger's own). Written page by page, so any number of claims takes
 * constant memory. Reuses the claim formatters of src/cli/format.
 */
import { once } from 'node:events';
import type { StoredClaim } from '../ledger/types.ts';
import { alignRows, claimCells, claimCsvRow, CSV_COLUMNS, csvRecord } from './format/index.ts';
import type { OutputFormat, Sink } from './format/index.ts';

export const STORED_CSV_COLUMNS = [...CSV_COLUMNS, 'document_id', 'origin_id', 'source_ids', 'status', 'publishers', 'urls'] as const;

const EVIDENCE_WIDTH = 160;

export interface ClaimsWriter {
  /** Write one page of claims. */
  write(claims: StoredClaim[]): Promise<void>;
  end(): Promise<void>;
}

async function put(sink: Sink, chunk: string): Promise<void> {
  if (chunk !== '' && !sink.write(chunk)) await once(sink as unknown as NodeJS.EventEmitter, 'drain');
}

function oneLine(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** The table lines of one page: id, the claim's cells, status; then the evidence, indented. */
export function claimTableLines(claims: StoredClaim[]): string[] {
  const rows = alignRows(claims.map((c) => [c.id, ...claimCells(c), c.status === 'unreviewed' ? '' : c.status]));
  return rows.flatMap((row, i) => [row, `    “${oneLine(claims[i]!.evidence.text, EVIDENCE_WIDTH)}”`]);
}

export function storedCsvRow(c: StoredClaim): string {
  return csvRecord([
    ...claimCsvRow(c.id, c), c.documentId, c.originId, c.sourceIds.join(' | '), c.status,
    c.publications.map((p) => p.publisher ?? '').join(' | '), c.publications.map((p) => p.url ?? '').join(' | '),
  ]);
}

export function createClaimsWriter(format: OutputFormat, sink: Sink): ClaimsWriter {
  let count = 0;
  switch (format) {
    case 'jsonl':
      return { write: (cs) => put(sink, cs.map((c) => `${JSON.stringify(c)}\n`).join('')), end: async () => {} };
    case 'json':
      return {
        write: (cs) => put(sink, cs.map((c) => `${count++ === 0 ? '[\n' : ',\n'}${JSON.stringify(c)}`).join('')),
        end: () => put(sink, count === 0 ? '[]\n' : '\n]\n'),
      };
    case 'csv':
      return {
        write: (cs) => put(sink, (count++ === 0 ? csvRecord(STORED_CSV_COLUMNS) : '') + cs.map(storedCsvRow).join('')),
        end: () => (count === 0 ? put(sink, csvRecord(STORED_CSV_COLUMNS)) : Promise.resolve()),
      };
    case 'table':
      return {
        write: async (cs) => {
          count += cs.length;
          await put(sink, cs.length ? `${claimTableLines(cs).join('\n')}\n` : '');
        },
        end: () => put(sink, count === 0 ? '(no claims)\n' : ''),
      };
  }
}
