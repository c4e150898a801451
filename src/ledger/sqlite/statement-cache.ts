/**
 * Kysely's SQLite driver prepares every query anew; preparing costs more than running the small
 * queries of an ingest. This wraps the part of better-sqlite3 the dialect uses (prepare, close)
 * and keeps prepared statements by SQL text, least recently used dropped beyond a bound.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const MAX_STATEMENTS = 256;

export function withStatementCache(db: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    prepare(sql: string): SqliteStatement {
      const hit = cache.get(sql);
      if (hit) {
        // Re-insert to mark it most recently used (Map keeps insertion order).
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = db.prepare(sql) as unknown as SqliteStatement;
      cache.set(sql, stmt);
      if (cache.size > MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
      return stmt;
    },
    close(): void {
      cache.clear();
      db.close();
    },
  };
}
