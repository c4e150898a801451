/**
 * Each current claim's line of `--all`'s lean read (src/ledger/series-figures.ts, FIGURE_TEXT) kept
 * in an index of its own, after the series key and seq: SQLite takes the value of an indexed
 * expression from the index instead of computing it again, so a cold `tally series --all` reads
 * each series' lines as they are stored instead of having printf write a million of them (and
 * compare four text columns for the flags) at every run. The same read over the 1M ledger, in
 * fresh processes: 1.52-1.82 s CPU through claims_series, 0.61-0.65 from this index; the list of
 * series, which reads only the key and seq, 0.48-0.55 -> 0.30-0.40 (83 MB against claims_series'
 * 151). SQLite only: PostgreSQL reads rows.
 *
 * SERIES_LINE_SQL is the expression the lean read selects: SQLite uses the index only for the
 * same expression. A read that writes its lines otherwise needs a migration with an index of its
 * own lines (until then it computes them, as before this one: the same output, more slowly).
 *
 * Statistics: analyzed where there are claims (see 0005), without samples (see 0009).
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { EngineAdapter } from '../adapter.ts';

/**
 * A claim's line: document id, statement day, min, max, flags, origin, period from, period to,
 * separated by U+001F (printf writes an absent value as an empty field). The flags: hedged 1,
 * headline 2, rejected 4, no origin (own voice) 8, the period's kind × 32 (cumulative 1,
 * interval 2, unknown 3), no statement day 128, no origin 256.
 */
export const SERIES_LINE_SQL = `printf('%s\u001f%s\u001f%s\u001f%s\u001f%d\u001f%s\u001f%s\u001f%s',
  document_id, as_of, min, max, (hedged = 1) + (section = 'title') * 2 + (status = 'rejected') * 4
  + (origin_id is null) * 8 + (case period_kind when 'cumulative' then 32
  when 'interval' then 64 when 'unknown' then 96 else 0 end)
  + (as_of is null) * 128 + (origin_id is null) * 256, origin_id, period_from, period_to)`;

export const SERIES_LINES_INDEX = 'claims_series_lines';

export function claimsSeriesLines(adapter: EngineAdapter): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was
    async up(db: Kysely<any>): Promise<void> {
      if (adapter.engine !== 'sqlite') return;
      await sql.raw(`create index ${SERIES_LINES_INDEX} on claims (subject_country, subject_group, metric, seq, (${SERIES_LINE_SQL})) where current = 1`).execute(db);
      if (!(await db.selectFrom('claims').select('seq').limit(1).executeTakeFirst())) return;
      await sql`analyze ${sql.ref(SERIES_LINES_INDEX)}`.execute(db);
      const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'sqlite_stat4'`.execute(db);
      if (Number(rows[0]?.n ?? 0) > 0) await sql`delete from sqlite_stat4 where tbl = 'claims'`.execute(db);
      await sql`analyze sqlite_schema`.execute(db);
    },
  };
}
