import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Claim, Extraction } from '../../core/claim.ts';
import { claimCsvRow, CSV_COLUMNS, csvField, csvRecord } from './csv.ts';
import { formatCount, formatFigure, formatSourceChain } from './figure.ts';
import { extractionTable } from './table.ts';
import { createExtractionWriter, defaultOutputFormat } from './writer.ts';
import type { OutputFormat } from './writer.ts';

const claim = (over: Partial<Claim> = {}): Claim => ({
  metric: 'killed',
  min: 600,
  max: 600,
  approximate: true,
  subject: { text: 'North Korean troops', country: 'KP', group: 'military' },
  source: [
    { name: 'South Korean lawmakers', country: 'KR', kind: 'legislator' },
    { name: "the country's intelligence agency", country: 'KR', kind: 'intelligence' },
  ],
  asOf: '2025-04-30',
  hedged: false,
  location: null,
  section: 'body',
  evidence: { start: 7, end: 40, text: 'About 600 North Korean troops, "the" toll,\nsaid' },
  rule: 'test/rule',
  ...over,
});

const extraction = (claims: Claim[], id: string | null = 'doc-1'): Extraction => ({
  id,
  document: { title: 'Troops killed', publisher: 'Wire', published: '2025-04-30T12:36:00' },
  claims,
});

describe('formatCount', () => {
  const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

  test('writes what Intl.NumberFormat en-US with no fraction digits writes, for every number', () => {
    const edges = [0, -0, 0.5, -0.5, 0.49999999999999994, -0.4, 1.5, 2.5, -2.5, 999.5, 1234.5, -1234.5, 999_999.5, 1e15 + 0.5,
      2 ** 53 - 1, 2 ** 53, -(2 ** 53), 2 ** 60, 1e21, -1e21, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, NaN, Infinity, -Infinity];
    for (const n of edges) expect(formatCount(n), String(n)).toBe(intl.format(n));
    fc.assert(fc.property(fc.oneof(
      fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
      fc.maxSafeInteger(),
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map((k) => k + 0.5),
      fc.double(),
    ), (n) => formatCount(n) === intl.format(n)), { numRuns: 20_000 });
  });
});

describe('formatFigure', () => {
  test.each([
    [600, 600, true, '~600'],
    [15000, 15000, false, '15,000'],
    [100, null, false, '≥100'],
    [null, 300, false, '≤300'],
    [null, 1000, true, '≤~1,000'],
    [10000, 12000, false, '10,000–12,000'],
    [2000, 9999, true, '~2,000–9,999'],
    [2000000, null, true, '≥~2,000,000'],
    [null, null, false, '?'],
  ])('%s/%s approximate=%s → %s', (min, max, approximate, expected) => {
    expect(formatFigure({ min, max, approximate })).toBe(expected);
  });
});

describe('formatSourceChain', () => {
  test('speaker → origin', () => {
    expect(formatSourceChain(claim().source)).toBe("South Korean lawmakers → the country's intelligence agency");
  });
  test('the outlet’s own voice', () => {
    expect(formatSourceChain([])).toBe('(outlet)');
  });
});

describe('csv', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [42, '42'],
    [false, 'false'],
  ])('csvField(%j) → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test('a claim row flattens the chain and names the origin', () => {
    const row = claimCsvRow('doc-1', claim({ source: [{ name: 'UN', country: null, kind: 'international' }, { name: 'WHO', country: null, kind: 'international' }] }));
    const byColumn = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]]));
    expect(byColumn).toMatchObject({
      id: 'doc-1', metric: 'killed', min: 600, max: 600, approximate: true, subject_country: 'KP', subject_group: 'military',
      source_names: 'UN | WHO', source_kinds: 'international | international', source_countries: ' | ',
      origin_kind: 'international', origin_country: null, evidence_start: 7, evidence_end: 40,
    });
    expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(csvRecord(row).endsWith('\r\n')).toBe(true);
  });
});

describe('table', () => {
  test('a heading per document and one aligned line per claim', () => {
    const lines = extractionTable(
      extraction([
        claim(),
        claim({ metric: 'deployed', min: 2000, max: 9999, source: [], asOf: null, hedged: true, section: 'title', location: 'Kursk' }),
      ]),
    );
    expect(lines).toEqual([
      'Troops killed — Wire, 2025-04-30T12:36:00 [doc-1]',
      "  killed            ~600          North Korean troops           South Korean lawmakers → the country's intelligence agency  2025-04-30",
      '  deployed (title)  ~2,000–9,999  North Korean troops in Kursk  (outlet)                                                    —           hedged',
    ]);
  });
  test('a document without claims says so', () => {
    expect(extractionTable(extraction([], null))).toEqual(['Troops killed — Wire, 2025-04-30T12:36:00', '  (no claims)']);
  });
});

async function render(format: OutputFormat, docs: Extraction[]): Promise<string> {
  const sink = new PassThrough();
  let out = '';
  sink.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const writer = createExtractionWriter(format, sink);
  for (const d of docs) await writer.write(d);
  await writer.end();
  return out;
}

describe('createExtractionWriter', () => {
  const docs = [extraction([claim()]), extraction([], 'doc-2'), extraction([claim(), claim({ metric: 'wounded' })], 'doc-3')];

  test('json is one array of the records', async () => {
    expect(JSON.parse(await render('json', docs))).toEqual(docs);
    expect(JSON.parse(await render('json', []))).toEqual([]);
  });
  test('jsonl is one record a line', async () => {
    const text = await render('jsonl', docs);
    expect(text.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual(docs);
  });
  test('csv is a header and one row per claim; quoted fields keep their newlines', async () => {
    const text = await render('csv', docs);
    expect(text.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(1 + 3);
    expect(text).toContain('"About 600 North Korean troops, ""the"" toll,\nsaid"');
    expect(await render('csv', [])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
  test('table separates documents by a blank line', async () => {
    const text = await render('table', docs);
    expect(text.split('\n\n')).toHaveLength(3);
  });
  test('default: table on a terminal, jsonl in a pipe', () => {
    expect(defaultOutputFormat(true)).toBe('table');
    expect(defaultOutputFormat(undefined)).toBe('jsonl');
  });
});
