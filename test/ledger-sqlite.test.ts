/** The shared ledger suite on SQLite: in-memory ledgers, plus one file-backed check of WAL mode. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, expect, test } from 'vitest';
import { openLedger } from '../src/ledger/ledger.ts';
import { runLedgerSuite } from './ledger-suite.ts';

const dir = mkdtempSync(join(tmpdir(), 'tally-ledger-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runLedgerSuite('sqlite', (options) => openLedger(':memory:', options));

test('a file ledger is in WAL mode and reopens with its data, migrations not rerun', async () => {
  const file = join(dir, 'wal.db');
  const l = await openLedger(file);
  await l.ingest({ text: 'Some 30 people were displaced, the mayor said.' }, { id: null, document: { title: null, publisher: null, published: null }, claims: [] });
  expect(await l.migrate()).toEqual([]);
  await l.close();
  const raw = new BetterSqlite3(file, { readonly: true });
  expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
  raw.close();
  const again = await openLedger(file);
  expect((await again.stats()).documents).toBe(1);
  await again.close();
});

test('a ledger in a missing folder is a one-line LedgerError', async () => {
  await expect(openLedger(join(dir, 'no', 'such', 'x.db'))).rejects.toThrow(/does not exist/);
});
