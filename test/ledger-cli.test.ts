/**
 * The ledger verbs end to end: ingest of the bundled samples (every input format) with a bad
 * file in the batch and idempotent reruns through the real CLI process (node bin/tally.js);
 * claims with filters in every format, show, review, sources, export → import round trips
 * (SQLite and, when reachable, PostgreSQL) and migrate through the same `main()` in-process,
 * because each process start costs seconds on a loaded machine.
 */
import { runTallyProcess } from './support/cli-process.ts';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.ts';
import type { StoredClaim } from '../src/ledger/types.ts';
import { STORED_CSV_COLUMNS } from '../src/cli/claims-output.ts';
import { dropSchemas, findTestPostgres, PG_REQUIRED, uniqueSchema } from './pg-test-db.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TIMEOUT = 180_000;

export interface Run { code: number | null; stdout: string; stderr: string }

/** The real CLI as a child process. */
export function tallyProcess(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return runTallyProcess(args, { env: { TALLY_ALIASES: '', ...env } });
}

/** The CLI's main() in this process, stdout and stderr captured. */
export async function tally(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const saved = { ...process.env };
  Object.assign(process.env, { TALLY_ALIASES: '', ...env });
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  process.exitCode = undefined;
  try {
    const code = await main(['node', 'tally', ...args]);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    process.exitCode = undefined;
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'tally-ledger-cli-'));
const inputs = join(dir, 'in');
const db = join(dir, 'ledger.db');
let claims: StoredClaim[] = [];

