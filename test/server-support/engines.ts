/**
 * The storage engines the server tests run on: SQLite always; PostgreSQL when it answers, or
 * always when TALLY_TEST_PG=1 (then an unreachable server is a failure, not a skip).
 * Each test file gets its own PostgreSQL schema so files can run in parallel.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openLedger, type Ledger } from '../../src/ledger/ledger.ts';
import { openTokenStore, type TokenStore } from '../../src/server/tokens.ts';

export const PG_URL = process.env.TALLY_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface Stores {
  ledger: Ledger;
  tokens: TokenStore;
  /** How to open the same ledger again (the server's series worker thread does). */
  location: { url: string; options: { schema?: string } };
  close(): Promise<void>;
}

export interface Engine {
  name: 'sqlite' | 'postgres';
  open(): Promise<Stores>;
}

async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

/** `tag` names the test file; it makes the PostgreSQL schemas of different files distinct. */
export async function testEngines(tag: string): Promise<Engine[]> {
  let counter = 0;
  const sqlite: Engine = {
    name: 'sqlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), `tally-${tag}-`));
      const file = join(dir, 'ledger.db');
      const ledger = await openLedger(file);
      const tokens = await openTokenStore(file);
      return {
        ledger, tokens, location: { url: file, options: {} },
        async close() {
          await tokens.close();
          await ledger.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  };
  const engines: Engine[] = [sqlite];
  const required = process.env.TALLY_TEST_PG === '1';
  if (required || (await pgReachable())) {
    engines.push({
      name: 'postgres',
      async open() {
        const schema = `srv_${tag.replace(/\W/g, '_')}_${process.pid}_${++counter}`;
        await dropSchema(schema);
        const ledger = await openLedger(PG_URL, { schema });
        const tokens = await openTokenStore(PG_URL, { schema });
        return {
          ledger, tokens, location: { url: PG_URL, options: { schema } },
          async close() {
            await tokens.close();
            await ledger.close();
            await dropSchema(schema);
          },
        };
      },
    });
  } else {
    console.warn(`[${tag}] PostgreSQL at ${PG_URL} is unreachable and TALLY_TEST_PG is unset: running on SQLite only`);
  }
  return engines;
}
