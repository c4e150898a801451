import { describe, expect, test } from 'vitest';
import { splitLines } from './line-splitter.ts';
import type { SplitLine } from './line-splitter.ts';

async function* chunksOf(...parts: Array<string | Buffer>): AsyncGenerator<Buffer> {
  for (const p of parts) yield typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
}

// "café\n" cut inside the two bytes of "é".
const CAFE = Buffer.from('café\n', 'utf8');

async function collect(lines: AsyncIterable<SplitLine>): Promise<Array<string | { tooLong: number }>> {
  const out: Array<string | { tooLong: number }> = [];
  for await (const l of lines) out.push(l.tooLong ? { tooLong: l.line } : l.bytes.toString('utf8'));
  return out;
}

describe('splitLines', () => {
  test.each([
    { name: 'one chunk', chunks: ['a\nb\nc'], lines: ['a', 'b', 'c'] },
    { name: 'trailing newline adds no empty line', chunks: ['a\nb\n'], lines: ['a', 'b'] },
    { name: 'lines across chunk boundaries', chunks: ['ab', 'c\nd', 'e', '\n', 'f'], lines: ['abc', 'de', 'f'] },
    { name: 'CRLF', chunks: ['a\r\nb\r', '\nc'], lines: ['a', 'b', 'c'] },
    { name: 'blank lines are kept (numbering)', chunks: ['a\n\n\nb'], lines: ['a', '', '', 'b'] },
    { name: 'a multi-byte character split across chunks', chunks: [CAFE.subarray(0, 4), CAFE.subarray(4)], lines: ['café'] },
    { name: 'nothing', chunks: [], lines: [] },
  ] as Array<{ name: string; chunks: Array<string | Buffer>; lines: string[] }>)('$name', async ({ chunks, lines }) => {
    expect(await collect(splitLines(chunksOf(...chunks), 1024))).toEqual(lines);
  });

  test('a line over the cap is reported with its number and skipped; the next lines go on', async () => {
    const result = await collect(splitLines(chunksOf('ok\n', 'x'.repeat(10), 'y'.repeat(10), '\nafter\n', 'z'.repeat(30)), 16));
    expect(result).toEqual(['ok', { tooLong: 2 }, 'after', { tooLong: 4 }]);
  });
});
