/**
 * `tally extract` end to end: the real CLI (node bin/tally.js) on the bundled samples and on bad
 * input, for every input format and every --format. Exit codes, one-line errors, no stack traces.
 */
import { runTallyProcess } from './support/cli-process.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ExtractionSchema } from '../src/core/claim.ts';
import type { Extraction } from '../src/core/claim.ts';
import { CSV_COLUMNS } from '../src/cli/format/csv.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLES = join(ROOT, 'samples');
// Each run starts node + tsx; on a loaded machine that takes seconds.
const TIMEOUT = 120_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

// At most this many CLI processes at once: more only slow each other down.
const MAX_RUNNING = 4;
let running = 0;
const waiting: Array<() => void> = [];

async function tally(args: string[], stdin?: string | Buffer): Promise<Run> {
  if (running >= MAX_RUNNING) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await spawnTally(args, stdin);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function spawnTally(args: string[], stdin?: string | Buffer): Promise<Run> {
  return runTallyProcess(args, { stdin });
}

/** A run started once and shared by the tests that read it. */
function shared(args: string[]): () => Promise<Run> {
  let run: Promise<Run> | undefined;
  return () => (run ??= tally(args));
}

// One run over one sample of each input format; one over the whole folder with the default format.
const eachFormat = shared([
  'extract', '--format', 'jsonl',
  join(SAMPLES, 'kursk-north-korean-losses.txt'), join(SAMPLES, 'myanmar-earthquake.html'),
  join(SAMPLES, 'conflict-briefs.jsonl'), join(SAMPLES, 'wire-feed.xml'),
]);
const wholeFolder = shared(['extract', SAMPLES]);

const records = (stdout: string): Extraction[] =>
  stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => ExtractionSchema.parse(JSON.parse(l)));

