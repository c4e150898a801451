/**
 * Open a PostgreSQL ledger through a pg Pool. An optional schema (from OpenOptions or the URL's
 * `?schema=` parameter) is created when missing and set as search_path on every connection, so
 * tests and tenants can share one database.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { LedgerError } from '../../core/errors.ts';
import type { EngineConnection } from '../engine.ts';
import type { Database } from '../schema.ts';
import { postgresAdapter } from './adapter.ts';

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export async function connect(url: string, schemaOption?: string): Promise<EngineConnection> {
  const parsed = new URL(url);
  const schema = schemaOption ?? parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new LedgerError(`invalid PostgreSQL schema name "${schema}"`, undefined, 'letters, digits and _ only');
  }
  const where = `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  const connectionString = parsed.toString();
  try {
    if (schema) {
      const client = new pg.Client({ connectionString });
      await client.connect();
      try {
        await client.query(`create schema if not exists "${schema}"`);
      } finally {
        await client.end();
      }
    }
    const pool = new pg.Pool({ connectionString, max: 8, ...(schema ? { options: `-c search_path="${schema}"` } : {}) });
    // A pool emits errors of idle clients (server restart); without a listener they crash the process.
    pool.on('error', () => undefined);
    const probe = await pool.connect();
    let current: string;
    try {
      current = (await probe.query<{ s: string }>('select current_schema() as s')).rows[0]?.s ?? 'public';
    } finally {
      probe.release();
    }
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, adapter: postgresAdapter(current), describe: `postgres ${where}${schema ? ` schema ${schema}` : ''}` };
  } catch (err) {
    if (err instanceof LedgerError) throw err;
    throw new LedgerError(`cannot connect to PostgreSQL at ${where}: ${(err as Error).message}`, undefined, 'is the server running and the URL right?');
  }
}
