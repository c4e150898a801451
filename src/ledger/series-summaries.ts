/**
 * Kept series summaries: what `tally series --all` shows of each series (opaque JSON to the
 * ledger), stored with the state of the ledger it was computed from, so that a series nothing
 * has touched since is not read and recomputed. A series' state is made of:
 *
 * - `count:maxSeq` of its current claims (seriesKeys): a claim added, re-extracted (deleted and
 *   inserted anew, so with a higher seq) or superseded changes it;
 * - its marks (`seriesMarks`): the last review of any of its claims (a review rewrites a claim in
 *   place; one that moves a claim to another series changes both counts), the publications of its
 *   claims' documents that have more than one (a known text from another outlet adds reports to
 *   claims that do not change), and which of its origins are merged into which entity (stored
 *   merges and the user's aliases change origins on read).
 *
 * Anything else that writes claims goes through one of these. And `whole`, cheaper to read than
 * every series' state: the last review, the publications beyond each document's first, the
 * merges, the number of documents (on SQLite, where rows are only added to either table, the
 * largest rowid of each), the claims removed so far (deleted, or left behind by a new
 * version: a count the database keeps, migration 0007), the last claim seq and, on PostgreSQL,
 * the number of claims (a claim committed late can have a seq below the last one). While it
 * stands, no series changed (a new version of a document adds a document even when it has no
 * claims).
 *
 * A state read before the series and stored with it can only be older than what was read: a
 * concurrent write makes the next run recompute, never keeps a stale summary.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { SourceResolver } from './entities.ts';
import { subjectKey } from './ids.ts';
import type { Merges } from './read.ts';
import type { Database } from './schema.ts';

/** What all series share, the whole ledger's state, and parts of it: the claims removed so far, the last seq, every claim. */
export interface LedgerState {
  shared: string;
  whole: string;
  /** Claims deleted or left behind by a new version so far (migration 0007): it never moves when claims are only added. */
  removed: number;
  lastSeq: number;
  /**
   * Every claim, current or not, where a claim can become visible below the last seq already
   * seen (PostgreSQL hands out seqs before commit); null on SQLite, whose writers commit one at
   * a time in seq order.
   */
  claims: number | null;
}

/** One kept summary: the series, the state it was computed from, its JSON. */
export interface KeptSummary {
  subject: string;
  metric: string;
  state: string;
  summary: string;
}

/** Rows per multi-row upsert (5 values each). */
const CHUNK = 200;

/** Origin ids per query (bound parameters). */
const ID_CHUNK = 500;

const short = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

