/**
 * The write path: one article and its claims in one transaction. Identity comes from the text
 * (ids.ts), so re-running a batch adds nothing; a known text from another outlet adds a
 * publication; a new text at a url that carried another is a new version superseding it.
 */
import { CompiledQuery, type Compilable, type Kysely, type Transaction } from 'kysely';
import type { Article } from '../core/article.ts';
import type { Claim, Extraction } from '../core/claim.ts';
import type { SourceResolver } from './entities.ts';
import { claimIdFor, claimKeyFor, documentIdFor, publicationIdFor } from './ids.ts';
import { applyDecisions, type Decision } from './reviews.ts';
import { claimColumns } from './rows.ts';
import type { Database } from './schema.ts';
import type { IngestMeta, IngestOutcome } from './types.ts';

/** Rows per multi-row insert: far below SQLite's 32,766 bound variables at 23 columns a row. */
const CHUNK = 200;

type Trx = Transaction<Database> | Kysely<Database>;

/** Entity ids and aliases written by a transaction not yet known to be committed. */
interface Pending { sources: string[]; aliases: string[] }

export interface BatchItem { article: Article; extraction: Extraction; meta?: IngestMeta }

export class Writer {
  /** Entities and aliases known to be committed: skips their upserts on the hot path. */
  private readonly knownSources = new Set<string>();
  private readonly knownAliases = new Set<string>();
  /** SQL text of hot statements by name (see run). */
  private readonly statements = new Map<string, string>();

  constructor(private readonly db: Kysely<Database>, private readonly resolver: SourceResolver) {}

  async ingest(article: Article, extraction: Extraction, meta: IngestMeta = {}): Promise<IngestOutcome> {
    const pending: Pending = { sources: [], aliases: [] };
    const outcome = await this.db.transaction().execute((trx) => this.store(trx, { article, extraction, meta }, pending));
    this.committed(pending);
    return outcome;
  }

  /**
   * Several articles in one transaction: each document still goes in whole with its claims, and
   * commits are shared. If the batch fails, each item is retried alone, so one bad article costs
   * only itself; its error is returned in its place.
   */
  async ingestBatch(items: BatchItem[]): Promise<(IngestOutcome | Error)[]> {
    const pending: Pending = { sources: [], aliases: [] };
    try {
      const outcomes = await this.db.transaction().execute(async (trx) => {
        const out: IngestOutcome[] = [];
        for (const item of items) out.push(await this.store(trx, item, pending));
        return out;
      });
      this.committed(pending);
      return outcomes;
    } catch {
      const out: (IngestOutcome | Error)[] = [];
      for (const item of items) {
        try {
          out.push(await this.ingest(item.article, item.extraction, item.meta));
        } catch (err) {
          out.push(err instanceof Error ? err : new Error(String(err)));
        }
      }
      return out;
    }
  }

  /**
   * Run a hot statement: Kysely builds and compiles it the first time (and we check that our
   * parameters come in the order its compiler put them); afterwards only the SQL text is reused
   * with new parameters, which spares building and compiling the query on every article.
   */
  private async run<R>(trx: Trx, key: string, params: unknown[], build: () => Compilable<R>): Promise<R[]> {
    let text = this.statements.get(key);
    if (text === undefined) {
      const compiled = build().compile();
      if (JSON.stringify(compiled.parameters) !== JSON.stringify(params)) {
        throw new Error(`statement ${key}: parameters out of Kysely's order`);
      }
      text = compiled.sql;
      this.statements.set(key, text);
    }
    return (await trx.executeQuery<R>(CompiledQuery.raw(text, params))).rows;
  }

  /** Only now are the upserted entities certainly committed. */
  private committed(pending: Pending): void {
    for (const id of pending.sources) this.knownSources.add(id);
    for (const a of pending.aliases) this.knownAliases.add(a);
  }

