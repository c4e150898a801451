import { describe, expect, test } from 'vitest';
import { readJsonl } from './read-jsonl.ts';
import type { ReadResult } from './types.ts';

async function* chunksOf(...parts: Array<string | Buffer>): AsyncGenerator<Buffer> {
  for (const p of parts) yield typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
}

async function all(results: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

const summary = (r: ReadResult): string => (r.ok ? `${r.origin.line} ok ${r.article.id ?? '-'}` : `${r.origin.line} error ${r.error.message}`);

describe('readJsonl', () => {
  test('one result per record, in order, ids kept (numbers as strings), line numbers counted over blank lines', async () => {
    const input = [
      '{"id": "a", "text": "first"}',
      '',
      '{"id": 7, "text": "second", "published": "2025-04-30"}',
      '   ',
      '{"text": "third, no id"}',
    ].join('\n');
    const results = await all(readJsonl(chunksOf(input), 'in.jsonl'));
    expect(results.map(summary)).toEqual(['1 ok a', '3 ok 7', '5 ok -']);
    expect(results.map((r) => (r.ok ? r.article.text : null))).toEqual(['first', 'second', 'third, no id']);
  });

  test.each([
    ['malformed JSON', '{"id": "x", "text": ', /^malformed JSON/],
    ['not an object', '["text"]', /expected a JSON object/],
    ['no text', '{"id": "x", "title": "t"}', /not an article record: text/],
    ['text of the wrong type', '{"text": 42}', /not an article record: text/],
  ])('%s → a failure naming the line; the other lines go on', async (_name, bad, message) => {
    const input = `{"id": "before", "text": "a"}\n${bad}\n{"id": "after", "text": "b"}\n`;
    const results = await all(readJsonl(chunksOf(input), 'in.jsonl'));
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const failure = results[1];
    expect(failure?.origin).toEqual({ file: 'in.jsonl', line: 2 });
    if (failure && !failure.ok) {
      expect(failure.error.message).toMatch(message);
      expect(failure.error.where).toEqual({ file: 'in.jsonl', line: 2 });
      expect(failure.error.message).not.toContain('\n');
    }
  });

  test('invalid UTF-8 and NUL bytes fail their own line only', async () => {
    const results = await all(
      readJsonl(
        chunksOf('{"text": "ok"}\n', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a]), '{"text": "a\u0000b"}\n', '{"text": "end"}\n'),
        'in.jsonl',
      ),
    );
    expect(results.map(summary)).toEqual([
      '1 ok -',
      '2 error invalid UTF-8',
      '3 error binary data (NUL bytes), not a text article',
      '4 ok -',
    ]);
  });

  test('a 100 MB single line is refused without crashing, and the next line is read', async () => {
    const MB = 1024 * 1024;
    const block = Buffer.alloc(MB, 0x61);
    async function* huge(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"text": "');
      for (let i = 0; i < 100; i++) yield block;
      yield Buffer.from('"}\n{"id": "next", "text": "small"}\n');
    }
    const results = await all(readJsonl(huge(), 'huge.jsonl'));
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    const [first, second] = results;
    if (first && !first.ok) expect(first.error.message).toMatch(/^line too long \(100\.0 MB; limit 50\.0 MB\), skipped$/);
    expect(second?.origin.line).toBe(2);
  });
});
