/**
 * Kept series summaries: what `tally series --all` shows of each series (opaque JSON to the
 * ledger), stored with the state of the ledger it was computed from, so that a series nothing
 * has touched since is not read and recomputed. The state has two parts:
 *
 * - per series, `count:maxSeq` of its current claims (seriesKeys): a claim added, re-extracted
 *   (deleted and inserted anew, so with a higher seq) or superseded changes it;
 * - shared by all series: the last review (a review rewrites claims in place), the publications
 *   beyond each document's first (a known text from another outlet adds reports to claims that
 *   do not change), and the entity merges, stored and the user's aliases (they change origins on
 *   read).
 *
 * Anything else that writes claims goes through one of these. And `whole`, cheaper to read than
 * every series' part: the shared part with the number of documents and of claims and the last
 * claim seq. While it stands, no series changed (a new version of a document adds a document
 * even when it has no claims).
 *
 * A state read before the series and stored with it can only be older than what was read: a
 * concurrent write makes the next run recompute, never keeps a stale summary.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SourceResolver } from './entities.ts';
import type { Database } from './schema.ts';

/** One kept summary: the series, the state it was computed from, its JSON. */
export interface KeptSummary {
  subject: string;
  metric: string;
  state: string;
  summary: string;
}

/** Rows per multi-row upsert (5 values each). */
const CHUNK = 200;

export class SeriesSummaryStore {
  constructor(private readonly db: Kysely<Database>, private readonly resolver: SourceResolver) {}

  /** The shared part of the state, and the whole ledger's (see above). */
  async ledgerState(): Promise<{ shared: string; whole: string }> {
    const count = async (table: 'publications' | 'documents' | 'claims') =>
      Number((await this.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
    const review = await this.db.selectFrom('reviews').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
    const last = await this.db.selectFrom('claims').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
    const merged = await this.db.selectFrom('sources').select(['id', 'merged_into']).where('merged_into', 'is not', null).orderBy('id').execute();
    const merges = JSON.stringify([merged.map((m) => [m.id, m.merged_into]), [...this.resolver.idMerges()].sort()]);
    const hash = createHash('sha256').update(merges).digest('hex').slice(0, 16);
    const documents = await count('documents');
    const shared = `r${Number(review?.id ?? 0)}:p${(await count('publications')) - documents}:m${hash}`;
    return { shared, whole: `${shared}:d${documents}:c${await count('claims')}:s${Number(last?.seq ?? 0)}` };
  }

  /** The kept summaries made with `options`, by "subject metric". */
  async read(options: string): Promise<Map<string, KeptSummary>> {
    const rows = await this.db.selectFrom('series_summaries').select(['subject', 'metric', 'state', 'summary'])
      .where('options', '=', options).execute();
    return new Map(rows.map((r) => [`${r.subject} ${r.metric}`, r]));
  }

  /** Keep these summaries (replacing those of the same series and options). */
  async write(options: string, summaries: readonly KeptSummary[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < summaries.length; i += CHUNK) {
        const rows = summaries.slice(i, i + CHUNK).map((s) => ({ options, ...s }));
        await trx.insertInto('series_summaries').values(rows)
          .onConflict((oc) => oc.columns(['options', 'subject', 'metric']).doUpdateSet({
            state: (eb) => eb.ref('excluded.state'),
            summary: (eb) => eb.ref('excluded.summary'),
          })).execute();
      }
    });
  }
}

/** The per-series part of the state, from a series' current claims. */
export function seriesState(claims: number, maxSeq: number): string {
  return `${claims}:${maxSeq}`;
}