  private async store(trx: Transaction<Database>, { article, extraction, meta = {} }: BatchItem, pending: Pending): Promise<IngestOutcome> {
    const documentId = documentIdFor(article.text);
    const pub = {
      publisher: article.publisher ?? extraction.document.publisher ?? null,
      url: article.url ?? extraction.document.url ?? null,
      published: article.published ?? extraction.document.published ?? null,
      title: article.title ?? extraction.document.title ?? null,
    };
    const publicationId = publicationIdFor(documentId, pub);
    const now = new Date().toISOString();
    const version = meta.extractorVersion ?? null;
    const publication = { id: publicationId, document_id: documentId, ...pub, origin: meta.origin ?? null, ingested_at: now };
    const insertPublication = () => this.run(trx, 'insert-publication', Object.values(publication),
      () => trx.insertInto('publications').values(publication).onConflict((oc) => oc.doNothing()));

    const [existing] = await this.run(trx, 'document-by-id', [documentId],
      () => trx.selectFrom('documents').select(['id', 'extractor_version', 'superseded_by']).where('id', '=', documentId));
    if (existing) {
      const [known] = await this.run(trx, 'publication-by-id', [publicationId],
        () => trx.selectFrom('publications').select('id').where('id', '=', publicationId));
      if (!known) await insertPublication();
      if (version !== null && existing.extractor_version !== version) {
        // Same text, newer extractor: replace the claims, then replay people's reviews over them.
        await this.deleteClaims(trx, documentId);
        await trx.updateTable('documents').set({ text: article.text, extractor_version: version }).where('id', '=', documentId).execute();
        const added = await this.insertClaims(trx, documentId, extraction.claims, version, existing.superseded_by === null, pending);
        await replayReviews(trx, documentId);
        return { documentId, status: 're-extracted', claimsAdded: added };
      }
      return { documentId, status: known ? 'unchanged' : 'new-publication', claimsAdded: 0 };
    }

    let supersedes: string | null = null;
    let supersededBy: string | null = null;
    if (pub.url) {
      const url = pub.url;
      const [prior] = await this.run(trx, 'current-document-at-url', [url, 1], () => trx.selectFrom('publications')
        .innerJoin('documents', 'documents.id', 'publications.document_id')
        .select(['documents.id as id', 'publications.published as published'])
        .where('publications.url', '=', url)
        .where('documents.superseded_by', 'is', null)
        .orderBy('publications.ingested_at', 'desc')
        .limit(1));
      if (prior) {
        // An older text arriving late (by its own date) is stored as already superseded.
        if (pub.published && prior.published && pub.published < prior.published) supersededBy = prior.id;
        else supersedes = prior.id;
      }
    }
    const document = {
      id: documentId, text: article.text, title: pub.title, extractor_version: version,
      supersedes, superseded_by: supersededBy, ingested_at: now,
    };
    await this.run(trx, 'insert-document', Object.values(document), () => trx.insertInto('documents').values(document));
    await insertPublication();
    if (supersedes) {
      await trx.updateTable('documents').set({ superseded_by: documentId }).where('id', '=', supersedes).execute();
      await trx.updateTable('claims').set({ current: 0 }).where('document_id', '=', supersedes).execute();
    }
    const added = await this.insertClaims(trx, documentId, extraction.claims, version, supersededBy === null, pending);
    const isVersion = supersedes !== null || supersededBy !== null;
    return {
      documentId, status: isVersion ? 'new-version' : 'new', claimsAdded: added,
      ...(supersedes ? { supersedes } : {}),
    };
  }

  private async deleteClaims(trx: Trx, documentId: string): Promise<void> {
    const seqs = trx.selectFrom('claims').select('seq').where('document_id', '=', documentId);
    await trx.deleteFrom('claim_sources').where('claim_seq', 'in', seqs).execute();
    await trx.deleteFrom('claims').where('document_id', '=', documentId).execute();
  }

