/**
 * Publications by document, holding what a claim shows of each (publisher, url, published, title)
 * in the order it lists them: the claims page JSON (src/ledger/sqlite/claims-json.ts) looks up
 * each claim's publications, which through publications_document was an index search and then a
 * table read per claim; from this index alone it is one search. 50-claim pages over the 1M
 * ledger: 0.28-0.30 -> 0.22-0.24 ms for the page statement. publications_document stays: counting
 * a document's publications (the series read) is cheaper from the narrow index, and SQLite
 * picks it for that when the two have statistics alike or none.
 *
 * Statistics: a SQLite ledger with publications has them analyzed here, so that an older
 * analysis of publications_document alone (migration 0004) does not leave this index unused.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { EngineAdapter } from '../adapter.ts';

export function publicationsByDocumentCovering(adapter: EngineAdapter): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.createIndex('publications_document_shown').on('publications')
        .columns(['document_id', 'published', 'id', 'publisher', 'url', 'title']).execute();
      const some = adapter.engine === 'sqlite' && (await db.selectFrom('publications').select('id').limit(1).executeTakeFirst());
      if (some) await sql`analyze publications`.execute(db);
    },
  };
}