/** Every stderr line is `tally: …` and nothing looks like a stack trace. */
function expectOneLineErrors(stderr: string, count: number): string[] {
  const lines = stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(count);
  for (const line of lines) expect(line).toMatch(/^tally: /);
  expect(stderr).not.toMatch(/^\s+at /m);
  return lines;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-cli-extract-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 attack kills 12\n', 'latin1'));
  writeFileSync(join(dir, 'nav.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');
  writeFileSync(
    join(dir, 'mixed.jsonl'),
    [
      '{"id": "m1", "published": "2025-03-04", "text": "At least 12 people were killed in the attack, police said on Monday."}',
      '{"id": "m2", "text": ',
      '{"id": "m3", "title": "no text field"}',
      '{"id": "m4", "published": "2025-03-04", "text": "Some 300 people fled the village, the UN said."}',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('tally extract: input formats (jsonl output)', () => {
  test('pasted .txt: title, publisher, date from the header line; the figures of the story', { timeout: TIMEOUT }, async () => {
    const run = await eachFormat();
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const doc = records(run.stdout).find((d) => d.id === 'kursk-north-korean-losses');
    expect(doc?.id).toBe('kursk-north-korean-losses');
    expect(doc?.document).toMatchObject({
      title: 'North Korean units in Kursk have lost hundreds, Kyiv and Seoul say',
      publisher: 'Meridian Post',
      published: '2024-12-19T09:15:00',
    });
    // Nothing of the page chrome reached the extractor: every evidence span is inside the story.
    for (const claim of doc?.claims ?? []) expect(claim.evidence.text).not.toMatch(/Related articles|© 2024|Skip to content/);
    expect(doc?.claims).toContainEqual(expect.objectContaining({ metric: 'killed', min: 100, max: null, section: 'body' }));
  });

  test('.html: metadata from JSON-LD/meta, body through readability', { timeout: TIMEOUT }, async () => {
    const doc = records((await eachFormat()).stdout).find((d) => d.id === 'myanmar-earthquake');
    expect(doc?.document).toMatchObject({
      title: 'Myanmar quake toll climbs past 1,600 as rescuers dig through rubble',
      publisher: 'Eastern Ledger',
      published: '2025-03-29T18:40:00+06:30',
      url: 'https://eastern-ledger.example/asia/2025/03/29/myanmar-quake-toll',
    });
    expect(doc?.claims).toContainEqual(expect.objectContaining({ metric: 'killed', min: 1644, max: 1644 }));
  });

  test('.jsonl: one record per line, same ids, in order', { timeout: TIMEOUT }, async () => {
    const ids = records((await eachFormat()).stdout).map((d) => d.id);
    expect(ids.slice(2, 5)).toEqual(['sample-gaza-2025-03-24', 'sample-pow-exchange-2025-05-23', 'sample-goma-2025-02-10']);
  });

  test('RSS feed: one record per item, feed title as publisher', { timeout: TIMEOUT }, async () => {
    const docs = records((await eachFormat()).stdout).slice(5);
    expect(docs.map((d) => d.id)).toEqual(['northline-2025-04-11-haiti', 'northline-2025-04-10-lebanon', 'northline-2025-04-08-upper-nile']);
    expect(docs.every((d) => d.document.publisher === 'Northline News')).toBe(true);
    expect(docs[0]?.document.published).toBe('2025-04-11T14:20:00Z');
  });

  test('a folder: every sample, and jsonl is the default when stdout is not a terminal', { timeout: TIMEOUT }, async () => {
    const run = await wholeFolder();
    expect(run.code).toBe(0);
    const docs = records(run.stdout);
    expect(docs).toHaveLength(3 + 1 + 2 + 3); // jsonl records, html, txt, feed items
    expect(docs.reduce((n, d) => n + d.claims.length, 0)).toBeGreaterThan(20);
  });

  test.each([
    ['jsonl', '{"id": "in-1", "published": "2025-03-04", "text": "At least 12 people were killed in the attack, police said on Monday."}\n', 'in-1'],
    ['txt', 'Attack kills 12\n\nPublished 2025-03-04\nAt least 12 people were killed in the attack, police said on Monday.\n', null],
  ])('stdin "-" sniffed as %s', { timeout: TIMEOUT }, async (_kind, input, id) => {
    const run = await tally(['extract', '-f', 'jsonl', '-'], input);
    expect(run.code).toBe(0);
    const [doc] = records(run.stdout);
    expect(doc?.id).toBe(id);
    expect(doc?.claims).toContainEqual(expect.objectContaining({ metric: 'killed', min: 12, asOf: '2025-03-03' }));
  });

  test('--published, --publisher, --title replace what was detected', { timeout: TIMEOUT }, async () => {
    const run = await tally([
      'extract', '-f', 'jsonl', '--published', '2025-01-05', '--publisher', 'Given Wire', '--title', 'Given title',
      join(SAMPLES, 'kursk-north-korean-losses.txt'),
    ]);
    expect(run.code).toBe(0);
    const [doc] = records(run.stdout);
    expect(doc?.document).toMatchObject({ title: 'Given title', publisher: 'Given Wire', published: '2025-01-05' });
    // The new publication day anchors relative dates: "on Thursday" before Sunday 5 Jan 2025 is 2 Jan.
    expect(doc?.claims).toContainEqual(expect.objectContaining({ metric: 'killed', min: 100, asOf: '2025-01-02' }));
  });
});

describe.concurrent('tally extract: output formats', () => {
  const input = SAMPLES;

  test('json is an array of extraction records equal to the jsonl ones', { timeout: TIMEOUT }, async () => {
    const [json, jsonl] = await Promise.all([tally(['extract', '-f', 'json', input]), wholeFolder()]);
    expect(json.code).toBe(0);
    const array = JSON.parse(json.stdout) as unknown[];
    expect(array.map((x) => ExtractionSchema.parse(x))).toEqual(records(jsonl.stdout));
  });

  test('csv has the header and one row per claim', { timeout: TIMEOUT }, async () => {
    const [csv, jsonl] = await Promise.all([tally(['extract', '-f', 'csv', input]), wholeFolder()]);
    expect(csv.code).toBe(0);
    // Split on record ends only: quoted evidence may hold bare newlines.
    const rows = csv.stdout.split('\r\n').filter((l) => l !== '');
    expect(rows[0]).toBe(CSV_COLUMNS.join(','));
    const claims = records(jsonl.stdout).flatMap((d) => d.claims.map((c) => ({ id: d.id, c })));
    expect(rows).toHaveLength(1 + claims.length);
    expect(rows[1]?.startsWith(`${claims[0]?.id},${claims[0]?.c.metric},`)).toBe(true);
  });

  test('table shows a heading per document and readable figures and chains', { timeout: TIMEOUT }, async () => {
    const run = await tally(['extract', '--format', 'table', join(SAMPLES, 'kursk-north-korean-losses.txt')]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('North Korean units in Kursk have lost hundreds, Kyiv and Seoul say — Meridian Post, 2024-12-19T09:15:00 [kursk-north-korean-losses]');
    expect(run.stdout).toMatch(/^ {2}killed +≥100 +North Korean soldiers/m);
    expect(run.stdout).toContain(' → ');
    expect(run.stdout).not.toContain('{');
  });

  test('an unknown --format is a one-line usage error', { timeout: TIMEOUT }, async () => {
    const run = await tally(['extract', '--format', 'xml', input]);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/xml.*invalid|invalid.*xml/i);
  });
});

describe.concurrent('tally extract: bad input', () => {
  test('nothing readable: exit 1 and one line per input, naming the file', { timeout: TIMEOUT }, async () => {
    const cases: Array<[string, RegExp]> = [
      ['empty.txt', /: empty file$/],
      ['binary.txt', /: binary file \(NUL bytes\)/],
      ['latin1.txt', /: invalid UTF-8/],
      ['nav.html', /: no article found in HTML/],
      ['missing.txt', /: no such file or directory$/],
    ];
    const run = await tally(['extract', '-f', 'jsonl', ...cases.map(([name]) => join(dir, name))]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = expectOneLineErrors(run.stderr, cases.length);
    cases.forEach(([name, message], i) => {
      expect(lines[i]?.startsWith(`tally: ${join(dir, name)}: `)).toBe(true);
      expect(lines[i]).toMatch(message);
    });
  });

  test('bad inputs among good ones: exit 0, the good ones printed, one line per bad one', { timeout: TIMEOUT }, async () => {
    const run = await tally([
      'extract', '-f', 'jsonl', join(dir, 'empty.txt'), join(dir, 'mixed.jsonl'), join(dir, 'missing.txt'), join(SAMPLES, 'wire-feed.xml'),
    ]);
    expect(run.code).toBe(0);
    expect(records(run.stdout).map((d) => d.id)).toEqual([
      'm1', 'm4', 'northline-2025-04-11-haiti', 'northline-2025-04-10-lebanon', 'northline-2025-04-08-upper-nile',
    ]);
    const lines = expectOneLineErrors(run.stderr, 4);
    expect(lines[0]).toBe(`tally: ${join(dir, 'empty.txt')}: empty file`);
    expect(lines[1]).toMatch(new RegExp(`^tally: ${join(dir, 'mixed.jsonl')}:2: malformed JSON`));
    expect(lines[2]).toMatch(new RegExp(`^tally: ${join(dir, 'mixed.jsonl')}:3: not an article record: text`));
    expect(lines[3]).toBe(`tally: ${join(dir, 'missing.txt')}: no such file or directory`);
  });

  test('a bad --published is a one-line usage error', { timeout: TIMEOUT }, async () => {
    const run = await tally(['extract', '--published', 'someday', join(SAMPLES, 'wire-feed.xml')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expectOneLineErrors(run.stderr, 1);
    expect(run.stderr).toMatch(/--published: not a date: "someday"/);
  });

  test('no input at all is a usage error', { timeout: TIMEOUT }, async () => {
    const run = await tally(['extract']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/missing required argument/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
