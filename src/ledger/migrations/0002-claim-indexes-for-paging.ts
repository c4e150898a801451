/**
 * Claims indexes shaped by the bench: each index costs every ingest a b-tree insert per claim,
 * and a filter served by an index that does not end in seq sorts every match before the first
 * page. Kept or made: subject+metric, subject alone and metric alone (each ending in seq, so a
 * page is read in order and the read stops), document, and a partial index over reviewed claims
 * (few among many). Dropped: dates and origin, and the full status index. Dates and text filter
 * while walking claims in ingest order, which stops after one page when matches are common;
 * sources go through claim_sources' entity index.
 */
import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';

export function claimIndexesForPaging(): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was
    async up(db: Kysely<any>): Promise<void> {
      for (const name of ['claims_as_of', 'claims_status', 'claims_origin']) await db.schema.dropIndex(name).execute();
      await db.schema.createIndex('claims_subject_seq').on('claims').columns(['subject_country', 'subject_group', 'seq']).execute();
      await db.schema.createIndex('claims_reviewed').on('claims').columns(['status', 'seq']).where(sql.ref('status'), '<>', 'unreviewed').execute();
    },
  };
}
