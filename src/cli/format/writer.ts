/**
 * Streaming writers of extractions in the four output formats. Each document is written as it
 * comes (json too: the array is opened, continued and closed), honouring back-pressure, so that
 * output of any size takes constant memory.
 */
import { once } from 'node:events';
import type { Extraction } from '../../core/claim.ts';
import { claimCsvRow, CSV_COLUMNS, csvRecord } from './csv.ts';
import { extractionTable } from './table.ts';

export const OUTPUT_FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
/** table: one readable line per claim; json: an array of Extraction; jsonl: one Extraction a line; csv: one row per claim. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Where output goes: process.stdout, a file stream, a PassThrough in tests. */
export interface Sink {
  write(chunk: string): boolean;
  once(event: 'drain' | 'error' | 'close', listener: (...args: unknown[]) => void): unknown;
}

/** Writes extractions one by one; `end()` closes what the format opened (json's "]"). */
export interface ExtractionWriter {
  write(extraction: Extraction): Promise<void>;
  end(): Promise<void>;
}

/** table for a person at a terminal, jsonl for a pipe. */
export function defaultOutputFormat(isTTY: boolean | undefined): OutputFormat {
  return isTTY ? 'table' : 'jsonl';
}

async function put(sink: Sink, chunk: string): Promise<void> {
  if (!sink.write(chunk)) await once(sink as unknown as NodeJS.EventEmitter, 'drain');
}

/**
 * A writer of `format` to `sink`.
 *
 * @example
 *   const w = createExtractionWriter('csv', process.stdout);
 *   for (const x of extractions) await w.write(x);
 *   await w.end();
 */
export function createExtractionWriter(format: OutputFormat, sink: Sink): ExtractionWriter {
  let count = 0;
  switch (format) {
    case 'jsonl':
      return {
        write: (x) => put(sink, `${JSON.stringify(x)}\n`),
        end: async () => {},
      };
    case 'json':
      return {
        write: (x) => put(sink, `${count++ === 0 ? '[\n' : ',\n'}${JSON.stringify(x)}`),
        end: () => put(sink, count === 0 ? '[]\n' : '\n]\n'),
      };
    case 'csv':
      return {
        write: async (x) => {
          let chunk = count++ === 0 ? csvRecord(CSV_COLUMNS) : '';
          for (const claim of x.claims) chunk += csvRecord(claimCsvRow(x.id, claim));
          if (chunk !== '') await put(sink, chunk);
        },
        end: () => (count === 0 ? put(sink, csvRecord(CSV_COLUMNS)) : Promise.resolve()),
      };
    case 'table':
      return {
        write: (x) => put(sink, `${count++ === 0 ? '' : '\n'}${extractionTable(x).join('\n')}\n`),
        end: async () => {},
      };
  }
}
