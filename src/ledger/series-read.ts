/**
 * The series read: every current claim of one subject × metric, as the series computation reads
 * it, from plain columns (migration 0003) in ingest order, with its documents' publications in
 * the same query (one row per publication, the claim's columns repeated on each). No claim JSON
 * is parsed, and on SQLite the rows come from the claims_series index alone (the evidence
 * sentence too, since migration 0011: a series' claims are spread over the claims table, and a
 * fresh process paid a page fault or two for nearly every claim's row), as arrays (no row
 * objects), from a statement written as text (sqliteSeriesSql). `queryClaims` stays the read for
 * pages of whole claims.
 *
 * @example
 * for (const key of await ledger.seriesKeys(3)) {
 *   const claims = await ledger.readSeries(key, { detail: false });   // SeriesInput-shaped rows
 * }
 */
import { sql, type CompiledQuery, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Group, Metric, Period, SourceKind } from '../core/claim.ts';
import type { EngineAdapter } from './adapter.ts';
import { subjectKey } from './ids.ts';
import type { Merges } from './read.ts';
import { parseSubject } from './read.ts';
import { SERIES_LINES_INDEX } from './migrations/0010-claims-series-lines.ts';
import { SERIES_TRAITS_SQL } from './migrations/0012-claims-series-lines-traits.ts';
import type { Database } from './schema.ts';
import { seriesState } from './series-summaries.ts';
import type { ClaimStatus, PublicationRef } from './types.ts';

/** Which series: the subject key ("KP/military", "-/people") and a metric. */
export interface SeriesReadKey {
  subject: string;
  metric: Metric;
}

export interface SeriesKeyCount extends SeriesReadKey {
  /** Current claims of the series. */
  claims: number;
  /** What changes when the series' claims change (series-summaries.ts). */
  state: string;
  /**
   * SERIES_TRAIT bits: what some current claim of the series is (hedged, a headline, in the
   * outlet's own voice, of no known period), so what options of `tally series` can change in it.
   * Undefined when not known (every one may be there).
   */
  traits?: number | undefined;
}

/** Bits of SeriesKeyCount.traits. */
export const SERIES_TRAIT = { hedged: 1, title: 2, unattributed: 4, unknownPeriod: 8 } as const;

/**
 * A claim's SERIES_TRAIT bits, as the database computes them: migration 0012's expression, the one
 * its index holds (bitwise and integer sums alike on SQLite and PostgreSQL).
 */
const TRAITS = sql<number>`${sql.raw(SERIES_TRAITS_SQL)}`;
/**
 * The SERIES_TRAIT bits of a group of claims: one max per bit (no bitwise-or aggregate on SQLite).
 * The same expression as the index's, so that on SQLite its value is read from the index (0012).
 */
const GROUP_TRAITS_SQL = [SERIES_TRAIT.hedged, SERIES_TRAIT.title, SERIES_TRAIT.unattributed, SERIES_TRAIT.unknownPeriod]
  .map((bit) => `max(${SERIES_TRAITS_SQL} & ${bit})`).join(' + ');
const GROUP_TRAITS = sql<number>`${sql.raw(GROUP_TRAITS_SQL)}`;

/** Claims added after a seq (SeriesReader.keysSince). */
export interface SeriesAdded {
  /** Claims after the seq, current or not. */
  added: number;
  /** Per series, its current claims after the seq: how many, the last seq, and their SERIES_TRAIT bits. */
  series: (SeriesReadKey & { claims: number; last: number; traits: number })[];
}

export interface SeriesReadOptions {
  /**
   * Read what only listed reports show (default true): each claim's id and evidence sentence and
   * its document's publications. False counts the publications instead, and reads them only for
   * the documents that have more than one or that date or name a claim (no statement day, or the
   * outlet's own voice).
   */
  detail?: boolean;
  /**
   * With `detail`: read each claim's evidence sentence (default true). False leaves it out (on
   * SQLite a narrower read of the same index; on PostgreSQL the claim rows are then never visited).
   */
  evidence?: boolean;
}

