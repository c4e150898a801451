/**
 * The export file formats of the ledger's records, both ways. JSONL: one record a line. CSV
 * (RFC 4180): columns type,id,record where record is the record's JSON — lossless, one row a
 * line (JSON escapes newlines), and readable by a spreadsheet for a glance at what is there.
 */
import { InputError } from '../core/errors.ts';
import type { LedgerRecord } from './types.ts';

export const RECORD_FORMATS = ['jsonl', 'csv'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

export const RECORD_CSV_HEADER = 'type,id,record';

const RECORD_TYPES = new Set(['source', 'document', 'publication', 'claim', 'review']);

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function formatRecord(record: LedgerRecord, format: RecordFormat): string {
  const json = JSON.stringify(record);
  return format === 'jsonl' ? `${json}\n` : `${quote(record.type)},${quote(String(record.id))},${quote(json)}\r\n`;
}

/** Split one CSV line into fields; quoted fields may hold commas and doubled quotes. */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close < 0) throw new Error('unterminated quoted field');
        value += line.slice(i, close);
        if (line[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      fields.push(value);
      if (i < line.length && line[i] !== ',') throw new Error('text after a closing quote');
      i++;
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      fields.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return fields;
}

function check(value: unknown, file: string, line: number): LedgerRecord {
  const r = value as { type?: unknown; id?: unknown };
  if (typeof r !== 'object' || r === null || typeof r.type !== 'string' || !RECORD_TYPES.has(r.type) || (typeof r.id !== 'string' && typeof r.id !== 'number')) {
    throw new InputError('not a ledger record (type and id expected)', { file, line }, 'import reads what `tally export` wrote');
  }
  return value as LedgerRecord;
}

/** "jsonl" for a line starting with "{", "csv" for the CSV header. */
export function sniffRecordFormat(firstLine: string): RecordFormat | null {
  if (firstLine.trimStart().startsWith('{')) return 'jsonl';
  if (firstLine.replace(/^\uFEFF/, '').trim() === RECORD_CSV_HEADER) return 'csv';
  return null;
}

/** Records from the lines of an export; throws InputError naming file and line for a bad one. */
export async function* parseRecords(lines: AsyncIterable<string>, file: string, format?: RecordFormat): AsyncGenerator<LedgerRecord> {
  let n = 0;
  let kind = format ?? null;
  for await (const raw of lines) {
    n++;
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') continue;
    if (kind === null) {
      kind = sniffRecordFormat(line);
      if (kind === null) throw new InputError('not a tally export (neither JSONL records nor a type,id,record CSV)', { file, line: n });
    }
    if (kind === 'csv' && line.replace(/^\uFEFF/, '').trim() === RECORD_CSV_HEADER) continue;
    let value: unknown;
    try {
      value = kind === 'jsonl' ? JSON.parse(line) : JSON.parse(parseCsvLine(line)[2] ?? '');
    } catch (err) {
      throw new InputError(`malformed ${kind} record: ${(err as Error).message}`, { file, line: n });
    }
    yield check(value, file, n);
  }
}
