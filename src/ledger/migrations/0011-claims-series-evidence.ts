/**
 * The evidence sentence in the series index (SQLite): claims_series (migration 0003) held every
 * column the series read takes except the evidence sentence, so a series read with its evidence
 * (`tally series --subject … --metric …` as JSON or CSV, the server's series) visited each
 * claim's row in the claims table: one page, and a page of the table's tree above it, for nearly
 * every claim, spread over the whole table (a series' claims are spread over the ingest order).
 * Those pages, touched for the first time in a fresh process, were most of the read: over the
 * 1,000,000-claim ledger the median series' statement (449 claims, publications joined) took
 * 10.4-12.8 ms cold with ~1,560 page faults, 5.1-5.5 ms with ~860 from an index holding the
 * evidence after the same columns; the largest series (142,100 claims) 657-660 ms against 476-485.
 *
 * The index is made again with the sentence after its other columns, under the same name, so
 * whatever SQLite read through it before it reads the same way (the entries are wider: the
 * 1,000,000-claim ledger grew from 1,577 to ~1,600 MB: the sentence, ~24 MB there, is kept twice).
 * PostgreSQL is unchanged: its b-tree entries are limited to about a third of a page, which a
 * long sentence would pass, and its read is another code path.
 *
 * Statistics: analyzed where there are claims and the ledger had statistics of the old index,
 * without samples (see 0009).
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { EngineAdapter } from '../adapter.ts';
import { SERIES_INDEX_COLUMNS } from './0003-claim-series-columns.ts';

export function claimsSeriesEvidence(adapter: EngineAdapter): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was
    async up(db: Kysely<any>): Promise<void> {
      if (adapter.engine !== 'sqlite') return;
      const stats = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'sqlite_stat1'`.execute(db);
      const analyzed = Number(stats.rows[0]?.n ?? 0) > 0
        && Number((await sql<{ n: number }>`select count(*) as n from sqlite_stat1 where idx = 'claims_series'`.execute(db)).rows[0]?.n ?? 0) > 0;
      await db.schema.dropIndex('claims_series').execute();
      await db.schema.createIndex('claims_series').on('claims')
        .columns(['subject_country', 'subject_group', 'metric', 'seq', ...SERIES_INDEX_COLUMNS, 'evidence_text'])
        .where(sql.ref('current'), '=', 1).execute();
      if (!analyzed) return;
      await sql`analyze claims_series`.execute(db);
      const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'sqlite_stat4'`.execute(db);
      if (Number(rows[0]?.n ?? 0) > 0) await sql`delete from sqlite_stat4 where tbl = 'claims'`.execute(db);
      await sql`analyze sqlite_schema`.execute(db);
    },
  };
}
