/**
 * Claims planned from SQLite's per-index summaries (sqlite_stat1) without its samples
 * (sqlite_stat4). Migrations 0004 and 0005 analyze a ledger that already holds claims, and
 * SQLite (built with STAT4) then sizes each bound value against the samples. For some values the
 * plan it made for one branch of a merged claims page (read.ts: a subject or a country sorted by
 * day or figure, one index range per metric merged) skip-scanned the whole index and sorted it.
 * Over a million analyzed claims, MM/military sorted by day since 2024-07-01 (eight ranges) read
 * its keys in 12-17 ms instead of 0.13 ms, and the server bench's 523 sorted distinct URLs, each
 * timed alone, had a per-URL p99 of 11-12 ms (2.4-4.0 without the samples) and a mean 20-25%
 * higher. The summaries stay: they are what keeps SQLite on the indexes that 0004 and 0005
 * describe. A ledger whose claims were never analyzed has no samples and is unchanged, and so is
 * PostgreSQL, whose planner is not concerned. A migration that analyzes claims again should drop
 * their samples the same way.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { EngineAdapter } from '../adapter.ts';

export function claimsStatisticsWithoutSamples(adapter: EngineAdapter): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was
    async up(db: Kysely<any>): Promise<void> {
      if (adapter.engine !== 'sqlite') return;
      const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'sqlite_stat4'`.execute(db);
      if (Number(rows[0]?.n ?? 0) === 0) return;
      await sql`delete from sqlite_stat4 where tbl = 'claims'`.execute(db);
      // SQLite reads statistics when it loads the schema: reload them, or this connection would
      // keep planning from the samples until it closes.
      await sql`analyze sqlite_schema`.execute(db);
    },
  };
}