  private async insertClaims(
    trx: Trx, documentId: string, claims: Claim[], version: string | null, current: boolean,
    pending: Pending,
  ): Promise<number> {
    if (claims.length === 0) return 0;
    const ordinals = new Map<string, number>();
    const newSources = new Map<string, { id: string; name: string; kind: string; country: string | null }>();
    const newAliases = new Map<string, { entity_id: string; alias: string }>();
    const rows = claims.map((claim) => {
      const key = claimKeyFor(documentId, claim);
      const ordinal = ordinals.get(key) ?? 0;
      ordinals.set(key, ordinal + 1);
      const resolved = claim.source.map((link) => this.resolver.resolve(link));
      claim.source.forEach((link, i) => {
        const entity = resolved[i]!;
        if (!this.knownSources.has(entity.id)) newSources.set(entity.id, { id: entity.id, name: entity.name, kind: entity.kind, country: entity.country });
        const aliasKey = `${entity.id}\u0000${link.name}`;
        if (!this.knownAliases.has(aliasKey)) newAliases.set(aliasKey, { entity_id: entity.id, alias: link.name });
      });
      const ids = resolved.map((r) => r.id);
      return {
        id: claimIdFor(key, ordinal), key, document_id: documentId, ...claimColumns(claim),
        origin_id: ids.at(-1) ?? null, source_ids: JSON.stringify(ids), status: 'unreviewed',
        current: current ? 1 : 0, extracted: null, extractor_version: version,
      };
    });
    if (newSources.size > 0) {
      await trx.insertInto('sources').values([...newSources.values()].map((s) => ({ ...s, merged_into: null })))
        .onConflict((oc) => oc.column('id').doNothing()).execute();
      pending.sources.push(...newSources.keys());
    }
    if (newAliases.size > 0) {
      await trx.insertInto('source_aliases').values([...newAliases.values()])
        .onConflict((oc) => oc.columns(['entity_id', 'alias']).doNothing()).execute();
      pending.aliases.push(...newAliases.keys());
    }
    const links: { claim_seq: number; position: number; entity_id: string }[] = [];
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const inserted = await this.run(trx, `insert-claims-${chunk.length}`, chunk.flatMap((r) => Object.values(r)),
        () => trx.insertInto('claims').values(chunk).returning(['seq', 'source_ids']));
      for (const r of inserted) {
        (JSON.parse(r.source_ids) as string[]).forEach((entity_id, position) => links.push({ claim_seq: Number(r.seq), position, entity_id }));
      }
    }
    for (let i = 0; i < links.length; i += CHUNK * 4) {
      const part = links.slice(i, i + CHUNK * 4);
      await this.run(trx, `insert-links-${part.length}`, part.flatMap((l) => Object.values(l)), () => trx.insertInto('claim_sources').values(part));
    }
    return rows.length;
  }
}

/**
 * Replay the stored reviews of a document (or of some of its claim keys) over its claims as
 * extracted, and store the result in the filterable columns.
 */
export async function replayReviews(trx: Trx, documentId: string, onlyKeys?: string[]): Promise<void> {
  let q = trx.selectFrom('reviews').select(['claim_key', 'action', 'changes']).where('document_id', '=', documentId);
  if (onlyKeys) q = q.where('claim_key', 'in', onlyKeys);
  const reviews = await q.orderBy('id').execute();
  if (reviews.length === 0) return;
  const byKey = new Map<string, Decision[]>();
  for (const r of reviews) {
    const list = byKey.get(r.claim_key) ?? [];
    list.push({ action: r.action as Decision['action'], changes: r.changes ? JSON.parse(r.changes) : null });
    byKey.set(r.claim_key, list);
  }
  const claims = await trx.selectFrom('claims').select(['seq', 'key', 'data', 'extracted'])
    .where('document_id', '=', documentId).where('key', 'in', [...byKey.keys()]).execute();
  for (const row of claims) {
    const extractedJson = row.extracted ?? row.data;
    const decisions = byKey.get(row.key) ?? [];
    const { claim, status } = applyDecisions(JSON.parse(extractedJson) as Claim, decisions);
    const changed = decisions.some((d) => d.action === 'set' && Object.keys(d.changes ?? {}).length > 0);
    await trx.updateTable('claims')
      .set({ ...claimColumns(claim), status, extracted: changed ? extractedJson : null })
      .where('seq', '=', row.seq).execute();
  }
}
