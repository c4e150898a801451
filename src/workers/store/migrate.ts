/**
 * Creates the watch tables when missing. Idempotent, so every `watch` and `worker` run calls it,
 * and concurrent workers starting together on PostgreSQL do not trip over each other (the
 * advisory lock serialises them; CREATE ... IF NOT EXISTS alone races on the type catalog).
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { WatchDatabase } from './schema.ts';

export async function migrateWatchTables(db: Kysely<WatchDatabase>, engine: 'sqlite' | 'postgres'): Promise<void> {
  if (engine === 'postgres') {
    await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext('tally.watch.migrate'))`.execute(trx);
      await createTables(trx);
    });
  } else {
    await createTables(db);
  }
}

async function createTables(db: Kysely<WatchDatabase>): Promise<void> {
  await db.schema
    .createTable('watch_feeds')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('every_seconds', 'integer', (c) => c.notNull())
    .addColumn('next_poll_at', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('last_polled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('watch_items')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('feed_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('published', 'text')
    .addColumn('publisher', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('document_id', 'text')
    .addColumn('claims', 'integer')
    .addColumn('discovered_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('watch_items_feed').ifNotExists().on('watch_items').columns(['feed_id', 'status']).execute();
  await db.schema.createIndex('watch_items_due').ifNotExists().on('watch_items').columns(['status', 'next_attempt_at']).execute();
}
