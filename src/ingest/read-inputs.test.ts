import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatUserError } from '../core/errors.ts';
import { readInputs } from './read-inputs.ts';
import type { ReadInputsOptions } from './read-inputs.ts';
import type { ReadResult } from './types.ts';

const STORY = 'GOMA - At least 40 people were killed in shelling on Tuesday, local officials said.';
const TXT = `Shelling kills dozens in Goma\n\nCongo Courier Published 4 Feb, 2025 09:30am\n${STORY}\n`;
const HTML = `<!doctype html><html><head><meta property="og:title" content="Shelling in Goma | Congo Courier"><meta property="og:site_name" content="Congo Courier"></head><body><article><p>${STORY}</p><p>Another 120 were wounded, according to a hospital in the city.</p></article></body></html>`;
const JSONL = `{"id": "r1", "text": "${STORY}"}\n{"id": "r2", "text": "Nine were missing."}\n`;
const RSS = `<rss version="2.0"><channel><title>Lake Wire</title><item><title>T</title><guid>g1</guid><description>${STORY}</description></item></channel></rss>`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-read-inputs-'));
  mkdirSync(join(dir, 'tree/b-sub/deeper'), { recursive: true });
  mkdirSync(join(dir, 'tree/.hidden'), { recursive: true });
  mkdirSync(join(dir, 'empty-folder'));
  writeFileSync(join(dir, 'tree/a.txt'), TXT);
  writeFileSync(join(dir, 'tree/b-sub/c.html'), HTML);
  writeFileSync(join(dir, 'tree/b-sub/deeper/d.jsonl'), JSONL);
  writeFileSync(join(dir, 'tree/e.rss'), RSS);
  writeFileSync(join(dir, 'tree/notes.md'), '# not an article');
  writeFileSync(join(dir, 'tree/image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  writeFileSync(join(dir, 'tree/.hidden/x.txt'), TXT);
  writeFileSync(join(dir, 'tree/.dotfile.txt'), TXT);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n \r\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from('abc\u0000def'));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'empty.jsonl'), '\n\n');
  writeFileSync(join(dir, 'no-extension'), JSONL);
  writeFileSync(join(dir, 'big.txt'), TXT.repeat(50));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(paths: string[], opts?: ReadInputsOptions): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths, opts)) out.push(r);
  return out;
}

const rel = (file: string): string => file.replace(`${dir}/`, '');

describe('readInputs: files and folders', () => {
  test('a folder is read recursively in name order; unknown extensions and dot-files are skipped', async () => {
    const results = await read([join(dir, 'tree')]);
    expect(results.map((r) => `${rel(r.origin.file)}${r.origin.line ? `:${r.origin.line}` : ''} ${r.ok ? r.article.id : 'error'}`)).toEqual([
      'tree/a.txt a',
      'tree/e.rss:1 g1',
      'tree/b-sub/c.html c',
      'tree/b-sub/deeper/d.jsonl:1 r1',
      'tree/b-sub/deeper/d.jsonl:2 r2',
    ]);
  });

  test('each format gives its fields', async () => {
    const results = await read([join(dir, 'tree/a.txt'), join(dir, 'tree/b-sub/c.html')]);
    expect(results.map((r) => (r.ok ? [r.article.title, r.article.publisher, r.article.published, r.article.text.slice(0, 6)] : null))).toEqual([
      ['Shelling kills dozens in Goma', 'Congo Courier', '2025-02-04T09:30:00', 'GOMA -'],
      ['Shelling in Goma', 'Congo Courier', null, 'GOMA -'],
    ]);
  });

  test('a file with no extension is sniffed', async () => {
    const results = await read([join(dir, 'no-extension')]);
    expect(results.map((r) => r.ok && r.article.id)).toEqual(['r1', 'r2']);
  });

  test.each([
    ['empty.txt', /^empty file$/],
    ['blank.txt', /^empty file \(only whitespace\)$/],
    ['binary.txt', /^binary file \(NUL bytes\)/],
    ['latin1.txt', /^invalid UTF-8$/],
    ['empty.jsonl', /^empty file \(no records\)$/],
    ['missing.txt', /^no such file or directory$/],
    ['empty-folder', /^no article files in folder/],
  ])('%s → one InputError naming the file', async (name, message) => {
    const results = await read([join(dir, name)]);
    expect(results).toHaveLength(1);
    const [only] = results;
    expect(only?.ok).toBe(false);
    if (only && !only.ok) {
      expect(only.error.message).toMatch(message);
      const line = formatUserError(only.error);
      expect(line.startsWith(`${join(dir, name)}: `)).toBe(true);
      expect(line).not.toContain('\n');
    }
  });

  test('a bad input does not stop the others', async () => {
    const results = await read([join(dir, 'empty.txt'), join(dir, 'tree/a.txt'), join(dir, 'missing.txt'), join(dir, 'binary.txt'), join(dir, 'tree/e.rss')]);
    expect(results.map((r) => r.ok)).toEqual([false, true, false, false, true]);
  });

  test('a whole-document file over the size limit is refused', async () => {
    const [only] = await read([join(dir, 'big.txt')], { maxFileBytes: 1024 });
    expect(only?.ok === false && only.error.message).toMatch(/^file too large/);
  });

  test('overrides replace detected fields; undefined ones are ignored', async () => {
    const results = await read([join(dir, 'tree/a.txt'), join(dir, 'tree/b-sub/deeper/d.jsonl')], {
      overrides: { published: '2025-05-01', publisher: undefined, title: 'Given title' },
    });
    expect(results.map((r) => r.ok && [r.article.published, r.article.publisher, r.article.title])).toEqual([
      ['2025-05-01', 'Congo Courier', 'Given title'],
      ['2025-05-01', undefined, 'Given title'],
      ['2025-05-01', undefined, 'Given title'],
    ]);
  });
});

describe('readInputs: stdin ("-") is sniffed', () => {
  test.each([
    ['jsonl', JSONL, ['r1', 'r2']],
    ['html', HTML, [null]],
    ['feed', RSS, ['g1']],
    ['txt', TXT, [null]],
  ])('%s', async (_format, content, ids) => {
    const results = await read(['-'], { stdin: Readable.from([Buffer.from(content)]) });
    expect(results.map((r) => r.ok && r.article.id)).toEqual(ids);
    expect(results.every((r) => r.origin.file === '-')).toBe(true);
  });

  test('JSONL from stdin larger than the sniffing window keeps every record', async () => {
    const lines = Array.from({ length: 500 }, (_, i) => `{"id": "s${i}", "text": "${STORY}"}\n`);
    const results = await read(['-'], { stdin: Readable.from(lines.map((l) => Buffer.from(l))) });
    expect(results).toHaveLength(500);
    expect(results.map((r) => r.ok && r.article.id)).toEqual(lines.map((_, i) => `s${i}`));
  });

  test('empty stdin', async () => {
    const [only] = await read(['-'], { stdin: Readable.from([]) });
    expect(only?.ok === false && formatUserError(only.error)).toBe('-: empty file');
  });
});
