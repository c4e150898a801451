/**
 * The lean series read, for summaries (`tally series --all`'s table): per claim only what the
 * counts and the last reconciled figures depend on, as the driver's own row arrays (no row
 * objects), streamed in ingest order. What `readSeries` reads besides (evidence, claim ids, the
 * origin's name and kind, period words, each document's publications) only shows in listed
 * points; it is left out here. Publications are read only where they decide something: the
 * documents that date a claim (no statement day) or name its origin (the outlet's own voice),
 * and, once per reader, which documents have more than one report.
 *
 * @example
 * const figures = await ledger.seriesFigures();
 * const series = await figures.read({ subject: 'KP/military', metric: 'killed' });
 * for (const row of series.rows) row[FIGURE.min]; // …
 */
import { sql, type CompiledQuery, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { EngineAdapter } from './adapter.ts';
import { parseSubject, type Merges } from './read.ts';
import type { Database } from './schema.ts';
import { rawRows, readPublications, type SeriesPublication, type SeriesReadKey } from './series-read.ts';

/** Positions in a figure row. */
export const FIGURE = {
  documentId: 0,
  /** The statement day, null when the claim has none (dated by its publications). */
  asOf: 1,
  min: 2,
  max: 3,
  /** FIGURE_FLAG bits. */
  flags: 4,
  /** The origin's entity id as stored (before merges): null for the outlet's own voice. */
  origin: 5,
  periodFrom: 6,
  periodTo: 7,
} as const;

/** Bits of a figure row's flags. */
export const FIGURE_FLAG = {
  hedged: 1,
  title: 2,
  rejected: 4,
  /** No attribution chain: the outlet's own voice. */
  unattributed: 8,
  /** From a superseded version of the document (never in the ledger's read, which reads current claims). */
  superseded: 16,
  /** The period's kind, two bits: none, cumulative, interval, unknown. */
  periodShift: 5,
  periodMask: 3,
} as const;

/** The period kinds in the order of their code in the flags (0: the claim states none). */
export const PERIOD_CODES = [null, 'cumulative', 'interval', 'unknown'] as const;

/** [documentId, asOf, min, max, flags, origin, periodFrom, periodTo]. */
export type FigureRow = readonly [string, string | null, number | null, number | null, number, string | null, string | null, string | null];

/** One series as the summary reads it. */
export interface SeriesFigures {
  /** Every current claim of the series, in ingest order. Iterate once. */
  rows: Iterable<FigureRow>;
  /**
   * The publications of these documents, earliest first (as `readSeries` gives them): asked for
   * the documents that date a claim with no statement day, or name the outlet of an own-voice claim.
   * Not while `rows` is being read.
   */
  publications(documentIds: readonly string[]): Promise<ReadonlyMap<string, readonly SeriesPublication[]>>;
  /** Reports of the documents that have more than one (outlet × url); every other document has one. */
  reports: ReadonlyMap<string, number>;
  /** An origin's entity after merges. */
  canonical(id: string): string;
}

/**
 * The flags as the database computes them: a number costs the driver far less than strings, and
 * this runs for every claim of every series.
 */
const FLAGS = sql<number>`(case when hedged = 1 then ${FIGURE_FLAG.hedged} else 0 end)
  + (case when section = 'title' then ${FIGURE_FLAG.title} else 0 end)
  + (case when status = 'rejected' then ${FIGURE_FLAG.rejected} else 0 end)
  + (case when origin_id is null then ${FIGURE_FLAG.unattributed} else 0 end)
  + (case period_kind when 'cumulative' then ${1 << FIGURE_FLAG.periodShift} when 'interval' then ${2 << FIGURE_FLAG.periodShift}
     when 'unknown' then ${3 << FIGURE_FLAG.periodShift} else 0 end)`;

/**
 * How a reader finds the documents with several reports: those of the whole ledger once, when the
 * first series is read (`ledger`: one pass over every series, a cold `--all`), or each series'
 * own with it (`series`: a few series, as after a write, where reading the whole ledger's would
 * cost more than the series themselves).
 */
export type ReportsScope = 'ledger' | 'series';

/** Reads series for summaries. Made for one pass over the ledger (one `--all` run). */
export class SeriesFigureReader {
  private reports: Promise<Map<string, number>> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: EngineAdapter,
    private readonly merges: Merges,
    private readonly scope: ReportsScope = 'ledger',
  ) {}

  async read(key: SeriesReadKey): Promise<SeriesFigures> {
    const parsed = parseSubject(key.subject);
    const country = parsed.country ?? null;
    const group = parsed.group;
    const publications = (ids: readonly string[]) => readPublications(this.db, this.adapter, ids);
    if (!group || parsed.country === undefined) return { rows: [], publications, reports: new Map(), canonical: this.merges.canonical };
    const series = this.db.selectFrom('claims')
      .where(country === null ? sql<boolean>`subject_country is null` : sql<boolean>`subject_country = ${country}`)
      .where('subject_group', '=', group)
      .where('metric', '=', key.metric)
      // A literal, so that both planners see the claims_series partial index applies.
      .where(sql<boolean>`current = 1`);
    const reports = this.scope === 'series'
      ? await this.multipleReports(series.select('document_id'))
      : await (this.reports ??= this.multipleReports());
    const query = series.select(['document_id', 'as_of', 'min', 'max', FLAGS.as('flags'), 'origin_id', 'period_from', 'period_to'])
      .orderBy('seq').compile();
    return { rows: (await this.rows(query)) as Iterable<FigureRow>, publications, reports, canonical: this.merges.canonical };
  }

  /**
   * Documents with more than one report: distinct outlet × url among their publications (a
   * document carried twice by one outlet at one url is one report). Of the whole ledger, or of
   * the documents of one series.
   */
  private async multipleReports(documents?: SelectQueryBuilder<Database, 'claims', { document_id: string }>): Promise<Map<string, number>> {
    const several = this.db.selectFrom('publications').select('document_id').groupBy('document_id').having((eb) => eb.fn.countAll(), '>', 1);
    const query = this.db.selectFrom('publications').select(['document_id', 'publisher', 'url'])
      .where('document_id', 'in', documents ?? several).orderBy('document_id').compile();
    const out = new Map<string, number>();
    let id: string | null = null;
    let list: Pick<SeriesPublication, 'publisher' | 'url'>[] = [];
    const close = () => {
      const reports = id === null ? 1 : reportsOf(list);
      if (reports > 1) out.set(id as string, reports);
    };
    for (const r of await this.rows(query)) {
      const documentId = r[0] as string;
      if (documentId !== id) {
        close();
        id = documentId;
        list = [];
      }
      list.push({ publisher: r[1] as string | null, url: r[2] as string | null });
    }
    close();
    return out;
  }

  private rows(query: CompiledQuery): Promise<Iterable<unknown[]>> {
    return rawRows(this.db, this.adapter, query);
  }
}

/** The reports a document makes: one per outlet × url among its publications, at least one. */
export function reportsOf(publications: readonly Pick<SeriesPublication, 'publisher' | 'url'>[]): number {
  const seen: Pick<SeriesPublication, 'publisher' | 'url'>[] = [];
  for (const p of publications) if (!seen.some((s) => s.publisher === p.publisher && s.url === p.url)) seen.push(p);
  return Math.max(1, seen.length);
}
