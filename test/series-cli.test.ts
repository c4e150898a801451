/**
 * `tally series` end to end: a SQLite ledger file built from the fixture articles, the verb run
 * in-process through `main` (and once through bin/tally.js), every output format checked.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { main } from '../src/cli/main.ts';
import { openLedger } from '../src/ledger/ledger.ts';
import { northKoreaDeployed, northKoreaKilled } from '../src/series/__fixtures__/articles.ts';
import { loadAllSummaries, type SummaryCounts } from '../src/series/ledger-summaries.ts';
import { summaryOf, type SeriesSummary } from '../src/series/summary.ts';
import { loadAllSeries } from '../src/series/ledger-claims.ts';
import type { Series, SeriesOptions } from '../src/series/types.ts';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tally-series-'));
  db = join(dir, 'ledger.db');
  const ledger = await openLedger(db);
  for (const { article, extraction } of [...northKoreaKilled(), ...northKoreaDeployed()]) await ledger.ingest(article, extraction);
  await ledger.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    const code = await main(['node', 'tally', 'series', '--db', db, ...args]);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

const ONE = ['--subject', 'KP/military', '--metric', 'killed'];

describe('tally series', () => {
  test.each([
    ['ucdp', 'median of the current sources'],
    ['conservative', 'lowest credible (unhedged) current figure'],
  ])('table with --rule %s prints the rule\'s explanation, points, sources and reasons', async (rule, explanation) => {
    const { code, out } = await run(...ONE, '--rule', rule);
    expect(code).toBe(0);
    expect(out).toContain(`Rule: ${rule}`);
    expect(out).toContain(explanation);
    expect(out).toMatch(/2024-12-19 +kr-[\w-]+ \(KR intelligence\) +≥100 .* 2 in 2 doc\(s\): (Seoul Ledger, Harbour Wire|Harbour Wire, Seoul Ledger)/);
    expect(out).toMatch(/down! → 400/);
    expect(out).toContain('later-lower');
    expect(out).toMatch(/2025-04-30 {2}low 400/);
  });

  test('json is the whole series', async () => {
    const { code, out } = await run(...ONE, '--format', 'json', '--exclude', 'hedged');
    expect(code).toBe(0);
    const s = JSON.parse(out) as Series;
    expect(s).toMatchObject({ subject: 'KP/military', metric: 'killed', claimCount: 8, excluded: { hedged: 1 } });
    expect(s.points).toHaveLength(6);
  });

  test('csv has a header, a row per point and a row per reconciled date', async () => {
    const { out } = await run(...ONE, '--format', 'csv');
    const lines = out.trimEnd().split('\r\n');
    expect(lines[0]?.startsWith('subject,metric,row,date,origin')).toBe(true);
    expect(lines.filter((l) => l.includes(',point,'))).toHaveLength(7);
    expect(lines.filter((l) => l.includes(',reconciled:ucdp,'))).toHaveLength(6);
  });

  test('--all prints one summary line per series with enough claims', async () => {
    const { code, out } = await run('--all', '--min-claims', '2');
    expect(code).toBe(0);
    expect(out).toMatch(/KP\/military +killed +8 +7 +4 +4 +1 +400 \/ 600 \/ 1,000 +2025-04-30/);
    expect(out).toMatch(/KP\/military +deployed +3 +3 +1 +0 +0 +11,000 \/ 11,000 \/ 11,000 +2025-06-06/);
    expect(out.indexOf('killed')).toBeLessThan(out.indexOf('deployed'));
    const csv = await run('--all', '--min-claims', '3', '--format', 'csv');
    expect(csv.out.split('\r\n').filter((l) => l.startsWith('subject,'))).toHaveLength(1);
    expect(csv.out).toContain('KP/military,deployed,point,2025-06-06');
    const none = await run('--all', '--min-claims', '50');
    expect(none.out).toContain('No series with enough claims.');
  });

  test.each(['svg', 'png'])('--plot writes a %s chart', async (ext) => {
    const file = join(dir, `chart.${ext}`);
    const { code, err } = await run(...ONE, '--plot', file);
    expect(code).toBe(0);
    expect(err).toContain(`chart written to ${file}`);
    const bytes = readFileSync(file);
    if (ext === 'png') {
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    } else {
      const svg = bytes.toString('utf8');
      expect(svg.startsWith('<svg')).toBe(true);
      const { document } = parseHTML(`<html><body>${svg}</body></html>`);
      const chart = document.querySelector('svg > svg') as Element;
      // Stated figures are filled (6), the hedged British figure hollow (1), two "at least" figures get an arrow.
      const [filled, hollow] = Array.from(chart.querySelectorAll('g[aria-label="dot"]'));
      expect(filled?.children.length).toBe(6);
      expect(hollow?.getAttribute('fill')).toBe('white');
      expect(hollow?.children.length).toBe(1);
      expect(chart.querySelectorAll('g[aria-label="link"] > path[marker-end]').length).toBe(2);
      expect(chart.querySelector('g[aria-label="area"]')).not.toBeNull();
      expect(svg).toContain('GB military');
    }
  });

  test('a series with no claims says so, and its chart says so too', async () => {
    const file = join(dir, 'empty.svg');
    const { code, out } = await run('--subject', 'RU/military', '--metric', 'killed', '--plot', file);
    expect(code).toBe(0);
    expect(out).toContain('RU/military · killed: 0 claim(s)');
    expect(out).toContain('No claims to show.');
    expect(readFileSync(file, 'utf8')).toContain('no claims to draw');
  });

  test.each([
    [['--subject', 'KP/military'], /give --subject and --metric/],
    [[...ONE, '--exclude', 'rumours'], /unknown --exclude value "rumours"/],
    [[...ONE, '--plot', 'chart.pdf'], /name the chart file \.svg or \.png/],
    [['--subject', 'North Korea', '--metric', 'killed'], /invalid --subject/],
    [['--all', '--min-claims', '0'], /invalid --min-claims/],
  ])('%j is a one-line usage error', async (args, message) => {
    const { code, out, err } = await run(...args);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  test('a ledger that does not exist is not created', async () => {
    const missing = join(dir, 'nope.db');
    const { code, err } = await run.call(null, '--db', missing, ...ONE);
    expect(code).toBe(1);
    expect(err).toContain(`no ledger at ${missing}`);
  });

  test('bin/tally.js runs the verb', () => {
    const r = spawnSync(process.execPath, ['bin/tally.js', 'series', '--db', db, ...ONE, '--format', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Series).points).toHaveLength(7);
  });
});

/** `main` with any verb: its exit code and what it wrote to stderr. */
async function quiet(...args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await main(['node', 'tally', ...args]), err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('the write verbs keep the --all table up to date', () => {
  /** What `tally series --all` with no flags would compute now; its lines must equal fresh ones. */
  async function plainAll(file: string): Promise<{ counts: SummaryCounts; rows: SeriesSummary[] }> {
    const options: SeriesOptions = { rule: 'ucdp', exclude: [], unknownPeriod: 'cumulative', includeTitles: false, explain: false, reports: false };
    const ledger = await openLedger(file);
    try {
      const counts: SummaryCounts = { kept: 0, computed: 0 };
      const rows: SeriesSummary[] = [];
      for await (const s of loadAllSummaries(ledger, 3, options, counts)) rows.push(s);
      const fresh: SeriesSummary[] = [];
      for await (const s of loadAllSeries(ledger, 3, options)) fresh.push(summaryOf(s));
      expect(rows).toEqual(fresh);
      return { counts, rows };
    } finally {
      await ledger.close();
    }
  }

  test('after ingest, review and sources merge, --all computes no line', { timeout: 60_000 }, async () => {
    const file = join(dir, 'kept.db');
    copyFileSync(db, file);
    const killed = northKoreaKilled()[0]!.article;
    const article = join(dir, 'more.txt');
    writeFileSync(article, `${killed.text}\n\nThis copy was filed again.\n`);
    const verbs = [
      ['ingest', article],
      ['review', await claimIdOf(file), '--set', 'min=650'],
      // The NIS speaks in KP/military killed.
      ['sources', 'merge', 'kr-nis', await otherSourceOf(file, 'kr-nis')],
    ];
    let before = (await plainAll(file)).rows;
    for (const verb of verbs) {
      expect(await quiet(...verb, '--db', file)).toEqual({ code: 0, err: '' });
      const after = await plainAll(file);
      expect(after.counts).toEqual({ kept: after.rows.length, computed: 0 });
      if (verb[0] !== 'sources') expect(after.rows).not.toEqual(before);
      before = after.rows;
    }
  });
});

async function claimIdOf(file: string): Promise<string> {
  const ledger = await openLedger(file);
  try {
    return (await ledger.queryClaims({ subject: 'KP/military', metric: 'killed' })).rows[0]!.id;
  } finally {
    await ledger.close();
  }
}

async function otherSourceOf(file: string, id: string): Promise<string> {
  const ledger = await openLedger(file);
  try {
    return (await ledger.listSources()).map((s) => s.id).find((s) => s !== id)!;
  } finally {
    await ledger.close();
  }
}
