/**
 * API tokens for writes. A token is shown once when created; only its SHA-256 hash is kept, in a
 * table of our own (`tally_api_tokens`) beside the ledger's tables, created idempotently here:
 * the ledger's schema belongs to the ledger, and it exposes no migration hook for other parts.
 */
import { createHash, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { LedgerError, UsageError } from '../core/errors.ts';

interface TokenTable {
  name: string;
  hash: string;
  created_at: string;
}

interface TokenDb {
  tally_api_tokens: TokenTable;
}

/** Where write tokens are kept. */
export interface TokenStore {
  /** Make a token for `name` (a person or a script); returns the token itself, which is kept nowhere. */
  create(name: string): Promise<string>;
  /** The name the token was made for, or null when it is unknown. */
  verify(token: string): Promise<string | null>;
  list(): Promise<{ name: string; createdAt: string }[]>;
  /** True when a token of that name existed. */
  revoke(name: string): Promise<boolean>;
  close(): Promise<void>;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const NAME = /^[\w.@-]{1,64}$/;

function isPostgres(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Open the token table of the ledger at `url` (same forms as openLedger: a SQLite path,
 * ':memory:', or postgres://…; `schema` picks the PostgreSQL schema as the ledger's does).
 */
export async function openTokenStore(url: string, options: { schema?: string } = {}): Promise<TokenStore> {
  let db: Kysely<TokenDb>;
  if (isPostgres(url)) {
    const schema = options.schema;
    const pool = new pg.Pool({
      connectionString: url,
      max: 2,
      ...(schema ? { options: `-c search_path=${quoteIdent(schema)}` } : {}),
    });
    db = new Kysely<TokenDb>({ dialect: new PostgresDialect({ pool }) });
    try {
      if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    } catch (err) {
      await db.destroy();
      throw new LedgerError(`cannot reach PostgreSQL for tokens: ${(err as Error).message}`, undefined, 'is the server running?');
    }
  } else {
    db = new Kysely<TokenDb>({ dialect: new SqliteDialect({ database: new Database(url) }) });
  }
  await db.schema.createTable('tally_api_tokens').ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  return {
    async create(name) {
      if (!NAME.test(name)) throw new UsageError(`token name "${name}" is not allowed`, undefined, 'use 1-64 letters, digits, ".", "@", "_" or "-"');
      const token = `tally_${randomBytes(24).toString('base64url')}`;
      const exists = await db.selectFrom('tally_api_tokens').select('name').where('name', '=', name).executeTakeFirst();
      if (exists) throw new UsageError(`a token named "${name}" exists`, undefined, `revoke it first: tally token revoke ${name}`);
      await db.insertInto('tally_api_tokens').values({ name, hash: hashToken(token), created_at: new Date().toISOString() }).execute();
      return token;
    },
    async verify(token) {
      if (token.length === 0 || token.length > 200) return null;
      const row = await db.selectFrom('tally_api_tokens').select('name').where('hash', '=', hashToken(token)).executeTakeFirst();
      return row?.name ?? null;
    },
    async list() {
      const rows = await db.selectFrom('tally_api_tokens').select(['name', 'created_at']).orderBy('name').execute();
      return rows.map((r) => ({ name: r.name, createdAt: r.created_at }));
    },
    async revoke(name) {
      const result = await db.deleteFrom('tally_api_tokens').where('name', '=', name).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async close() {
      await db.destroy();
    },
  };
}