/** What the series reads of a publication. */
export type SeriesPublication = Pick<PublicationRef, 'publisher' | 'url' | 'published'>;

/** The origin as written in the claim: the last link of its attribution chain. */
export interface SeriesOriginLink {
  name: string;
  kind: SourceKind;
  country: string | null;
}

/**
 * One current claim as the series reads it (the fields of src/series's SeriesInput). Of the
 * chain only its last link is kept: `source` is `[]` for the outlet's own voice, else that link.
 */
export interface SeriesClaimRow {
  /** With `detail` only. */
  id?: string | undefined;
  documentId: string;
  metric: Metric;
  subject: { country: string | null; group: Group };
  min: number | null;
  max: number | null;
  approximate: boolean;
  hedged: boolean;
  asOf: string | null;
  section: 'title' | 'body';
  period: Period | undefined;
  source: readonly SeriesOriginLink[];
  /** With `detail` only. */
  evidence?: { text: string } | undefined;
  /** Canonical entity id of the origin after merges; null for the outlet's own voice. */
  originId: string | null;
  status: ClaimStatus;
  /** The document's publications, earliest first (shared by the claims of one document); [] when counted. */
  publications: readonly SeriesPublication[];
  /** Set (0 or 1) when the document's publications were counted, not read (without `detail`). */
  publicationCount?: number | undefined;
  current: true;
}

/** Columns of the series query, in order; `Col` indexes a row read as an array. */
const enum Col {
  DocumentId, AsOf, Min, Max, Flags, OriginId, OriginLink, PeriodFrom, PeriodTo, PeriodText,
  /** With detail: id, evidence, and one publication of the document (null id when it has none). Without: the number of publications. */
  Id, Evidence, PublicationId, Publisher, Url, Published,
  PublicationCount = 10,
}

function publicationOf(r: unknown[]): SeriesPublication {
  return { publisher: r[Col.Publisher] as string | null, url: r[Col.Url] as string | null, published: r[Col.Published] as string | null };
}

/** Separates the parts of the origin link in its one column (never in a name, kind or country). */
const SEP = '\u001f';
const STATUSES: readonly ClaimStatus[] = ['unreviewed', 'verified', 'rejected', 'corrected'];
const PERIOD_KINDS: readonly (Period['kind'] | null)[] = [null, 'cumulative', 'interval', 'unknown'];

/**
 * Booleans and the few-valued texts folded into one integer by the database: a number costs the
 * driver far less than a string, and this runs for every claim of every series. (Statuses are the
 * ledger's four, CLAIM_STATUSES; periods the claim schema's three or none.)
 */
const FLAGS_SQL = `(case when hedged = 1 then 1 else 0 end)
  + (case when approximate = 1 then 2 else 0 end)
  + (case when section = 'title' then 4 else 0 end)
  + (case status when 'verified' then 8 when 'rejected' then 16 when 'corrected' then 24 else 0 end)
  + (case period_kind when 'cumulative' then 32 when 'interval' then 64 when 'unknown' then 96 else 0 end)`;
const FLAGS = sql<number>`${sql.raw(FLAGS_SQL)}`;
/** The origin as written, as one text (compared whole with the previous one of the same origin id). */
const ORIGIN_LINK = sql<string | null>`case when origin_id is null then null
  else coalesce(origin_kind, '') || ${SEP} || coalesce(origin_country, '') || ${SEP} || coalesce(origin_name, '') end`;
/** A document's publications, counted from the publications_document index alone. */
const PUBLICATIONS_SQL = '(select count(*) from publications p where p.document_id = claims.document_id)';
const PUBLICATIONS = sql<number>`${sql.raw(PUBLICATIONS_SQL)}`;

/**
 * The series read's statement on SQLite, as text: what the query builder below makes for
 * PostgreSQL, written once. Building and compiling it with Kysely cost a fresh process ~1.5 ms of
 * code run for the first time, which is what `tally series --subject … --metric …` runs once.
 * Parameters: the subject's country (unless `countryNull`), its group, the metric.
 */
