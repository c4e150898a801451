/**
 * The Ledger implementation over Kysely: one class for both engines, composed of the write path
 * (write.ts), the read path (read.ts), reviews (reviews.ts) and export/import (transfer.ts).
 * Engine differences stay in sqlite/ and postgres/.
 */
import type { Kysely } from 'kysely';
import type { Article } from '../core/article.ts';
import type { Claim, Extraction } from '../core/claim.ts';
import { NotFoundError } from '../core/errors.ts';
import type { EngineAdapter } from './adapter.ts';
import { connectEngine } from './engine.ts';
import { loadGazetteer, SourceResolver } from './entities.ts';
import type { Ledger } from './ledger.ts';
import { runMigrations } from './migrations/index.ts';
import { Reader } from './read.ts';
import { planChanges } from './reviews.ts';
import type { Database } from './schema.ts';
import { exportRecords, importRecords } from './transfer.ts';
import type {
  ClaimDetail, ClaimFilter, ClaimPageRequest, DocumentDetail, DocumentSummary, ImportSummary, IngestMeta, IngestOutcome,
  LedgerRecord, LedgerStats, OpenOptions, Page, PageRequest, ReviewAction, SourceEntity, StoredClaim, SubjectSummary,
} from './types.ts';
import { documentIdFor } from './ids.ts';
import { replayReviews, Writer } from './write.ts';
import { SeriesReader, type SeriesAdded, type SeriesClaimRow, type SeriesKeyCount, type SeriesReadKey, type SeriesReadOptions } from './series-read.ts';
import { SeriesSummaryStore, type KeptSummary, type LedgerState } from './series-summaries.ts';
import { SeriesFigureReader, type ReportsScope } from './series-figures.ts';