beforeAll(async () => {
  mkdirSync(join(inputs, 'nested'), { recursive: true });
  for (const f of readdirSync(join(ROOT, 'samples'))) copyFileSync(join(ROOT, 'samples', f), join(inputs, f === 'wire-feed.xml' ? `nested/${f}` : f));
  writeFileSync(join(inputs, 'broken.txt'), Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43]));
}, TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tally ingest', () => {
  test('ingests a folder recursively, reports the bad file by name, sums up; a rerun adds nothing', async () => {
    const first = await tallyProcess(['ingest', inputs, '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/broken\.txt: binary file/);
    expect(first.stderr).not.toMatch(/\n\s+at /);
    const summary = /(\d+) articles: (\d+) new, .*?(\d+) unchanged, (\d+) failed; (\d+) claims added/.exec(first.stdout);
    expect(summary, first.stdout).not.toBeNull();
    const [, articles, fresh, , failed, added] = summary!.map(Number);
    expect(failed).toBe(1);
    expect(fresh).toBeGreaterThan(5);
    expect(articles).toBeGreaterThan(fresh!);
    expect(added).toBeGreaterThan(10);

    const again = await tallyProcess(['ingest', inputs, '--db', db]);
    expect(again.stdout).toMatch(new RegExp(`^${articles} articles: 0 new, ${articles! - 1} unchanged, 1 failed; 0 claims added`));

    const listed = await tally(['claims', '--db', db, '--format', 'jsonl']);
    claims = listed.stdout.trim().split('\n').map((l) => JSON.parse(l) as StoredClaim);
    expect(claims).toHaveLength(added!);
  }, TIMEOUT);

  test('a batch where nothing can be read exits non-zero', async () => {
    const r = await tally(['ingest', join(inputs, 'broken.txt'), join(dir, 'missing.txt'), '--db', join(dir, 'empty.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
    expect(r.stdout).toMatch(/2 articles: 0 new, 0 unchanged, 2 failed/);
  }, TIMEOUT);
});

describe('tally claims, show, review, sources', () => {
  test('filters and formats', async () => {
    const kp = claims.filter((c) => c.subject.country === 'KP' && c.subject.group === 'military' && c.current);
    expect(kp.length).toBeGreaterThan(0);
    const json = await tally(['claims', '--db', db, '--subject', 'KP/military', '--format', 'json']);
    const rows = JSON.parse(json.stdout) as StoredClaim[];
    expect(rows.map((c) => c.id).sort()).toEqual(kp.map((c) => c.id).sort());
    for (const c of rows) expect(c.evidence.text.length).toBeGreaterThan(0);

    const csv = await tally(['claims', '--db', db, '--subject', 'KP/military', '--format', 'csv']);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(STORED_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(kp.length + 1);

    const word = 'Kursk';
    const withWord = claims.filter((c) => c.current && (c.evidence.text.toLowerCase().includes('kursk') || (c.location ?? '').toLowerCase().includes('kursk')));
    const text = await tally(['claims', '--db', db, '--text', word, '--format', 'jsonl']);
    expect(text.stdout.trim().split('\n').filter(Boolean)).toHaveLength(withWord.length);

    const table = await tally(['claims', '--db', db, '--metric', 'killed', '--limit', '2', '--format', 'table']);
    const tableLines = table.stdout.trim().split('\n');
    expect(tableLines).toHaveLength(4);
    expect(tableLines[0]).toMatch(/^[0-9a-f]{16}\s+killed/);
    expect(tableLines[1]).toMatch(/^\s+“/);

    const bad = await tally(['claims', '--db', db, '--since', 'last week']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^tally: invalid --since "last week" \(YYYY-MM-DD\)\n$/);
    const none = await tally(['claims', '--db', join(dir, 'nope.db')]);
    expect(none.stderr).toMatch(/no ledger at/);
  }, TIMEOUT);

  test('show highlights the evidence in its context and lists the carrying document', async () => {
    const target = claims.find((c) => c.source.length > 0)!;
    const r = await tally(['show', target.id.slice(0, 10), '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`claim ${target.id}`);
    expect(r.stdout).toContain(`»${target.evidence.text.replace(/\n+/g, ' ')}«`);
    expect(r.stdout).toContain(`document ${target.documentId}`);
    for (const [i, link] of target.source.entries()) expect(r.stdout).toContain(`${link.name} [${target.sourceIds[i]}]`);
    const missing = await tally(['show', 'ffffffffffffffff', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no claim ffffffffffffffff/);
  }, TIMEOUT);

  test('review stores decisions that --status filters on, and refuses bad ones', async () => {
    const [a, b] = claims.filter((c) => c.current);
    const set = await tally(['review', a!.id, '--set', 'location=Kursk region', '--set', 'hedged=true', '--by', 'ana', '--db', db]);
    expect(set.stdout).toMatch(new RegExp(`^${a!.id} corrected`));
    const rej = await tally(['review', b!.id, '--reject', 'a forecast, not a count', '--db', db], { TALLY_USER: 'ben' });
    expect(rej.stdout).toMatch(/rejected/);
    const both = await tally(['review', b!.id, '--verify', '--reject', 'x', '--db', db]);
    expect(both.code).toBe(1);
    const badField = await tally(['review', b!.id, '--set', 'rule=x', '--db', db]);
    expect(badField.stderr).toMatch(/cannot set "rule"/);
    const corrected = JSON.parse((await tally(['claims', '--status', 'corrected', '--db', db, '-f', 'json'])).stdout) as StoredClaim[];
    expect(corrected.map((c) => [c.id, c.location, c.hedged])).toEqual([[a!.id, 'Kursk region', true]]);
    const shown = await tally(['show', b!.id, '--db', db, '--format', 'json']);
    expect(JSON.parse(shown.stdout).reviews[0]).toMatchObject({ who: 'ben', action: 'reject', reason: 'a forecast, not a count' });
  }, TIMEOUT);

  test('sources list and merge', async () => {
    const list = JSON.parse((await tally(['sources', 'list', '--db', db, '-f', 'json'])).stdout) as { id: string; claimCount: number }[];
    expect(list.length).toBeGreaterThan(2);
    const [x, y] = list;
    const merged = await tally(['sources', 'merge', y!.id, x!.id, '--db', db]);
    expect(merged.stdout).toMatch(new RegExp(`merged ${y!.id} into ${x!.id}`));
    const after = JSON.parse((await tally(['sources', 'list', '--db', db, '-f', 'json'])).stdout) as { id: string; claimCount: number }[];
    expect(after.find((s) => s.id === y!.id)).toBeUndefined();
    expect(after.find((s) => s.id === x!.id)!.claimCount).toBeGreaterThanOrEqual(x!.claimCount);
    const bySource = await tally(['claims', '--source', x!.id, '--db', db, '-f', 'jsonl']);
    const ids = bySource.stdout.trim().split('\n').map((l) => (JSON.parse(l) as StoredClaim).sourceIds);
    expect(ids.every((chain) => chain.includes(x!.id))).toBe(true);
  }, TIMEOUT);
});

describe('tally export / import / migrate', () => {
  test.each(['jsonl', 'csv'])('export --format %s imports into an empty SQLite ledger and exports back the same', async (format) => {
    const file = join(dir, `export.${format}`);
    const out = await tally(['export', '--format', format, '--out', file, '--db', db]);
    expect(out.code).toBe(0);
    const target = join(dir, `imported-${format}.db`);
    const imp = await tally(['import', file, '--db', target]);
    expect(imp.stdout).toMatch(/imported \d+ documents/);
    const a = await tally(['export', '--db', db]);
    const b = await tally(['export', '--db', target]);
    expect(b.stdout).toBe(a.stdout);
    const again = await tally(['import', file, '--db', target]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/import needs an empty ledger/);
  }, TIMEOUT);

  test('export imports into PostgreSQL and exports back the same', async () => {
    const url = await findTestPostgres();
    if (!url) {
      if (PG_REQUIRED) throw new Error('TALLY_TEST_PG=1 but PostgreSQL is unreachable');
      console.warn('ledger-cli: PostgreSQL unreachable, PG round trip skipped');
      return;
    }
    const schema = uniqueSchema('ledger_cli');
    const pgUrl = `${url}?schema=${schema}`;
    try {
      const file = join(dir, 'to-pg.jsonl');
      await tally(['export', '--out', file, '--db', db]);
      expect((await tally(['import', file, '--db', pgUrl])).code).toBe(0);
      const a = await tally(['export', '--db', db]);
      const b = await tally(['export', '--db', pgUrl]);
      expect(b.stdout).toBe(a.stdout);
      const migrate = await tally(['migrate', '--db', pgUrl]);
      expect(migrate.stdout).toMatch(/^ledger schema up to date\npostgres: \d+ documents/);
    } finally {
      await dropSchemas(url, [schema]);
    }
  }, TIMEOUT);

  test('migrate on a new SQLite ledger applies the migrations once', async () => {
    const file = join(dir, 'fresh.db');
    expect((await tally(['migrate', '--db', file])).stdout).toMatch(/^applied 0001-initial, 0002-claim-indexes-for-paging, 0003-claim-series-columns, 0004-claims-search-and-sort, 0005-claims-figure-sort-covering, 0006-claims-drop-country-origin-indexes, 0007-claim-removals, 0008-publications-by-document-covering, 0009-claims-statistics-without-samples, 0010-claims-series-lines, 0011-claims-series-evidence, 0012-claims-series-lines-traits\n/);
    expect((await tally(['migrate', '--db', file])).stdout).toMatch(/^ledger schema up to date\n/);
  }, TIMEOUT);
});