export function sqliteSeriesSql(detail: boolean, evidence: boolean, countryNull: boolean): string {
  const columns = `claims.document_id, claims.as_of, claims.min, claims.max, ${FLAGS_SQL} as flags, claims.origin_id,
  case when origin_id is null then null else coalesce(origin_kind, '') || char(31) || coalesce(origin_country, '') || char(31) || coalesce(origin_name, '') end as origin_link,
  claims.period_from, claims.period_to, claims.period_text`;
  const where = `where ${countryNull ? 'subject_country is null' : 'subject_country = ?'} and subject_group = ? and metric = ? and current = 1`;
  return detail
    ? `select ${columns}, claims.id, ${evidence ? 'claims.evidence_text' : 'null'} as evidence_text,
  publications.id as publication_id, publications.publisher, publications.url, publications.published
  from claims left join publications on publications.document_id = claims.document_id
  ${where} order by claims.seq, publications.published, publications.id`
    : `select ${columns}, ${PUBLICATIONS_SQL} as publication_count from claims ${where} order by seq`;
}

/** Beyond this many seqs since the last run, the claims added are counted per series by the database. */
const SINCE_ROWS = 20_000;

/**
 * Whether the ledger has migration 0010's index of each claim's lean-read line (SQLite ledgers;
 * one opened without migrating may not have it yet).
 */
export async function hasSeriesLines(db: Kysely<Database>, adapter: EngineAdapter): Promise<boolean> {
  return (await seriesLinesIndex(db, adapter)) !== 'none';
}

/**
 * Which index of lines the ledger has: none, 0010's, or 0012's, which holds each claim's
 * SERIES_TRAIT bits after its line (the list of series with its traits is read from it alone).
 */
async function seriesLinesIndex(db: Kysely<Database>, adapter: EngineAdapter): Promise<'none' | 'lines' | 'traits'> {
  if (adapter.engine !== 'sqlite') return 'none';
  const { rows } = await sql<{ sql: string | null }>`select sql from sqlite_master where type = 'index' and name = ${SERIES_LINES_INDEX}`.execute(db);
  const text = rows[0]?.sql;
  if (text === undefined) return 'none';
  // SQLite keeps the statement as it was written: 0012's holds the traits' expression as written there.
  return text !== null && text.includes(SERIES_TRAITS_SQL) ? 'traits' : 'lines';
}

/**
 * The statement that lists the series from the index of lines (0010, with the traits since 0012):
 * the key and seq alone, and the traits where asked (the index holds them since 0012).
 */
export function seriesKeysFromIndexSql(traits: boolean): string {
  return `select subject_country, subject_group, metric, count(*) as n, max(seq) as last, ${traits ? GROUP_TRAITS_SQL : 'null'} as traits
    from claims indexed by ${SERIES_LINES_INDEX} where current = 1 group by subject_country, subject_group, metric`;
}

const NO_SOURCE: readonly SeriesOriginLink[] = Object.freeze([]);
const NO_PUBLICATIONS: readonly SeriesPublication[] = Object.freeze([]);
/** Periods with only a kind, shared: most claims have one of these. */
const BARE_PERIODS = new Map<string, Period>(['cumulative', 'interval', 'unknown'].map((kind) => [kind, Object.freeze({ kind }) as Period]));

