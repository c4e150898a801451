/** SQLite's side of the engine differences (see ../adapter.ts). */
import { existsSync, statSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { likePattern, type EngineAdapter } from '../adapter.ts';
import type { Database } from '../schema.ts';

export function sqliteAdapter(file: string, handle: BetterSqlite3.Database): EngineAdapter {
  // Raw statements by SQL text: a series read runs the same two statements for every series.
  const raw = new Map<string, BetterSqlite3.Statement>();
  return {
    engine: 'sqlite',
    serialType: 'integer',
    serialNeedsAutoIncrement: true,
    containsInsensitive(column: Expression<string | null>, needle: string): Expression<SqlBool> {
      // SQLite's LIKE folds ASCII case only; lower() on both sides extends nothing, so keep LIKE.
      return sql<SqlBool>`${column} like ${likePattern(needle)} escape '\\'`;
    },
    rawRows(text: string, parameters: readonly unknown[]): Iterable<unknown[]> {
      let stmt = raw.get(text);
      if (!stmt) {
        if (raw.size >= 64) raw.clear();
        raw.set(text, (stmt = handle.prepare(text).raw(true)));
      }
      return stmt.iterate(...parameters) as Iterable<unknown[]>;
    },
    async afterExplicitIds(): Promise<void> {
      // AUTOINCREMENT keeps sqlite_sequence at the largest id ever inserted, explicit ones included.
    },
    async sizeBytes(db: Kysely<Database>): Promise<number> {
      const pages = await sql<{ n: number }>`select page_count * page_size as n from pragma_page_count(), pragma_page_size()`.execute(db);
      const wal = file !== ':memory:' && existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0;
      return Number(pages.rows[0]?.n ?? 0) + wal;
    },
  };
}
