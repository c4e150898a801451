/**
 * A connection to the watch tables in the ledger's database: the same SQLite file, or the same
 * PostgreSQL database and schema (`?schema=` in the URL, as the ledger reads it). The workers keep
 * their own connection so that they depend on the ledger only through its public API.
 */
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { LedgerError, UsageError } from '../../core/errors.ts';
import { migrateWatchTables } from './migrate.ts';
import type { WatchDatabase } from './schema.ts';

export interface WatchConnection {
  db: Kysely<WatchDatabase>;
  engine: 'sqlite' | 'postgres';
  /** PostgreSQL: the URL without `?schema=`, and the schema (null for the default search path). */
  postgres?: { connectionString: string; schema: string | null };
  /**
   * Epoch ms by the database's clock on PostgreSQL (this machine's clock corrected by the offset
   * measured on connect), so that workers on machines whose clocks differ agree on which feed
   * is due; this machine's clock on SQLite.
   */
  clock: () => number;
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(url);
}

/** Splits `postgres://…?schema=x` into the connection string and the schema. */
export function parsePostgresUrl(url: string): { connectionString: string; schema: string | null } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !SCHEMA_NAME.test(schema)) {
    throw new UsageError(`invalid PostgreSQL schema name "${schema}"`, undefined, 'letters, digits and _ only');
  }
  return { connectionString: parsed.toString(), schema };
}

export async function connectWatchStore(url: string, options: { poolSize?: number } = {}): Promise<WatchConnection> {
  const connection = isPostgresUrl(url) ? await connectPostgres(url, options.poolSize ?? 4) : connectSqlite(url);
  try {
    await migrateWatchTables(connection.db, connection.engine);
  } catch (err) {
    await connection.close();
    throw new LedgerError(`cannot prepare the watch tables: ${(err as Error).message}`);
  }
  return connection;
}

async function connectPostgres(url: string, poolSize: number): Promise<WatchConnection> {
  const { connectionString, schema } = parsePostgresUrl(url);
  const pool = new pg.Pool({ connectionString, max: poolSize, ...(schema ? { options: `-c search_path="${schema}"` } : {}) });
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    try {
      if (schema) await client.query(`create schema if not exists "${schema}"`);
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end();
    const where = new URL(connectionString);
    throw new LedgerError(
      `cannot connect to PostgreSQL at ${where.hostname}:${where.port || 5432}${where.pathname}: ${(err as Error).message}`,
      undefined,
      'is the server running and the URL right?',
    );
  }
  const db = new Kysely<WatchDatabase>({ dialect: new PostgresDialect({ pool }) });
  const offset = await clockOffset(pool);
  return { db, engine: 'postgres', postgres: { connectionString, schema }, clock: () => Date.now() + offset, close: () => db.destroy() };
}

function connectSqlite(file: string): WatchConnection {
  if (file === ':memory:') {
    throw new UsageError('watched feeds need a ledger file or PostgreSQL', undefined, 'pass --db ./tally.db or --db postgres://…');
  }
  let handle: BetterSqlite3.Database;
  try {
    handle = new BetterSqlite3(file);
    handle.pragma('journal_mode = WAL');
    handle.pragma('busy_timeout = 10000');
  } catch (err) {
    throw new LedgerError(`cannot open ledger ${file}: ${(err as Error).message}`);
  }
  const db = new Kysely<WatchDatabase>({ dialect: new SqliteDialect({ database: handle }) });
  return { db, engine: 'sqlite', clock: Date.now, close: () => db.destroy() };
}

/** Database clock minus this machine's, in ms, taken at the middle of the round trip. */
async function clockOffset(pool: pg.Pool): Promise<number> {
  const before = Date.now();
  const { rows } = await pool.query<{ ms: string }>('select (extract(epoch from clock_timestamp()) * 1000)::bigint::text as ms');
  const after = Date.now();
  return Number(rows[0]!.ms) - (before + after) / 2;
}
