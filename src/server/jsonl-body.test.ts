import { describe, expect, test } from 'vitest';
import { parseJsonLines } from './jsonl-body.ts';

describe('parseJsonLines', () => {
  test('good lines become articles with their line number; bad ones are reported and the rest go on', () => {
    const body = ['{"text":"one"}', '', '{"text": 5}', 'nope', '{"id": 7, "text":"two"}', '   '].join('\n');
    const { articles, failures } = parseJsonLines(body);
    expect(articles).toEqual([
      { article: { text: 'one' }, origin: 'line 1' },
      { article: { id: '7', text: 'two' }, origin: 'line 5' },
    ]);
    expect(failures.map((f) => f.error)).toEqual([
      expect.stringMatching(/^line 3: not an article record \(text:/),
      'line 4: not valid JSON',
    ]);
  });

  test('CRLF line ends and an empty body', () => {
    expect(parseJsonLines('{"text":"a"}\r\n{"text":"b"}\r\n').articles).toHaveLength(2);
    expect(parseJsonLines('')).toEqual({ articles: [], failures: [] });
  });
});
