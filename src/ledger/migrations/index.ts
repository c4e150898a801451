/**
 * The ledger's versioned migrations, in order, supplied to Kysely's Migrator from code (no
 * folder scan, so they work from any working directory and under tsx). Never edit a released
 * migration: add the next one.
 */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { LedgerError } from '../../core/errors.ts';
import type { EngineAdapter } from '../adapter.ts';
import type { Database } from '../schema.ts';
import { initial } from './0001-initial.ts';
import { claimIndexesForPaging } from './0002-claim-indexes-for-paging.ts';
import { claimSeriesColumns } from './0003-claim-series-columns.ts';
import { claimsSearchAndSort } from './0004-claims-search-and-sort.ts';
import { claimsFigureSortCovering } from './0005-claims-figure-sort-covering.ts';
import { claimsDropCountryOriginIndexes } from './0006-claims-drop-country-origin-indexes.ts';
import { claimRemovals } from './0007-claim-removals.ts';
import { publicationsByDocumentCovering } from './0008-publications-by-document-covering.ts';
import { claimsStatisticsWithoutSamples } from './0009-claims-statistics-without-samples.ts';
import { claimsSeriesLines } from './0010-claims-series-lines.ts';
import { claimsSeriesEvidence } from './0011-claims-series-evidence.ts';
import { claimsSeriesLinesTraits } from './0012-claims-series-lines-traits.ts';

function migrationsFor(adapter: EngineAdapter): Record<string, Migration> {
  return {
    '0001-initial': initial(adapter),
    '0002-claim-indexes-for-paging': claimIndexesForPaging(),
    '0003-claim-series-columns': claimSeriesColumns(adapter),
    '0004-claims-search-and-sort': claimsSearchAndSort(adapter),
    '0005-claims-figure-sort-covering': claimsFigureSortCovering(adapter),
    '0006-claims-drop-country-origin-indexes': claimsDropCountryOriginIndexes(),
    '0007-claim-removals': claimRemovals(adapter),
    '0008-publications-by-document-covering': publicationsByDocumentCovering(adapter),
    '0009-claims-statistics-without-samples': claimsStatisticsWithoutSamples(adapter),
    '0010-claims-series-lines': claimsSeriesLines(adapter),
    '0011-claims-series-evidence': claimsSeriesEvidence(adapter),
    '0012-claims-series-lines-traits': claimsSeriesLinesTraits(adapter),
  };
}

class CodeMigrationProvider implements MigrationProvider {
  constructor(private readonly adapter: EngineAdapter) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrationsFor(this.adapter);
  }
}

/**
 * Whether the ledger has recorded every migration and no other (Kysely's Migrator records one in
 * the same transaction as it runs it): one read of the names, where the Migrator would make sure
 * of its tables and its lock first (~15 ms at the start of every verb). False when it cannot tell
 * (no table yet: a new ledger).
 */
async function upToDate(db: Kysely<Database>, adapter: EngineAdapter): Promise<boolean> {
  const table = sql.table(adapter.schema ? `${adapter.schema}.tally_migrations` : 'tally_migrations');
  let names: Set<string>;
  try {
    names = new Set((await sql<{ name: string }>`select name from ${table}`.execute(db)).rows.map((r) => r.name));
  } catch {
    return false;
  }
  // Exactly these: one this code does not know (a ledger of a later version) is the Migrator's to refuse.
  const known = Object.keys(migrationsFor(adapter));
  return names.size === known.length && known.every((name) => names.has(name));
}

/** Apply pending migrations; returns the names applied now. Throws LedgerError on failure. */
export async function runMigrations(db: Kysely<Database>, adapter: EngineAdapter): Promise<string[]> {
  if (await upToDate(db, adapter)) return [];
  const migrator = new Migrator({
    db, provider: new CodeMigrationProvider(adapter), migrationTableName: 'tally_migrations',
    migrationLockTableName: 'tally_migrations_lock',
    // Migrations are written for separate features at the same time and touch separate things: a
    // ledger that already ran a later-numbered one still gets an earlier one added after it.
    allowUnorderedMigrations: true,
    ...(adapter.schema ? { migrationTableSchema: adapter.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new LedgerError(`migration ${failed} failed: ${(error as Error).message}`, undefined, 'the ledger was left at the last migration that succeeded');
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
