/**
 * Two indexes of migration 0004 given back to ingest: each index costs every stored claim a
 * b-tree insert, and the read path now serves both filters without them. A country without a
 * group reads one (country, group, seq) range per group and merges them; an origin walks its
 * entries of claim_sources (src/ledger/read.ts).
 */
import type { Kysely, Migration } from 'kysely';

export function claimsDropCountryOriginIndexes(): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was
    async up(db: Kysely<any>): Promise<void> {
      for (const name of ['claims_country_seq', 'claims_origin_seq']) await db.schema.dropIndex(name).execute();
    },
  };
}