export async function openStore(url: string, options: OpenOptions = {}): Promise<Ledger> {
  const { db, adapter } = await connectEngine(url, options.schema);
  try {
    if (options.migrate !== false) await runMigrations(db, adapter);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return new KyselyLedger(db, adapter, new SourceResolver(() => loadGazetteer(), options.aliases ?? {}));
}

class KyselyLedger implements Ledger {
  readonly engine: 'sqlite' | 'postgres';
  private readonly writer: Writer;
  private readonly reader: Reader;
  private readonly series: SeriesReader;
  private readonly summaries: SeriesSummaryStore;

  constructor(private readonly db: Kysely<Database>, private readonly adapter: EngineAdapter, resolver: SourceResolver) {
    this.engine = adapter.engine;
    this.writer = new Writer(db, resolver);
    this.reader = new Reader(db, adapter, resolver);
    this.series = new SeriesReader(db, adapter, () => this.reader.merges());
    this.summaries = new SeriesSummaryStore(db, resolver, () => this.reader.merges(), adapter.engine === 'postgres');
  }

  ingest(article: Article, extraction: Extraction, meta?: IngestMeta): Promise<IngestOutcome> {
    return this.writer.ingest(article, extraction, meta);
  }

  ingestBatch(items: { article: Article; extraction: Extraction; meta?: IngestMeta }[]): Promise<(IngestOutcome | Error)[]> {
    return this.writer.ingestBatch(items);
  }

  queryClaims(filter?: ClaimFilter, page?: ClaimPageRequest): Promise<Page<StoredClaim>> {
    return this.reader.queryClaims(filter, page);
  }

  queryClaimsJson(filter?: ClaimFilter, page?: ClaimPageRequest): Promise<string> {
    return this.reader.queryClaimsJson(filter, page);
  }

  countClaims(filter?: ClaimFilter): Promise<number> {
    return this.reader.countClaims(filter);
  }

  changeMark(): Promise<string | null> {
    return this.reader.changeMark();
  }

  getClaim(id: string): Promise<ClaimDetail | null> {
    return this.reader.getClaim(id);
  }

  getDocument(id: string): Promise<DocumentDetail | null> {
    return this.reader.getDocument(id);
  }

  async findDocumentByText(text: string): Promise<string | null> {
    const row = await this.db.selectFrom('documents').select('id').where('id', '=', documentIdFor(text)).executeTakeFirst();
    return row?.id ?? null;
  }

  listDocuments(page?: PageRequest): Promise<Page<DocumentSummary>> {
    return this.reader.listDocuments(page);
  }

  listSources(): Promise<SourceEntity[]> {
    return this.reader.listSources();
  }

  async mergeSources(from: string, into: string): Promise<SourceEntity> {
    const merges = await this.reader.merges();
    const source = merges.canonical(from);
    const target = merges.canonical(into);
    for (const id of [from, into]) {
      const exists = await this.db.selectFrom('sources').select('id').where('id', '=', id).executeTakeFirst();
      if (!exists) throw new NotFoundError(`no source entity "${id}"`, undefined, 'see `tally sources list`');
    }
    if (source !== target) {
      await this.db.updateTable('sources').set({ merged_into: target }).where('id', '=', source).execute();
    }
    const entity = (await this.reader.listSources()).find((s) => s.id === target);
    if (!entity) throw new NotFoundError(`no source entity "${target}"`);
    return entity;
  }

  listSubjects(): Promise<SubjectSummary[]> {
    return this.reader.listSubjects();
  }

  seriesKeys(minClaims: number, options?: { traits?: boolean }): Promise<SeriesKeyCount[]> {
    return this.series.keys(minClaims, options);
  }

  readSeries(key: SeriesReadKey, options?: SeriesReadOptions): Promise<SeriesClaimRow[]> {
    return this.series.read(key, options);
  }

  async seriesFigures(reports?: ReportsScope): Promise<SeriesFigureReader> {
    return new SeriesFigureReader(this.db, this.adapter, await this.reader.merges(), reports);
  }

  seriesLedgerState(): Promise<LedgerState> {
    return this.summaries.ledgerState();
  }

  seriesKeysSince(seq: number): Promise<SeriesAdded> {
    return this.series.keysSince(seq);
  }

  seriesMarks(): Promise<Map<string, string>> {
    return this.summaries.seriesMarks();
  }

  readSeriesSummaries(options: string): Promise<Map<string, KeptSummary>> {
    return this.summaries.read(options);
  }

  seriesSummaryOptions(): Promise<string[]> {
    return this.summaries.options();
  }

  keepSeriesSummaries(options: string, summaries: readonly KeptSummary[]): Promise<void> {
    return this.summaries.write(options, summaries);
  }

  async review(claimId: string, action: ReviewAction, who: string): Promise<StoredClaim> {
    const row = await this.reader.claimRow(claimId);
    if (!row) throw new NotFoundError(`no claim ${claimId}`, undefined, 'see `tally claims`');
    const current = JSON.parse(row.data) as Claim;
    const changes = action.kind === 'set' ? planChanges(current, action.changes) : null;
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('reviews').values({
        claim_id: row.id, claim_key: row.key, document_id: row.document_id, action: action.kind,
        reason: action.kind === 'reject' ? action.reason : null, changes: changes ? JSON.stringify(changes) : null,
        who, at: new Date().toISOString(),
      }).execute();
      await replayReviews(trx, row.document_id, [row.key]);
    });
    const updated = await this.reader.claimRow(row.id);
    const [stored] = await this.reader.toStored([updated!]);
    return stored!;
  }

  exportAll(): AsyncIterable<LedgerRecord> {
    return exportRecords(this.db);
  }

  importRecords(records: AsyncIterable<LedgerRecord> | Iterable<LedgerRecord>): Promise<ImportSummary> {
    return importRecords(this.db, this.adapter, records);
  }

  migrate(): Promise<string[]> {
    return runMigrations(this.db, this.adapter);
  }

  async stats(): Promise<LedgerStats> {
    const count = async (table: keyof Database) =>
      Number((await this.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
    return {
      engine: this.engine,
      documents: await count('documents'),
      publications: await count('publications'),
      claims: await count('claims'),
      sources: await count('sources'),
      reviews: await count('reviews'),
    };
  }

  /** Bytes on disk, for the bench and `tally migrate` output. */
  sizeBytes(): Promise<number> {
    return this.adapter.sizeBytes(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
