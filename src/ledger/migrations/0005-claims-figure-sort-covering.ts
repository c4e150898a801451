/**
 * The sort indexes of migration 0004 carry what a sorted page filters on after the key, so SQLite
 * decides from the index entry and reads only the claims it keeps:
 * - the figure order carries the statement day: a page sorted by figure with a date range walks
 *   the figure order and keeps the claims in the range; since figures grow over time, ascending
 *   figures reach a recent range late, and each claim walked past cost a table read to learn its
 *   day (0.2 s on a 71,000-claim series from 2024 on; 2.4 ms with the day in the index);
 * - both orders within a subject × metric carry `current`: a country sorted by day or figure is
 *   read as 32 such ranges (read.ts), each claim of which was a table read (5.3 ms of table
 *   reads for a page).
 * Appended after seq, the orders, and so the keyset cursors, stay (key, seq). On a million
 * claims: about 15 s.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { EngineAdapter } from '../adapter.ts';
import { FIGURE_SQL } from './0004-claims-search-and-sort.ts';

export function claimsFigureSortCovering(adapter: EngineAdapter): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was
    async up(db: Kysely<any>): Promise<void> {
      for (const name of ['claims_figure', 'claims_subject_metric_figure', 'claims_subject_metric_as_of']) await db.schema.dropIndex(name).execute();
      await sql.raw(`create index claims_figure_day on claims ((${FIGURE_SQL}), seq, as_of, current)`).execute(db);
      await sql.raw(`create index claims_subject_metric_figure_day on claims (subject_country, subject_group, metric, (${FIGURE_SQL}), seq, as_of, current)`).execute(db);
      await db.schema.createIndex('claims_subject_metric_day').on('claims').columns(['subject_country', 'subject_group', 'metric', 'as_of', 'seq', 'current']).execute();
      // SQLite takes an index without statistics for a selective one, and would read a whole
      // country through it: analyze the new ones where there are claims (see 0004).
      const some = adapter.engine === 'sqlite' && (await db.selectFrom('claims').select('seq').limit(1).executeTakeFirst());
      if (some) for (const name of ['claims_figure_day', 'claims_subject_metric_figure_day', 'claims_subject_metric_day']) await sql`analyze ${sql.ref(name)}`.execute(db);
    },
  };
}
