/**
 * The shared ledger suite on the real PostgreSQL server, each ledger in its own fresh schema,
 * dropped afterwards; plus a SQLite → PostgreSQL export/import round trip.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { openLedger, type LedgerRecord } from '../src/ledger/ledger.ts';
import { extraction, other, otherClaims, story, storyClaims } from './ledger-fixtures.ts';
import { runLedgerSuite } from './ledger-suite.ts';
import { dropSchemas, findTestPostgres, PG_REQUIRED, uniqueSchema } from './pg-test-db.ts';

const url = await findTestPostgres();
if (!url && PG_REQUIRED) throw new Error('TALLY_TEST_PG=1 but PostgreSQL is unreachable at 127.0.0.1:5432');
if (!url) console.warn('ledger-postgres: PostgreSQL unreachable at 127.0.0.1:5432, suite skipped (set TALLY_TEST_PG=1 to require it)');

const schemas: string[] = [];
afterAll(async () => {
  if (url) await dropSchemas(url, schemas);
});

const openFresh = (options = {}) => {
  const schema = uniqueSchema('ledger_test');
  schemas.push(schema);
  return openLedger(url!, { ...options, schema });
};

if (url) {
  runLedgerSuite('postgres', openFresh);

  test('SQLite export imports into PostgreSQL and exports back identical', async () => {
    const lite = await openLedger(':memory:');
    await lite.ingest(story(), extraction(story(), storyClaims()));
    await lite.ingest(other(), extraction(other(), otherClaims()));
    const [c] = (await lite.queryClaims()).rows;
    await lite.review(c!.id, { kind: 'reject', reason: 'duplicate' }, 'ana');
    const records: LedgerRecord[] = [];
    for await (const r of lite.exportAll()) records.push(r);
    const pgLedger = await openFresh();
    await pgLedger.importRecords(records);
    const back: LedgerRecord[] = [];
    for await (const r of pgLedger.exportAll()) back.push(r);
    expect(back).toEqual(records);
    expect((await pgLedger.queryClaims({ status: 'rejected' })).rows.map((x) => x.id)).toEqual([c!.id]);
    await lite.close();
    await pgLedger.close();
  });
} else {
  describe.skip('ledger on postgres (server unreachable)', () => {
    test('skipped', () => undefined);
  });
}