export class SeriesReader {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: EngineAdapter,
    private readonly merges: () => Promise<Merges>,
  ) {}

  /**
   * Subject × metric pairs with at least `minClaims` current claims, largest first; with `traits`,
   * what their claims are (SERIES_TRAIT: on SQLite read from the index of lines since 0012, else
   * four more columns of every claim, from claims_series).
   */
  async keys(minClaims: number, options: { traits?: boolean } = {}): Promise<SeriesKeyCount[]> {
    type Row = { subject_country: string | null; subject_group: string; metric: string; n: number; last: number; traits: number | null };
    // The key and seq alone, and the traits where it holds them (0012): from the narrower index of
    // the lines where there is one (0010), which the lean read then finds in memory.
    const index = await seriesLinesIndex(this.db, this.adapter);
    const rows: Row[] = index === 'traits' || (index === 'lines' && !options.traits)
      ? (await sql<Row>`${sql.raw(seriesKeysFromIndexSql(!!options.traits))}`.execute(this.db)).rows
      : await this.db.selectFrom('claims')
        .select((eb) => [
          'subject_country', 'subject_group', 'metric', eb.fn.countAll<number>().as('n'), eb.fn.max('seq').as('last'),
          (options.traits ? GROUP_TRAITS : sql<number | null>`null`).as('traits'),
        ])
        .where(sql<boolean>`current = 1`)
        .groupBy(['subject_country', 'subject_group', 'metric'])
        .execute();
    return rows
      .map((r) => ({
        subject: subjectKey(r.subject_country, r.subject_group), metric: r.metric as Metric, claims: Number(r.n),
        state: seriesState(Number(r.n), Number(r.last)), traits: r.traits === null ? undefined : Number(r.traits),
      }))
      .filter((k) => k.claims >= minClaims)
      .sort((a, b) => b.claims - a.claims || a.subject.localeCompare(b.subject) || a.metric.localeCompare(b.metric));
  }

  /**
   * The claims after `seq`: how many, and per series the current ones, their number and last seq.
   * Read from the claims after `seq` alone: a few are read as rows in seq order and counted here
   * (grouped in the database, SQLite walked a whole index in group order instead of the seq range).
   */
  async keysSince(seq: number): Promise<SeriesAdded> {
    const last = Number((await this.db.selectFrom('claims').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst())?.seq ?? 0);
    if (last - seq > SINCE_ROWS) {
      const added = await this.db.selectFrom('claims').select((eb) => eb.fn.countAll().as('n')).where('seq', '>', seq).executeTakeFirst();
      const rows = await this.db.selectFrom('claims')
        .select((eb) => ['subject_country', 'subject_group', 'metric', eb.fn.countAll().as('n'), eb.fn.max('seq').as('last'), GROUP_TRAITS.as('traits')])
        .where('seq', '>', seq).where(sql<boolean>`current = 1`)
        .groupBy(['subject_country', 'subject_group', 'metric'])
        .execute();
      return {
        added: Number(added?.n ?? 0),
        series: rows.map((r) => ({
          subject: subjectKey(r.subject_country, r.subject_group), metric: r.metric as Metric, claims: Number(r.n), last: Number(r.last), traits: Number(r.traits),
        })),
      };
    }
    const rows = await this.db.selectFrom('claims').select(['subject_country', 'subject_group', 'metric', 'seq', 'current', TRAITS.as('traits')])
      .where('seq', '>', seq).execute();
    const series = new Map<string, SeriesAdded['series'][number]>();
    for (const r of rows) {
      if (Number(r.current) !== 1) continue;
      const subject = subjectKey(r.subject_country, r.subject_group);
      const id = `${subject} ${r.metric}`;
      const added = series.get(id);
      if (added) {
        added.claims += 1;
        added.last = Math.max(added.last, Number(r.seq));
        added.traits |= Number(r.traits);
      } else series.set(id, { subject, metric: r.metric as Metric, claims: 1, last: Number(r.seq), traits: Number(r.traits) });
    }
    return { added: rows.length, series: [...series.values()] };
  }

  /** Every current claim of the series, in ingest order. */
  async read(key: SeriesReadKey, options: SeriesReadOptions = {}): Promise<SeriesClaimRow[]> {
    const detail = options.detail ?? true;
    const evidence = options.evidence ?? true;
    const parsed = parseSubject(key.subject);
    const country = parsed.country ?? null;
    const group = parsed.group;
    if (!group || parsed.country === undefined) return [];
    const { canonical } = await this.merges();
    const rows = this.adapter.rawRows
      ? this.adapter.rawRows(sqliteSeriesSql(detail, evidence, country === null), country === null ? [group, key.metric] : [country, group, key.metric])
      : await this.rows(this.query(country, group, key.metric, detail, evidence));
    /**
     * With detail: the last claim's document and its publications, shared with the next claim when
     * it is of the same document (a document's claims are stored one after another). Any other
     * claim makes its list from its own rows: the same publications.
     */
    let lastDocument: string | null = null;
    let lastPublications = NO_PUBLICATIONS;
    /** The list being filled from the rows of the last claim (its document's first claim), else null. */
    let filling: SeriesPublication[] | null = null;
    let lastId: string | null = null;
    /** Without detail: documents whose publications must be read after all. */
    const wanted = new Set<string>();
    const subject = { country, group };
    const out: SeriesClaimRow[] = [];
    // Per origin id: its entity after merges, and its link as last written (reused while the next
    // claim writes it the same way). One lookup per claim.
    const origins = new Map<string, { entity: string; text: string; source: readonly SeriesOriginLink[] }>();
    for (const r of rows) {
      if (detail) {
        const id = r[Col.Id] as string;
        if (id === lastId) {
          // Another publication of the last claim's document.
          filling?.push(publicationOf(r));
          continue;
        }
        lastId = id;
      }
      const stored = r[Col.OriginId] as string | null;
      let source = NO_SOURCE;
      let originId: string | null = null;
      if (stored !== null) {
        const text = r[Col.OriginLink] as string;
        let origin = origins.get(stored);
        if (!origin) origins.set(stored, (origin = { entity: canonical(stored), text, source: [originLink(text)] }));
        else if (origin.text !== text) origins.set(stored, (origin = { entity: origin.entity, text, source: [originLink(text)] }));
        source = origin.source;
        originId = origin.entity;
      }
      const documentId = r[Col.DocumentId] as string;
      const flags = Number(r[Col.Flags]);
      const asOf = r[Col.AsOf] as string | null;
      let documentPublications = NO_PUBLICATIONS;
      if (detail) {
        filling = null;
        if (documentId === lastDocument) documentPublications = lastPublications;
        else {
          lastDocument = documentId;
          lastPublications = documentPublications = r[Col.PublicationId] === null ? NO_PUBLICATIONS : (filling = [publicationOf(r)]);
        }
      }
      const row: SeriesClaimRow = {
        documentId,
        metric: key.metric,
        subject,
        min: r[Col.Min] as number | null,
        max: r[Col.Max] as number | null,
        approximate: (flags & 2) !== 0,
        hedged: (flags & 1) !== 0,
        asOf,
        section: (flags & 4) !== 0 ? 'title' : 'body',
        period: periodOf(PERIOD_KINDS[(flags >> 5) & 3] ?? null, r),
        source,
        originId,
        status: STATUSES[(flags >> 3) & 3] as ClaimStatus,
        publications: documentPublications,
        // Every row gets every field, so all rows share one shape.
        id: detail ? (r[Col.Id] as string) : undefined,
        evidence: detail && evidence ? { text: r[Col.Evidence] as string } : undefined,
        publicationCount: detail ? undefined : Number(r[Col.PublicationCount]),
        current: true,
      };
      if (!detail && ((row.publicationCount as number) > 1 || asOf === null || stored === null)) wanted.add(documentId);
      out.push(row);
    }
    if (wanted.size > 0) await this.readCounted(wanted, out);
    return out;
  }

  /** The series read's statement through the query builder (PostgreSQL; SQLite runs sqliteSeriesSql's text). */
  private query(country: string | null, group: string, metric: Metric, detail: boolean, evidence: boolean): CompiledQuery {
    const series = this.db.selectFrom('claims')
      .where(country === null ? sql<boolean>`subject_country is null` : sql<boolean>`subject_country = ${country}`)
      .where('subject_group', '=', group)
      .where('metric', '=', metric)
      // A literal, so that both planners see the claims_series partial index applies.
      .where(sql<boolean>`current = 1`);
    const columns = [
      'claims.document_id', 'claims.as_of', 'claims.min', 'claims.max', FLAGS.as('flags'), 'claims.origin_id', ORIGIN_LINK.as('origin_link'),
      'claims.period_from', 'claims.period_to', 'claims.period_text',
    ] as const;
    // With detail, each claim's row comes with its document's publications, earliest first (one row
    // per publication, none with none): one pass over the series, not a second query for them.
    return detail
      ? series.leftJoin('publications', 'publications.document_id', 'claims.document_id')
        .select([...columns, 'claims.id', evidence ? 'claims.evidence_text' : sql<null>`null`.as('evidence_text')])
        .select(['publications.id as publication_id', 'publications.publisher', 'publications.url', 'publications.published'])
        .orderBy('claims.seq').orderBy('publications.published').orderBy('publications.id').compile()
      : series.select([...columns, PUBLICATIONS.as('publication_count')]).orderBy('seq').compile();
  }

  /**
   * Read the publications of the `wanted` documents into their claims among `rows`: several
   * publications (reports are told apart by outlet and url), or a claim dated or named by them.
   */
  private async readCounted(wanted: Set<string>, rows: SeriesClaimRow[]): Promise<void> {
    const publications = await this.publications([...wanted]);
    for (const row of rows) {
      if (!wanted.has(row.documentId)) continue;
      row.publications = publications.get(row.documentId) ?? NO_PUBLICATIONS;
      row.publicationCount = undefined;
    }
  }

  private rows(query: CompiledQuery): Promise<Iterable<unknown[]>> {
    return rawRows(this.db, this.adapter, query);
  }

  private publications(documents: SelectQueryBuilder<Database, 'claims', { document_id: string }> | readonly string[]): Promise<Map<string, SeriesPublication[]>> {
    return readPublications(this.db, this.adapter, documents);
  }
}

