/**
 * kill -9 at any moment loses nothing already committed, and re-running the same command
 * completes the batch without duplicates: `tally ingest` over a folder of generated articles,
 * SIGKILLed mid-way, then run again; every document must be there exactly once with exactly
 * the claims the extractor gives it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, expect, test } from 'vitest';
import { generateArticles } from '../bench/generate-corpus.ts';
import { extract } from '../src/extract/index.ts';
import { readInputs } from '../src/ingest/read-inputs.ts';
import { documentIdFor } from '../src/ledger/ids.ts';

const ROOT = resolve(import.meta.dirname, '..');
const FILES = 400;
const dir = mkdtempSync(join(tmpdir(), 'tally-ledger-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function countDocuments(file: string): number {
  if (!existsSync(file)) return 0;
  try {
    const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('select count(*) as n from documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

test('a SIGKILLed ingest loses nothing committed, and a rerun completes it without duplicates', async () => {
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  let i = 0;
  for (const { article } of generateArticles(FILES, 11, { syndicated: 0, edited: 0 })) {
    const dateline = new Date(article.published!).toUTCString();
    writeFileSync(join(inputs, `a${String(i++).padStart(4, '0')}.txt`), `${article.title}\n\n${article.publisher} ${dateline}\n\n${article.text}\n`);
  }
  // What the ledger must hold in the end: each distinct text once, with the extractor's claims.
  const expected = new Map<string, number>();
  for await (const r of readInputs([inputs])) {
    if (r.ok) expected.set(documentIdFor(r.article.text), extract(r.article).claims.length);
  }
  const db = join(dir, 'kill.db');
  const cli = [join(ROOT, 'bin/tally.js'), 'ingest', inputs, '--db', db, '--no-progress'];

  const child = spawn(process.execPath, cli, { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
  let atKill = 0;
  while (child.exitCode === null) {
    atKill = countDocuments(db);
    if (atKill >= 20) {
      child.kill('SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(await exited).toBe('SIGKILL');
  const survived = countDocuments(db);
  expect(survived).toBeGreaterThanOrEqual(atKill);
  expect(survived).toBeLessThan(expected.size);

  const rerun = await new Promise<string>((done, fail) => {
    const again = spawn(process.execPath, cli, { cwd: ROOT });
    let out = '';
    again.stdout.on('data', (d: Buffer) => (out += d.toString()));
    again.on('error', fail);
    again.on('close', () => done(out));
  });
  expect(rerun).toMatch(new RegExp(`^${FILES} articles: ${expected.size - survived} new, ${survived} unchanged, 0 failed`));

  const ledger = new BetterSqlite3(db, { readonly: true });
  const docs = ledger.prepare('select id from documents').pluck().all() as string[];
  expect(docs.sort()).toEqual([...expected.keys()].sort());
  const counts = new Map((ledger.prepare('select document_id as d, count(*) as n from claims group by document_id').all() as { d: string; n: number }[]).map((r) => [r.d, r.n]));
  for (const [id, n] of expected) expect(counts.get(id) ?? 0, id).toBe(n);
  expect((ledger.prepare('select count(*) as n from publications').get() as { n: number }).n).toBe(FILES);
  const dup = ledger.prepare('select count(*) as n from (select claim_seq, position from claim_sources group by claim_seq, position having count(*) > 1)').get() as { n: number };
  expect(dup.n).toBe(0);
  ledger.close();
}, 300_000);
