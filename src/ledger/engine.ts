/** Pick the engine from the ledger URL and connect. */
import type { Kysely } from 'kysely';
import type { EngineAdapter } from './adapter.ts';
import type { Database } from './schema.ts';

export interface EngineConnection {
  db: Kysely<Database>;
  adapter: EngineAdapter;
  /** For messages: the file, or host:port/database and schema. */
  describe: string;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(url);
}

export async function connectEngine(url: string, schema?: string): Promise<EngineConnection> {
  if (isPostgresUrl(url)) {
    const { connect } = await import('./postgres/connect.ts');
    return connect(url, schema);
  }
  const { connect } = await import('./sqlite/connect.ts');
  return connect(url);
}