export class SeriesSummaryStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly resolver: SourceResolver,
    private readonly merges: () => Promise<Merges>,
    /** Whether claims commit out of seq order (PostgreSQL): then every claim is counted (LedgerState.claims). */
    private readonly seqsCommitOutOfOrder: boolean,
  ) {}

  /** What all series share, and the whole ledger's state (see above). */
  async ledgerState(): Promise<LedgerState> {
    const count = async (table: 'publications' | 'documents' | 'claims') =>
      Number((await this.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
    // Documents and publications are only ever added, so on SQLite the largest rowid (found in
    // the table's tree, not a scan of an index of 500,000 ids) stands for their number: a new one
    // takes the next rowid. (PostgreSQL has no rowid; it counts them.)
    const rows = this.seqsCommitOutOfOrder ? count : async (table: 'publications' | 'documents') =>
      Number((await sql<{ n: number | null }>`select max(rowid) as n from ${sql.table(table)}`.execute(this.db)).rows[0]?.n ?? 0);
    const review = await this.db.selectFrom('reviews').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
    const last = await this.db.selectFrom('claims').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
    const merged = await this.db.selectFrom('sources').select(['id', 'merged_into']).where('merged_into', 'is not', null).orderBy('id').execute();
    const hash = short(JSON.stringify([merged.map((m) => [m.id, m.merged_into]), [...this.resolver.idMerges()].sort()]));
    const documents = await rows('documents');
    const shared = `r${Number(review?.id ?? 0)}:p${(await rows('publications')) - documents}:m${hash}`;
    const removals = await this.db.selectFrom('claim_removals').select('removed').where('id', '=', 1).executeTakeFirst();
    const removed = Number(removals?.removed ?? 0);
    const lastSeq = Number(last?.seq ?? 0);
    const claims = this.seqsCommitOutOfOrder ? await count('claims') : null;
    const whole = `${shared}:d${documents}:x${removed}:s${lastSeq}${claims === null ? '' : `:c${claims}`}`;
    return { shared, whole, removed, lastSeq, claims };
  }

  /**
   * Each series' marks (see above), by "subject metric"; a series with none is left out. Each
   * part reads only what it is about: reviews, documents with several publications and their
   * claims, claims of merged origins.
   */
  async seriesMarks(): Promise<Map<string, string>> {
    const parts = new Map<string, { review?: number; reports?: number; merged?: string[] }>();
    const part = (r: { subject_country: string | null; subject_group: string; metric: string }) => {
      const key = `${subjectKey(r.subject_country, r.subject_group)} ${r.metric}`;
      let p = parts.get(key);
      if (!p) parts.set(key, (p = {}));
      return p;
    };
    const current = sql<boolean>`claims.current = 1`;
    const series = ['claims.subject_country', 'claims.subject_group', 'claims.metric'] as const;
    const reviewed = await this.db.selectFrom('reviews').innerJoin('claims', 'claims.id', 'reviews.claim_id')
      .select([...series, (eb) => eb.fn.max('reviews.id').as('review')]).where(current).groupBy([...series]).execute();
    for (const r of reviewed) part(r).review = Number(r.review);
    const several = this.db.selectFrom('publications').select(['document_id', (eb) => eb.fn.countAll().as('n')])
      .groupBy('document_id').having((eb) => eb.fn.countAll(), '>', 1).as('several');
    const syndicated = await this.db.selectFrom('claims').innerJoin(several, 'several.document_id', 'claims.document_id')
      .select([...series, (eb) => eb.fn.sum<number>('several.n').as('reports')]).where(current).groupBy([...series]).execute();
    for (const r of syndicated) part(r).reports = Number(r.reports);
    const { canonical } = await this.merges();
    const mergedRows = await this.db.selectFrom('sources').select('id').where('merged_into', 'is not', null).execute();
    const merged = [...new Set([...mergedRows.map((m) => m.id), ...this.resolver.idMerges().keys()])];
    for (let i = 0; i < merged.length; i += ID_CHUNK) {
      const rows = await this.db.selectFrom('claims').select([...series, 'claims.origin_id'])
        .where('claims.origin_id', 'in', merged.slice(i, i + ID_CHUNK)).where(current)
        .groupBy([...series, 'claims.origin_id']).execute();
      for (const r of rows) (part(r).merged ??= []).push(`${r.origin_id}>${canonical(r.origin_id as string)}`);
    }
    const out = new Map<string, string>();
    for (const [key, p] of parts) {
      out.set(key, `r${p.review ?? 0}:p${p.reports ?? 0}:m${p.merged ? short(p.merged.sort().join(' ')) : ''}`);
    }
    return out;
  }

  /** The kept summaries made with `options`, by "subject metric". */
  async read(options: string): Promise<Map<string, KeptSummary>> {
    const rows = await this.db.selectFrom('series_summaries').select(['subject', 'metric', 'state', 'summary'])
      .where('options', '=', options).execute();
    return new Map(rows.map((r) => [`${r.subject} ${r.metric}`, r]));
  }

  /** The options keys summaries are kept with: read from the primary key's leading column alone. */
  async options(): Promise<string[]> {
    const rows = await this.db.selectFrom('series_summaries').select('options').distinct().orderBy('options').execute();
    return rows.map((r) => r.options);
  }

  /**
   * Keep these summaries (replacing those of the same series and options). Rows are written in
   * one order whoever writes them, so that two processes keeping lines at once (workers on
   * PostgreSQL) take the rows' locks in the same order and one waits for the other, never both.
   */
  async write(options: string, summaries: readonly KeptSummary[]): Promise<void> {
    const sorted = [...summaries].sort((a, b) => compare(a.subject, b.subject) || compare(a.metric, b.metric));
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < sorted.length; i += CHUNK) {
        const rows = sorted.slice(i, i + CHUNK).map((s) => ({ options, ...s }));
        await trx.insertInto('series_summaries').values(rows)
          .onConflict((oc) => oc.columns(['options', 'subject', 'metric']).doUpdateSet({
            state: (eb) => eb.ref('excluded.state'),
            summary: (eb) => eb.ref('excluded.summary'),
          })).execute();
      }
    });
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The per-series part of the state, from a series' current claims. */
export function seriesState(claims: number, maxSeq: number): string {
  return `${claims}:${maxSeq}`;
}

