/** The shared ledger suite on SQLite: in-memory ledgers, plus one file-backed check of WAL mode. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, expect, test } from 'vitest';
import { openLedger, type Ledger } from '../src/ledger/ledger.ts';
import type { Metric } from '../src/core/claim.ts';
import type { ClaimFilter, ClaimPageRequest } from '../src/ledger/types.ts';
import { syntheticDocuments, toLedgerRecords } from '../src/series/__fixtures__/synthetic.ts';
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

test('migration 0009: claims analyzed before it lose their samples and keep their summaries; their pages read the same', async () => {
  const file = join(dir, 'analyzed.db');
  const created = await openLedger(file);
  await created.importRecords(toLedgerRecords(syntheticDocuments(3000)));
  const subject = (await created.listSubjects())[0]!;
  const { metric } = (JSON.parse(await created.queryClaimsJson({ subject: subject.key }, { limit: 1 })) as { rows: [{ metric: Metric }] }).rows[0];
  await created.close();
  // What a ledger analyzed with its claims in it (migrations 0004 and 0005) looked like before 0009.
  const raw = new BetterSqlite3(file);
  raw.exec('analyze');
  raw.prepare('delete from tally_migrations where name = ?').run('0009-claims-statistics-without-samples');
  const rowsOf = (table: string, tbl: string) => (raw.prepare(`select count(*) as n from ${table} where tbl = ?`).get(tbl) as { n: number }).n;
  expect(rowsOf('sqlite_stat4', 'claims')).toBeGreaterThan(0);
  const publicationSamples = rowsOf('sqlite_stat4', 'publications');
  expect(publicationSamples).toBeGreaterThan(0);

  // Pages that merge one index range per group or metric (read.ts), and plain ones.
  const requests: [ClaimFilter, ClaimPageRequest][] = [
    [{ subject: subject.key, since: '2023-06-01' }, { limit: 20, sort: 'asOf' }],
    [{ subject: subject.key }, { limit: 20, sort: '-figure' }],
    [{ country: subject.country ?? '-' }, { limit: 20, sort: 'figure' }],
    [{ country: subject.country ?? '-', since: '2024-01-01' }, { limit: 20, sort: '-asOf' }],
    [{ subject: subject.key, metric }, { limit: 20 }],
    [{ country: subject.country ?? '-' }, { limit: 20, sort: '-ingested' }],
  ];
  const pages = (ledger: Ledger) => Promise.all(requests.map(([filter, page]) => ledger.queryClaimsJson(filter, page)));
  const unmigrated = await openLedger(file, { migrate: false });
  const before = await pages(unmigrated);
  await unmigrated.close();
  for (const page of before) expect((JSON.parse(page) as { rows: unknown[] }).rows).toHaveLength(20);

  const migrated = await openLedger(file);
  expect(await pages(migrated)).toEqual(before);
  await migrated.close();
  expect(rowsOf('sqlite_stat4', 'claims')).toBe(0);
  expect(rowsOf('sqlite_stat1', 'claims')).toBeGreaterThan(0);
  expect(rowsOf('sqlite_stat4', 'publications')).toBe(publicationSamples);
  raw.close();
});
