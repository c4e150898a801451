/**
 * The whole ledger as plain records and back: sources, documents, publications, claims as
 * extracted (with their keys and resolved chain ids), reviews. Import replays reviews over the
 * imported claims, so an export/import round trip reproduces every claim as it reads.
 */
import type { Kysely } from 'kysely';
import type { SourceKind } from '../core/claim.ts';
import { LedgerError } from '../core/errors.ts';
import type { Claim } from '../core/claim.ts';
import type { EngineAdapter } from './adapter.ts';
import { toPublication } from './rows.ts';
import { claimColumns } from './rows.ts';
import type { Database } from './schema.ts';
import type { ImportSummary, LedgerRecord, ReviewRecord } from './types.ts';
import { replayReviews } from './write.ts';

const BATCH = 500;

export async function* exportRecords(db: Kysely<Database>): AsyncGenerator<LedgerRecord> {
  const aliases = await db.selectFrom('source_aliases').selectAll().orderBy('entity_id').orderBy('alias').execute();
  const aliasesOf = new Map<string, string[]>();
  for (const a of aliases) aliasesOf.set(a.entity_id, [...(aliasesOf.get(a.entity_id) ?? []), a.alias]);
  for (const s of await db.selectFrom('sources').selectAll().orderBy('id').execute()) {
    yield { type: 'source', id: s.id, name: s.name, kind: s.kind as SourceKind, country: s.country, mergedInto: s.merged_into, aliases: aliasesOf.get(s.id) ?? [] };
  }
  let lastDoc = '';
  for (;;) {
    const docs = await db.selectFrom('documents').selectAll().where('id', '>', lastDoc).orderBy('id').limit(BATCH).execute();
    for (const d of docs) {
      yield {
        type: 'document', id: d.id, text: d.text, title: d.title, supersedes: d.supersedes, supersededBy: d.superseded_by,
        extractorVersion: d.extractor_version, ingestedAt: d.ingested_at,
      };
    }
    if (docs.length < BATCH) break;
    lastDoc = docs.at(-1)!.id;
  }
  let lastPub = '';
  for (;;) {
    const pubs = await db.selectFrom('publications').selectAll().where('id', '>', lastPub).orderBy('id').limit(BATCH).execute();
    for (const p of pubs) yield { type: 'publication', ...toPublication(p) };
    if (pubs.length < BATCH) break;
    lastPub = pubs.at(-1)!.id;
  }
  let lastSeq = 0;
  for (;;) {
    const claims = await db.selectFrom('claims').selectAll().where('seq', '>', lastSeq).orderBy('seq').limit(BATCH).execute();
    for (const c of claims) {
      yield {
        type: 'claim', id: c.id, documentId: c.document_id, key: c.key, claim: JSON.parse(c.extracted ?? c.data) as Claim,
        sourceIds: JSON.parse(c.source_ids) as string[], extractorVersion: c.extractor_version,
      };
    }
    if (claims.length < BATCH) break;
    lastSeq = Number(claims.at(-1)!.seq);
  }
  for (const r of await db.selectFrom('reviews').selectAll().orderBy('id').execute()) {
    yield {
      type: 'review', id: Number(r.id), claimId: r.claim_id, claimKey: r.claim_key, documentId: r.document_id,
      action: r.action as ReviewRecord['action'], reason: r.reason, changes: r.changes ? JSON.parse(r.changes) : null, who: r.who, at: r.at,
    };
  }
}

/** Load records into an empty ledger, in batches of one transaction each. */
export async function importRecords(
  db: Kysely<Database>, adapter: EngineAdapter, records: AsyncIterable<LedgerRecord> | Iterable<LedgerRecord>,
): Promise<ImportSummary> {
  const present = await db.selectFrom('documents').select('id').limit(1).executeTakeFirst();
  if (present) throw new LedgerError('import needs an empty ledger', undefined, 'import into a new --db');
  const summary: ImportSummary = { documents: 0, publications: 0, claims: 0, sources: 0, reviews: 0 };
  let batch: LedgerRecord[] = [];
  const reviewed = new Set<string>();
  const flush = async () => {
    const records = batch;
    batch = [];
    await db.transaction().execute(async (trx) => {
      for (const r of records) {
        switch (r.type) {
          case 'source':
            await trx.insertInto('sources').values({ id: r.id, name: r.name, kind: r.kind, country: r.country, merged_into: r.mergedInto }).execute();
            if (r.aliases.length > 0) await trx.insertInto('source_aliases').values(r.aliases.map((alias) => ({ entity_id: r.id, alias }))).execute();
            summary.sources++;
            break;
          case 'document':
            await trx.insertInto('documents').values({
              id: r.id, text: r.text, title: r.title, extractor_version: r.extractorVersion, supersedes: r.supersedes,
              superseded_by: r.supersededBy, ingested_at: r.ingestedAt,
            }).execute();
            summary.documents++;
            break;
          case 'publication':
            await trx.insertInto('publications').values({
              id: r.id, document_id: r.documentId, publisher: r.publisher, url: r.url, published: r.published, title: r.title,
              origin: r.origin, ingested_at: r.ingestedAt,
            }).execute();
            summary.publications++;
            break;
          case 'claim': {
            const inserted = await trx.insertInto('claims').values({
              id: r.id, key: r.key, document_id: r.documentId, ...claimColumns(r.claim), origin_id: r.sourceIds.at(-1) ?? null,
              source_ids: JSON.stringify(r.sourceIds), status: 'unreviewed', current: 1, extracted: null, extractor_version: r.extractorVersion,
            }).returning('seq').executeTakeFirstOrThrow();
            if (r.sourceIds.length > 0) {
              await trx.insertInto('claim_sources').values(r.sourceIds.map((entity_id, position) => ({ claim_seq: Number(inserted.seq), position, entity_id }))).execute();
            }
            summary.claims++;
            break;
          }
          case 'review':
            await trx.insertInto('reviews').values({
              id: r.id, claim_id: r.claimId, claim_key: r.claimKey, document_id: r.documentId, action: r.action, reason: r.reason,
              changes: r.changes ? JSON.stringify(r.changes) : null, who: r.who, at: r.at,
            }).execute();
            reviewed.add(r.documentId);
            summary.reviews++;
            break;
          default:
            throw new LedgerError(`unknown record type ${JSON.stringify((r as { type?: unknown }).type)}`);
        }
      }
    });
  };
  for await (const record of records) {
    batch.push(record);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  await db.transaction().execute(async (trx) => {
    const superseded = trx.selectFrom('documents').select('id').where('superseded_by', 'is not', null);
    await trx.updateTable('claims').set({ current: 0 }).where('document_id', 'in', superseded).execute();
    for (const documentId of reviewed) await replayReviews(trx, documentId);
  });
  await adapter.afterExplicitIds(db, 'reviews', 'id');
  return summary;
}
