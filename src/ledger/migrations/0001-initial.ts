/** The first schema: documents, publications, claims with their chains, sources, reviews. */
import type { Kysely, Migration } from 'kysely';
import type { EngineAdapter } from '../adapter.ts';

export function initial(adapter: EngineAdapter): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as the types say now
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.createTable('documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('extractor_version', 'text')
        .addColumn('supersedes', 'text')
        .addColumn('superseded_by', 'text')
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema.createTable('publications')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
        .addColumn('publisher', 'text')
        .addColumn('url', 'text')
        .addColumn('published', 'text')
        .addColumn('title', 'text')
        .addColumn('origin', 'text')
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('publications_document').on('publications').column('document_id').execute();
      await db.schema.createIndex('publications_url').on('publications').column('url').execute();

      await db.schema.createTable('claims')
        .addColumn('seq', adapter.serialType, (c) => (adapter.serialNeedsAutoIncrement ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
        .addColumn('section', 'text', (c) => c.notNull())
        .addColumn('metric', 'text', (c) => c.notNull())
        .addColumn('min', 'integer')
        .addColumn('max', 'integer')
        .addColumn('approximate', 'integer', (c) => c.notNull())
        .addColumn('subject_text', 'text', (c) => c.notNull())
        .addColumn('subject_country', 'text')
        .addColumn('subject_group', 'text', (c) => c.notNull())
        .addColumn('as_of', 'text')
        .addColumn('hedged', 'integer', (c) => c.notNull())
        .addColumn('location', 'text')
        .addColumn('evidence_text', 'text', (c) => c.notNull())
        .addColumn('origin_id', 'text')
        .addColumn('source_ids', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('current', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('extracted', 'text')
        .addColumn('extractor_version', 'text')
        .execute();
      // Each filter of `tally claims` leads one index; seq last so pages come in index order.
      await db.schema.createIndex('claims_document').on('claims').columns(['document_id', 'key']).execute();
      await db.schema.createIndex('claims_subject').on('claims').columns(['subject_country', 'subject_group', 'metric', 'seq']).execute();
      await db.schema.createIndex('claims_metric').on('claims').columns(['metric', 'seq']).execute();
      await db.schema.createIndex('claims_as_of').on('claims').columns(['as_of', 'seq']).execute();
      await db.schema.createIndex('claims_status').on('claims').columns(['status', 'seq']).execute();
      await db.schema.createIndex('claims_origin').on('claims').columns(['origin_id', 'seq']).execute();

      await db.schema.createTable('claim_sources')
        .addColumn('claim_seq', 'integer', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('claim_sources_pk', ['claim_seq', 'position'])
        .execute();
      await db.schema.createIndex('claim_sources_entity').on('claim_sources').columns(['entity_id', 'claim_seq']).execute();

      await db.schema.createTable('sources')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('merged_into', 'text')
        .execute();

      await db.schema.createTable('source_aliases')
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('alias', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('source_aliases_pk', ['entity_id', 'alias'])
        .execute();

      await db.schema.createTable('reviews')
        .addColumn('id', adapter.serialType, (c) => (adapter.serialNeedsAutoIncrement ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('claim_id', 'text', (c) => c.notNull())
        .addColumn('claim_key', 'text', (c) => c.notNull())
        .addColumn('document_id', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('changes', 'text')
        .addColumn('who', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('reviews_claim').on('reviews').columns(['document_id', 'claim_key']).execute();
    },
  };
}
