/**
 * Text search that does not scan, and sorted claims pages read in index order.
 *
 * Text: the `text` filter is a case-insensitive substring of the evidence sentence or the
 * location. SQLite gets an FTS5 table with the trigram tokenizer over those two columns
 * (external content: the text stays in claims, the table holds only the index), kept by
 * triggers so every write path (ingest, re-extraction, reviews, import) maintains it, and
 * filled from the existing claims here. Trigrams answer substrings, so the filter keeps its
 * meaning (needles of at least 3 characters; shorter ones scan as before). PostgreSQL gets
 * pg_trgm GIN indexes, which serve ILIKE '%…%' directly; where the extension cannot be created
 * (no privilege) the migration goes on without them and searches scan.
 *
 * Sort: `sort=asOf|figure` (either direction) pages by (key, seq). Each index ends in seq so a
 * page is a range read that stops after one page: over all claims, and within a subject ×
 * metric (what the dashboard's series page lists). The figure is min, or max for "up to"
 * figures: an expression index, spelled identically in read.ts.
 *
 * Filters in ingest order: a country alone (every group) and an origin had no index ending in
 * seq, so their first page sorted every match (0.1–0.2 s over a million claims); they get one.
 * Sources merged into others get a partial index: every read asks for them.
 *
 * SQLite plans from statistics only when ANALYZE has run: without them it took the new
 * (subject, metric, as_of) index for `since` in ingest order and sorted a large series (0.4 s)
 * instead of walking it in seq order (0.2 ms). A ledger that holds claims is analyzed here
 * (about 2 s per million claims); PostgreSQL's autovacuum keeps its own statistics.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { EngineAdapter } from '../adapter.ts';

/** The figure a claim sorts by; read.ts must use the same expression for the index to apply. */
export const FIGURE_SQL = 'coalesce("min", "max")';

export function claimsSearchAndSort(adapter: EngineAdapter): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.createIndex('claims_as_of_seq').on('claims').columns(['as_of', 'seq']).execute();
      await db.schema.createIndex('claims_subject_metric_as_of').on('claims')
        .columns(['subject_country', 'subject_group', 'metric', 'as_of', 'seq']).execute();
      await sql.raw(`create index claims_figure on claims ((${FIGURE_SQL}), seq)`).execute(db);
      await sql.raw(`create index claims_subject_metric_figure on claims (subject_country, subject_group, metric, (${FIGURE_SQL}), seq)`).execute(db);
      await db.schema.createIndex('claims_country_seq').on('claims').columns(['subject_country', 'seq']).execute();
      await db.schema.createIndex('claims_origin_seq').on('claims').columns(['origin_id', 'seq']).execute();
      // Every read looks up the merged sources (few or none): without this it scans them all.
      await db.schema.createIndex('sources_merged').on('sources').column('merged_into').where(sql.ref('merged_into'), 'is not', null).execute();
      if (adapter.engine === 'sqlite') {
        await sqliteTextIndex(db);
        const some = await db.selectFrom('claims').select('seq').limit(1).executeTakeFirst();
        if (some) await sql`analyze`.execute(db);
      } else {
        await postgresTextIndex(db);
      }
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
async function sqliteTextIndex(db: Kysely<any>): Promise<void> {
  await sql.raw(`create virtual table claims_text using fts5(evidence_text, location, content='claims', content_rowid='seq', tokenize='trigram case_sensitive 0')`).execute(db);
  const add = `insert into claims_text(rowid, evidence_text, location) values (new.seq, new.evidence_text, new.location);`;
  const remove = `insert into claims_text(claims_text, rowid, evidence_text, location) values ('delete', old.seq, old.evidence_text, old.location);`;
  await sql.raw(`create trigger claims_text_insert after insert on claims begin ${add} end`).execute(db);
  await sql.raw(`create trigger claims_text_delete after delete on claims begin ${remove} end`).execute(db);
  await sql.raw(`create trigger claims_text_update after update of evidence_text, location on claims begin ${remove} ${add} end`).execute(db);
  await sql.raw(`insert into claims_text(claims_text) values ('rebuild')`).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
async function postgresTextIndex(db: Kysely<any>): Promise<void> {
  // The migration runs in a transaction: a refused CREATE EXTENSION must not abort it. The
  // extension goes to public, not to this ledger's schema: it is one per database, and a
  // ledger's schema dropped with CASCADE would take every other ledger's trigram indexes along.
  await sql`savepoint tally_trgm`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm with schema public`.execute(db);
    await sql`release savepoint tally_trgm`.execute(db);
  } catch {
    await sql`rollback to savepoint tally_trgm`.execute(db);
  }
  // The operator class lives in the schema the extension was created in, which need not be on
  // this ledger's search_path (each ledger may have its own schema).
  const ext = await sql<{ schema: string }>`select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
  const schema = ext.rows[0]?.schema;
  if (!schema) return;
  const quoted = `"${schema.replace(/"/g, '""')}"`;
  for (const column of ['evidence_text', 'location']) {
    await sql.raw(`create index claims_${column}_trgm on claims using gin (${column} ${quoted}.gin_trgm_ops)`).execute(db);
  }
}
