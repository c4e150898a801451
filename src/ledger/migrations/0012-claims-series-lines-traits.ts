/**
 * What each claim is (its SERIES_TRAIT bits) kept after its line in the index of lines (migration
 * 0010), so that the list of series with what their claims are is read from that index alone.
 *
 * The list is read with the traits whenever a set of options other than the default is in play:
 * the first `tally series --all --exclude hedged` (or `--include-titles`…) on a ledger, and every
 * write verb's refresh once such a set is kept. Without them in an index of their own, that read
 * scanned claims_series (190 MB over the bench's 1,000,000 claims, the evidence sentence in it since
 * 0011) where the list without traits scans the index of lines (91 MB), and the lines the summaries
 * read next were then still to be touched. From the same index, the list with its traits costs
 * about what the list without them does (see bench/RESULTS.md, Series).
 *
 * The index is made again under the same name, its line the same expression (SERIES_LINE_SQL), so
 * that every read through it reads the same way; the traits are an expression after the line,
 * which SQLite reads from the index instead of computing it, for the same expression written the
 * same way (SERIES_TRAITS_SQL). Its entries grow by one small integer. SQLite only, as 0010.
 *
 * Statistics: analyzed where there are claims (see 0005), without samples (see 0009).
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { EngineAdapter } from '../adapter.ts';
import { SERIES_LINE_SQL, SERIES_LINES_INDEX } from './0010-claims-series-lines.ts';

/**
 * A claim's SERIES_TRAIT bits (src/ledger/series-read.ts), written out: hedged 1, headline 2, the
 * outlet's own voice 4, no known period 8. The read must write the same text to be served by the
 * index (series-read.ts).
 */
export const SERIES_TRAITS_SQL = `((case when hedged = 1 then 1 else 0 end) + (case when section = 'title' then 2 else 0 end)
  + (case when origin_id is null then 4 else 0 end) + (case when period_kind is null or period_kind = 'unknown' then 8 else 0 end))`;

export function claimsSeriesLinesTraits(adapter: EngineAdapter): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was
    async up(db: Kysely<any>): Promise<void> {
      if (adapter.engine !== 'sqlite') return;
      await sql.raw(`drop index if exists ${SERIES_LINES_INDEX}`).execute(db);
      await sql.raw(`create index ${SERIES_LINES_INDEX} on claims (subject_country, subject_group, metric, seq, (${SERIES_LINE_SQL}), ${SERIES_TRAITS_SQL}) where current = 1`).execute(db);
      if (!(await db.selectFrom('claims').select('seq').limit(1).executeTakeFirst())) return;
      await sql`analyze ${sql.ref(SERIES_LINES_INDEX)}`.execute(db);
      const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'sqlite_stat4'`.execute(db);
      if (Number(rows[0]?.n ?? 0) > 0) await sql`delete from sqlite_stat4 where tbl = 'claims'`.execute(db);
      await sql`analyze sqlite_schema`.execute(db);
    },
  };
}