/** Rows as arrays in column order: straight from the driver where it can (SQLite). */
export async function rawRows(db: Kysely<Database>, adapter: EngineAdapter, query: CompiledQuery): Promise<Iterable<unknown[]>> {
  if (adapter.rawRows) return adapter.rawRows(query.sql, query.parameters);
  return (await db.executeQuery<Record<string, unknown>>(query)).rows.map((r) => Object.values(r));
}

/** Document ids per publications query (bound parameters). */
const CHUNK = 500;

/**
 * The publications of these documents, by document, in the order `queryClaims` gives them. A
 * list of ids is read in chunks of bound parameters.
 */
export async function readPublications(
  db: Kysely<Database>, adapter: EngineAdapter, documents: SelectQueryBuilder<Database, 'claims', { document_id: string }> | readonly string[],
): Promise<Map<string, SeriesPublication[]>> {
  const out = new Map<string, SeriesPublication[]>();
  const parts = Array.isArray(documents) ? chunks(documents as readonly string[]) : [documents as SelectQueryBuilder<Database, 'claims', { document_id: string }>];
  for (const part of parts) {
    const query = db.selectFrom('publications').select(['document_id', 'publisher', 'url', 'published'])
      .where('document_id', 'in', part)
      .orderBy('document_id').orderBy('published').orderBy('id').compile();
    let current: SeriesPublication[] = [];
    let currentId: string | null = null;
    for (const r of await rawRows(db, adapter, query)) {
      const documentId = r[0] as string;
      if (documentId !== currentId) out.set((currentId = documentId), (current = []));
      current.push({ publisher: r[1] as string | null, url: r[2] as string | null, published: r[3] as string | null });
    }
  }
  return out;
}

function chunks(ids: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(ids.slice(i, i + CHUNK));
  return out;
}
function originLink(text: string): SeriesOriginLink {
  const [kind = '', country = '', name = ''] = text.split(SEP);
  return { name, kind: kind as SourceKind, country: country === '' ? null : country };
}

/** The claim's period as stored in its JSON: keys only for the parts it has. */
function periodOf(kind: Period['kind'] | null, r: unknown[]): Period | undefined {
  if (kind === null) return undefined;
  const from = r[Col.PeriodFrom] as string | null;
  const to = r[Col.PeriodTo] as string | null;
  const text = r[Col.PeriodText] as string | null;
  if (from === null && to === null && text === null) return BARE_PERIODS.get(kind) ?? { kind };
  const period: Period = { kind };
  if (from !== null) period.from = from;
  if (to !== null) period.to = to;
  if (text !== null) period.text = text;
  return period;
}
