/**
 * The real PostgreSQL server for tests: postgres://postgres@127.0.0.1:5432/test (or user root).
 * Tests skip with a printed notice when it is unreachable, unless TALLY_TEST_PG=1 requires it.
 */
import pg from 'pg';

const CANDIDATES = [
  process.env.TALLY_TEST_PG_URL,
  'postgres://postgres@127.0.0.1:5432/test',
  'postgres://root@127.0.0.1:5432/test',
].filter((u): u is string => Boolean(u));

/** The first URL that accepts a connection, or null. */
export async function findTestPostgres(): Promise<string | null> {
  for (const url of CANDIDATES) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return url;
    } catch {
      await client.end().catch(() => undefined);
    }
  }
  return null;
}

export const PG_REQUIRED = process.env.TALLY_TEST_PG === '1';

export async function dropSchemas(url: string, schemas: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of schemas) await client.query(`drop schema if exists "${s}" cascade`);
  } finally {
    await client.end();
  }
}

/** A schema name no other test file or run uses. */
export function uniqueSchema(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The server for one suite: its URL, or null with a printed notice that `suite`'s PostgreSQL half
 * is skipped; throws when TALLY_TEST_PG=1 requires it and none answers.
 */
export async function postgresForSuite(suite: string): Promise<string | null> {
  const url = await findTestPostgres();
  if (!url && PG_REQUIRED) throw new Error('TALLY_TEST_PG=1 but PostgreSQL is unreachable at 127.0.0.1:5432');
  if (!url) console.warn(`${suite}: PostgreSQL unreachable at 127.0.0.1:5432, its half skipped (set TALLY_TEST_PG=1 to require it)`);
  return url;
}
