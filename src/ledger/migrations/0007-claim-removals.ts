/**
 * A count of claims removed from the series, kept by the database on every write path: a claim
 * deleted (re-extraction replaces a document's claims) or left behind by a new version of its
 * document (current 1 → 0). The kept `tally series --all` lines (src/ledger/series-summaries.ts)
 * read it to know that a run of writes only added claims, which took two counts of a million
 * claims (~0.2 s) on every `--all` and after every write verb. Adding a claim costs nothing: no
 * trigger fires on insert.
 *
 * SQLite fires its triggers once per row, PostgreSQL these once per statement (a count that moves
 * more than once per removal, or for an update that removed nothing, only makes the next run read
 * every series' state again: never a stale line).
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { EngineAdapter } from '../adapter.ts';

export function claimRemovals(adapter: EngineAdapter): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.createTable('claim_removals')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('removed', 'bigint', (c) => c.notNull())
        .execute();
      await db.insertInto('claim_removals').values({ id: 1, removed: 0 }).execute();
      const bump = 'update claim_removals set removed = removed + 1 where id = 1;';
      if (adapter.engine === 'sqlite') {
        await sql.raw(`create trigger claims_removed_delete after delete on claims begin ${bump} end`).execute(db);
        await sql.raw(`create trigger claims_removed_superseded after update of current on claims when old.current = 1 and new.current <> 1 begin ${bump} end`).execute(db);
        return;
      }
      await sql.raw(`create function tally_claims_removed() returns trigger language plpgsql as $$ begin ${bump} return null; end $$`).execute(db);
      await sql.raw('create trigger claims_removed_delete after delete on claims for each statement execute function tally_claims_removed()').execute(db);
      await sql.raw('create trigger claims_removed_superseded after update of current on claims for each statement execute function tally_claims_removed()').execute(db);
    },
  };
}
