/** PostgreSQL's side of the engine differences (see ../adapter.ts). */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { likePattern, type EngineAdapter } from '../adapter.ts';
import type { Database } from '../schema.ts';

export function postgresAdapter(schema: string): EngineAdapter {
  return {
    engine: 'postgres',
    schema,
    serialType: 'serial',
    serialNeedsAutoIncrement: false,
    containsInsensitive(column: Expression<string | null>, needle: string): Expression<SqlBool> {
      return sql<SqlBool>`${column} ilike ${likePattern(needle)} escape '\\'`;
    },
    async afterExplicitIds(db: Kysely<Database>, table: 'reviews' | 'claims', column: 'id' | 'seq'): Promise<void> {
      await sql`select setval(pg_get_serial_sequence(${table}, ${column}), coalesce((select max(${sql.ref(column)}) from ${sql.table(table)}), 0) + 1, false)`.execute(db);
    },
    async sizeBytes(db: Kysely<Database>): Promise<number> {
      const r = await sql<{ n: string | null }>`
        select sum(pg_total_relation_size(c.oid))::text as n from pg_class c
        join pg_namespace ns on ns.oid = c.relnamespace
        where ns.nspname = current_schema() and c.relkind = 'r'`.execute(db);
      return Number(r.rows[0]?.n ?? 0);
    },
  };
}
