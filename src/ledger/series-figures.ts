/**
 * The lean series read, for summaries (`tally series --all`'s table): per claim only what the
 * counts and the last reconciled figures depend on, as the driver's own row arrays (no row
 * objects), streamed in ingest order. What `readSeries` reads besides (evidence, claim ids, the
 * origin's name and kind, period words, each document's publications) only shows in listed
 * points; it is left out here. Publications are read only where they decide something: the
 * documents that date a claim (no statement day) or name its origin (the outlet's own voice),
 * and, once per reader, which documents have more than one report.
 *
 * On SQLite the rows also come as text (`texts`, FIGURE_TEXT): the database writes each claim's
 * fields into a line and joins a thousand lines at a time, so that the driver makes one string per
 * thousand claims instead of an array, its values and an iterator record per claim (what a cold
 * `--all` spent most of its read on; strings this size are made and dropped in the young heap).
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
import { SERIES_LINE_SQL, SERIES_LINES_INDEX } from './migrations/0010-claims-series-lines.ts';
import { hasSeriesLines, rawRows, readPublications, type SeriesPublication, type SeriesReadKey } from './series-read.ts';

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
  /** In FIGURE_TEXT only: the claim has no statement day, no stored origin (their fields are empty either way). */
  noAsOf: 128,
  noOrigin: 256,
} as const;

/**
 * The series as text (SeriesFigures.texts): a line per claim in ingest order, lines separated by
 * `line`, fields by `field`, in this order: document id, statement day, min, max, flags
 * (FIGURE_FLAG, with noAsOf and noOrigin), origin, period from, period to. An absent value is an
 * empty field (an empty period end means no end, as in the period's key); an absent statement day
 * and origin are told by the flags; figures are written as SQLite writes numbers.
 */
export const FIGURE_TEXT = { line: '\u001e', field: '\u001f' } as const;

/** The period kinds in the order of their code in the flags (0: the claim states none). */
export const PERIOD_CODES = [null, 'cumulative', 'interval', 'unknown'] as const;

/** [documentId, asOf, min, max, flags, origin, periodFrom, periodTo]. */
export type FigureRow = readonly [string, string | null, number | null, number | null, number, string | null, string | null, string | null];

/** One series as the summary reads it. */
export interface SeriesFigures {
  /** Every current claim of the series, in ingest order. Iterate once. */
  rows: Iterable<FigureRow>;
  /**
   * The same claims as texts of FIGURE_TEXT lines (a line never spans two texts), where the
   * engine writes them (SQLite): read them instead of `rows` (whose query then never runs), and
   * `rows` where they hold what only the rows tell exactly (a figure that is no whole number of
   * up to 15 digits, a field that holds a separator). Iterate once, whole or stopping early,
   * before the connection's next read (as `rows`).
   */
  texts?: Iterable<string> | undefined;
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
 * A claim's line of FIGURE_TEXT (SQLite's printf writes an absent value as an empty field; the
 * flags are FIGURE_FLAG's, with noAsOf and noOrigin): migration 0010 keeps each current claim's
 * line in an index, where the read finds it written. Written otherwise, it needs an index of its
 * own (see the migration).
 */
const TEXT_LINE = SERIES_LINE_SQL;

/** Lines per text: ~50 KB, a string the young heap makes and drops (larger ones are each mapped afresh). */
const TEXT_LINES = 1024;

/**
 * A statement that reads the schema and stays open while a series' texts are read: the queries
 * of one connection share the snapshot of its open statement, so the texts of a series are one
 * snapshot of it, as its rows are.
 */
const HOLD = 'select 1 from sqlite_master union all select 2';

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
  private lines: Promise<boolean> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: EngineAdapter,
    private readonly merges: Merges,
    private readonly scope: ReportsScope = 'ledger',
  ) {}

  /** Find the documents with several reports now, where the reader finds those of the whole ledger (the first read does otherwise). */
  async prepare(): Promise<void> {
    if (this.scope === 'ledger') await (this.reports ??= this.multipleReports());
  }

  /** `key.claims`, when known, lets a very large series be read as rows (TEXT_CLAIMS). */
  async read(key: SeriesReadKey & { claims?: number }): Promise<SeriesFigures> {
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
    const rowsQuery = () => series.select(['document_id', 'as_of', 'min', 'max', FLAGS.as('flags'), 'origin_id', 'period_from', 'period_to'])
      .orderBy('seq').compile();
    const canonical = this.merges.canonical;
    const raw = this.adapter.rawRows?.bind(this.adapter);
    if (this.adapter.engine !== 'sqlite' || !raw) return { rows: (await this.rows(rowsQuery())) as Iterable<FigureRow>, publications, reports, canonical };
    // The rows' query is made and run only if they are read (where the texts do not do: a cold
    // `--all` compiled 640 statements it never ran, 15 ms).
    const rows = {
      [Symbol.iterator]: () => {
        const query = rowsQuery();
        return (raw(query.sql, query.parameters) as Iterable<FigureRow>)[Symbol.iterator]();
      },
    };
    // Lines after a seq, in seq order: the subquery's order is the order group_concat joins them in
    // (SQLite keeps a subquery's ORDER BY under any aggregate but count, min and max). Read from
    // the index that holds them written (migration 0010) where the ledger has it.
    const indexed = (this.lines ??= hasSeriesLines(this.db, this.adapter));
    const text = {
      sql: `select group_concat(line, char(${FIGURE_TEXT.line.charCodeAt(0)})) as text, max(seq) as last, count(*) as n
        from (select ${TEXT_LINE} as line, seq from claims${(await indexed) ? ` indexed by ${SERIES_LINES_INDEX}` : ''}
        where ${country === null ? 'subject_country is null' : 'subject_country = ?'} and subject_group = ? and metric = ? and current = 1
        and seq > ? order by seq limit ${TEXT_LINES})`,
      parameters: country === null ? [group, key.metric] : [country, group, key.metric],
    };
    return { rows, texts: textsOf(raw, text), publications, reports, canonical };
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

/** The texts of a series, TEXT_LINES lines each, read in one snapshot (HOLD) as they are iterated. */
function textsOf(raw: NonNullable<EngineAdapter['rawRows']>, query: { sql: string; parameters: readonly unknown[] }): Iterable<string> {
  return {
    *[Symbol.iterator]() {
      const hold = raw(HOLD, [])[Symbol.iterator]();
      hold.next();
      try {
        // The last parameter is the seq the lines follow.
        for (let last = Number.MIN_SAFE_INTEGER; ;) {
          let text: string | null = null;
          let lines = 0;
          for (const r of raw(query.sql, [...query.parameters, last])) {
            text = r[0] as string | null;
            last = Number(r[1]);
            lines = Number(r[2]);
          }
          if (text === null) return;
          yield text;
          if (lines < TEXT_LINES) return;
        }
      } finally {
        hold.return?.();
      }
    },
  };
}

/** The reports a document makes: one per outlet × url among its publications, at least one. */
export function reportsOf(publications: readonly Pick<SeriesPublication, 'publisher' | 'url'>[]): number {
  const seen: Pick<SeriesPublication, 'publisher' | 'url'>[] = [];
  for (const p of publications) if (!seen.some((s) => s.publisher === p.publisher && s.url === p.url)) seen.push(p);
  return Math.max(1, seen.length);
}
