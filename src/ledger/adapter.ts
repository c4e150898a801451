/**
 * What differs between the engines, as a small capability object each engine folder provides
 * (src/ledger/sqlite/adapter.ts, src/ledger/postgres/adapter.ts), so that the schema and the
 * queries stay written once.
 */
import type { Expression, Kysely, SqlBool } from 'kysely';
import type { Database } from './schema.ts';

export interface EngineAdapter {
  readonly engine: 'sqlite' | 'postgres';
  /**
   * The schema the ledger's tables live in (PostgreSQL), for Kysely's Migrator: it looks for its
   * own tables across all schemas unless told one, and would take another ledger's for its own.
   */
  readonly schema?: string;
  /** Column type of an auto-incrementing integer primary key. */
  readonly serialType: 'integer' | 'serial';
  /** Whether `serialType` needs Kysely's `.autoIncrement()` (SQLite) or is implicit (serial). */
  readonly serialNeedsAutoIncrement: boolean;
  /** Case-insensitive "column contains needle" (LIKE in SQLite is already ASCII-case-insensitive; PG wants ILIKE). */
  containsInsensitive(column: Expression<string | null>, needle: string): Expression<SqlBool>;
  /** Bytes the database takes on disk (file plus WAL for SQLite; schema relations for PG). */
  sizeBytes(db: Kysely<Database>): Promise<number>;
  /**
   * Run a compiled read and give its rows as arrays in column order, one at a time, without
   * building row objects (SQLite: better-sqlite3's raw iterate). Absent where the driver has no
   * such mode. Iterate to the end before the next query.
   */
  rawRows?(sql: string, parameters: readonly unknown[]): Iterable<unknown[]>;
  /** After rows were inserted with explicit serial ids (import): move the sequence past them. */
  afterExplicitIds(db: Kysely<Database>, table: 'reviews' | 'claims', column: 'id' | 'seq'): Promise<void>;
}

/** Escape LIKE wildcards; both engines take `ESCAPE '\'`. */
export function likePattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
