/**
 * The series read: every current claim of one subject × metric, as the series computation reads
 * it, from plain columns (migration 0003) in ingest order, with its documents' publications in
 * one more query. No claim JSON is parsed, and on SQLite the rows come from the claims_series
 * index alone, as arrays (no row objects). `queryClaims` stays the read for pages of whole claims.
 *
 * @example
 * for (const key of await ledger.seriesKeys(3)) {
 *   const claims = await ledger.readSeries(key, { evidence: false });   // SeriesInput-shaped rows
 * }
 */
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Group, Metric, Period, SourceKind } from '../core/claim.ts';
import type { EngineAdapter } from './adapter.ts';
import { subjectKey } from './ids.ts';
import type { Merges } from './read.ts';
import { parseSubject } from './read.ts';
import type { Database } from './schema.ts';
import type { ClaimStatus, PublicationRef } from './types.ts';

/** Which series: the subject key ("KP/military", "-/people") and a metric. */
export interface SeriesReadKey {
  subject: string;
  metric: Metric;
}

export interface SeriesKeyCount extends SeriesReadKey {
  /** Current claims of the series. */
  claims: number;
}

export interface SeriesReadOptions {
  /** Read each claim's evidence sentence (default true); only listed reports show it. */
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
  id: string;
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
  /** Only when read with `evidence` (the default). */
  evidence?: { text: string };
  /** Canonical entity id of the origin after merges; null for the outlet's own voice. */
  originId: string | null;
  status: ClaimStatus;
  /** The document's publications, earliest first (shared by the claims of one document). */
  publications: readonly SeriesPublication[];
  current: true;
}

/** Column order of the series query; `Col` indexes a row read as an array. */
const COLUMNS = [
  'id', 'document_id', 'as_of', 'min', 'max', 'approximate', 'hedged', 'section', 'status', 'origin_id',
  'origin_name', 'origin_kind', 'origin_country', 'period_kind', 'period_from', 'period_to', 'period_text',
] as const;
const enum Col {
  Id, DocumentId, AsOf, Min, Max, Approximate, Hedged, Section, Status, OriginId,
  OriginName, OriginKind, OriginCountry, PeriodKind, PeriodFrom, PeriodTo, PeriodText, Evidence,
}

type Row = unknown[];

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

  /** Subject × metric pairs with at least `minClaims` current claims, largest first. */
  async keys(minClaims: number): Promise<SeriesKeyCount[]> {
    const rows = await this.db.selectFrom('claims')
      .select((eb) => ['subject_country', 'subject_group', 'metric', eb.fn.countAll().as('n')])
      .where(sql<boolean>`current = 1`)
      .groupBy(['subject_country', 'subject_group', 'metric'])
      .execute();
    return rows
      .map((r) => ({ subject: subjectKey(r.subject_country, r.subject_group), metric: r.metric as Metric, claims: Number(r.n) }))
      .filter((k) => k.claims >= minClaims)
      .sort((a, b) => b.claims - a.claims || a.subject.localeCompare(b.subject) || a.metric.localeCompare(b.metric));
  }

  /** Every current claim of the series, in ingest order. */
  async read(key: SeriesReadKey, options: SeriesReadOptions = {}): Promise<SeriesClaimRow[]> {
    const evidence = options.evidence ?? true;
    const parsed = parseSubject(key.subject);
    const country = parsed.country ?? null;
    const group = parsed.group;
    if (!group || parsed.country === undefined) return [];
    const series = this.db.selectFrom('claims')
      .where(country === null ? sql<boolean>`subject_country is null` : sql<boolean>`subject_country = ${country}`)
      .where('subject_group', '=', group)
      .where('metric', '=', key.metric)
      // A literal, so that both planners see the claims_series partial index applies.
      .where(sql<boolean>`current = 1`);
    const query = series.select([...COLUMNS, ...(evidence ? (['evidence_text'] as const) : [])]).orderBy('seq').compile();
    const rows = this.adapter.rawRows
      ? this.adapter.rawRows(query.sql, query.parameters)
      : (await this.db.executeQuery<Record<string, unknown>>(query)).rows.map((r) => Object.values(r));
    if (rows.length === 0) return [];
    const publications = await this.publications(series.select('document_id'));
    const { canonical } = await this.merges();
    const subject = { country, group };
    const out: SeriesClaimRow[] = new Array(rows.length);
    // The origin link of each origin id, reused while the next claim writes it the same way.
    const links = new Map<string, readonly SeriesOriginLink[]>();
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as Row;
      const originId = r[Col.OriginId] as string | null;
      let source = NO_SOURCE;
      if (originId !== null) {
        const name = r[Col.OriginName] as string;
        const kind = r[Col.OriginKind] as SourceKind;
        const countryOf = r[Col.OriginCountry] as string | null;
        const known = links.get(originId);
        const link = known?.[0];
        if (link && link.name === name && link.kind === kind && link.country === countryOf) source = known;
        else links.set(originId, (source = [{ name, kind, country: countryOf }]));
      }
      const documentId = r[Col.DocumentId] as string;
      const row: SeriesClaimRow = {
        id: r[Col.Id] as string,
        documentId,
        metric: key.metric,
        subject,
        min: r[Col.Min] as number | null,
        max: r[Col.Max] as number | null,
        approximate: Number(r[Col.Approximate]) === 1,
        hedged: Number(r[Col.Hedged]) === 1,
        asOf: r[Col.AsOf] as string | null,
        section: r[Col.Section] as 'title' | 'body',
        period: periodOf(r),
        source,
        originId: originId === null ? null : canonical(originId),
        status: r[Col.Status] as ClaimStatus,
        publications: publications.get(documentId) ?? NO_PUBLICATIONS,
        current: true,
      };
      if (evidence) row.evidence = { text: r[Col.Evidence] as string };
      out[i] = row;
    }
    return out;
  }

  /** The publications of the series' documents, by document, in the order `queryClaims` gives them. */
  private async publications(documentIds: SelectQueryBuilder<Database, 'claims', { document_id: string }>): Promise<Map<string, SeriesPublication[]>> {
    const query = this.db.selectFrom('publications').select(['document_id', 'publisher', 'url', 'published'])
      .where('document_id', 'in', documentIds)
      .orderBy('document_id').orderBy('published').orderBy('id').compile();
    const rows = this.adapter.rawRows
      ? this.adapter.rawRows(query.sql, query.parameters)
      : (await this.db.executeQuery<Record<string, unknown>>(query)).rows.map((r) => Object.values(r));
    const out = new Map<string, SeriesPublication[]>();
    let current: SeriesPublication[] = [];
    let currentId: string | null = null;
    for (const r of rows) {
      const documentId = r[0] as string;
      if (documentId !== currentId) out.set((currentId = documentId), (current = []));
      current.push({ publisher: r[1] as string | null, url: r[2] as string | null, published: r[3] as string | null });
    }
    return out;
  }
}

/** The claim's period as stored in its JSON: keys only for the parts it has. */
function periodOf(r: Row): Period | undefined {
  const kind = r[Col.PeriodKind] as Period['kind'] | null;
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
