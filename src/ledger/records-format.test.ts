import { describe, expect, test } from 'vitest';
import { InputError } from '../core/errors.ts';
import { formatRecord, parseCsvLine, parseRecords } from './records-format.ts';
import type { LedgerRecord } from './types.ts';

async function* lines(...ls: string[]): AsyncGenerator<string> {
  yield* ls;
}

async function all(gen: AsyncGenerator<LedgerRecord>): Promise<LedgerRecord[]> {
  const out: LedgerRecord[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

const SOURCE: LedgerRecord = { type: 'source', id: 'kr-nis', name: 'National "Intelligence", Service', kind: 'intelligence', country: 'KR', mergedInto: null, aliases: ['NIS'] };

describe('parseCsvLine', () => {
  test.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['"a,b",c', ['a,b', 'c']],
    ['"say ""hi""",x', ['say "hi"', 'x']],
    ['a,,', ['a', '', '']],
    ['', ['']],
  ])('%s', (line, fields) => {
    expect(parseCsvLine(line)).toEqual(fields);
  });

  test.each(['"open', '"a"b,c'])('%s is refused', (line) => {
    expect(() => parseCsvLine(line)).toThrow();
  });
});

describe('records round trip', () => {
  test.each(['jsonl', 'csv'] as const)('%s', async (format) => {
    const text = (format === 'csv' ? 'type,id,record\r\n' : '') + formatRecord(SOURCE, format);
    const parsed = await all(parseRecords(lines(...text.split('\n')), 'x'));
    expect(parsed).toEqual([SOURCE]);
  });

  test('a line that is not a record names file and line', async () => {
    const error = await all(parseRecords(lines(JSON.stringify(SOURCE), '{"type":"nope","id":"1"}'), 'export.jsonl')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).where).toEqual({ file: 'export.jsonl', line: 2 });
  });

  test('a file that is no export is refused at its first line', async () => {
    await expect(all(parseRecords(lines('hello'), 'notes.txt'))).rejects.toThrow(/not a tally export/);
  });
});
