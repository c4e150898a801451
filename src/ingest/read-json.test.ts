import { describe, expect, test } from 'vitest';
import { readJson } from './read-json.ts';

const summary = (text: string) => [...readJson(text, 'in.json')].map((r) => (r.ok ? { ok: true, line: r.origin.line, text: r.article.text } : { ok: false, line: r.origin.line, error: r.error.message }));

describe('readJson', () => {
  test('an array gives one record per element, numbered from 1', () => {
    expect(summary('[{"text": "a"}, {"text": "b", "id": "x"}]')).toEqual([
      { ok: true, line: 1, text: 'a' },
      { ok: true, line: 2, text: 'b' },
    ]);
  });

  test('one pretty-printed object is one record', () => {
    expect(summary('{\n  "title": "T",\n  "text": "Body."\n}\n')).toEqual([{ ok: true, line: 1, text: 'Body.' }]);
  });

  test('a bad element is one failure and the others go on', () => {
    const results = summary('[{"text": "a"}, {"title": "no text"}, 42, {"text": "c"}]');
    expect(results.map((r) => r.ok)).toEqual([true, false, false, true]);
    expect(results[1]).toMatchObject({ line: 2, error: expect.stringContaining('text') });
    expect(results[2]).toMatchObject({ line: 3, error: expect.stringContaining('expected a JSON object') });
  });

  test('malformed JSON is one failure naming the line where parsing stopped', () => {
    const [result, ...rest] = summary('[\n  {"text": "a"},\n  {"text": "b",,}\n]');
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ ok: false, line: 3, error: expect.stringMatching(/^malformed JSON/) });
  });

  test('an empty array is reported, not silently skipped', () => {
    expect(summary('[]')).toEqual([{ ok: false, line: undefined, error: 'empty array (no records)' }]);
  });
});
