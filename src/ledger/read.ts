/**
 * The read path: claims by filter with keyset paging, claims and documents by id, sources and
 * subjects. Entity merges (from `tally sources merge` and the user's id aliases) apply here, on
 * read, so that a merge is one row and can never half-rewrite history.
 */
import { CompiledQuery, sql, type Expression, type ExpressionBuilder, type Kysely, type RawBuilder, type Selectable, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Claim } from '../core/claim.ts';
import { GROUPS, METRICS, type Group, type Metric, type SourceKind } from '../core/vocabulary.ts';
import { UsageError } from '../core/errors.ts';
import type { EngineAdapter } from './adapter.ts';
import type { SourceResolver } from './entities.ts';
import { subjectKey } from './ids.ts';
import { FIGURE_SQL } from './migrations/0004-claims-search-and-sort.ts';
import { STORED_CLAIM_COLUMNS, toPublication, toStoredClaim, type Canonical, type StoredClaimRow } from './rows.ts';
import type { ClaimsTable, Database } from './schema.ts';
import { storedClaimsJsonSqlite } from './sqlite/claims-json.ts';
import { CLAIM_SORTS } from './types.ts';
import type {
  ClaimDetail, ClaimFilter, ClaimPageRequest, ClaimSort, DocumentDetail, DocumentSummary, Page, PageRequest, PublicationRef,
  ReviewRecord, SourceEntity, StoredClaim, SubjectSummary,
} from './types.ts';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 10_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Where a sorted page ended: the sort, the last key (null once past the claims that have one) and seq. */
interface SortCursor {
  s: ClaimSort;
  k: string | number | null;
  q: number;
}

function isSortCursor(sort: ClaimSort) {
  return (v: unknown): v is SortCursor => {
    if (typeof v !== 'object' || v === null) return false;
    const c = v as Partial<SortCursor>;
    return c.s === sort && (CLAIM_SORTS as readonly string[]).includes(c.s) && Number.isInteger(c.q)
      && (c.k === null || typeof c.k === (sort.endsWith('asOf') ? 'string' : 'number'));
  };
}

/** A stored claim's column, as a read joining claims names it. */
type ClaimColumn = `claims.${(typeof STORED_CLAIM_COLUMNS)[number]}`;

interface SortKey {
  seq: number;
  sort_key: string | number | null;
}

/** Text matches a sorted page orders itself; more are filtered while walking the sort index. */
const FEW_MATCHES = 2000;

/** The country, group and metric a filter pins, from `subject` or the separate fields. */
function subjectParts(filter: ClaimFilter): { country: string | null | undefined; group: Group | undefined } {
  const subject = filter.subject ? parseSubject(filter.subject) : {};
  return { country: filter.country !== undefined ? filter.country : subject.country, group: filter.group ?? subject.group };
}

/** A filter on a country without a group, split into one filter per group (see inIngestOrder). */
function groupBranches(filter: ClaimFilter): ClaimFilter[] {
  const { country, group } = subjectParts(filter);
  if (country === undefined || group) return [filter];
  const { subject: _subject, ...rest } = filter;
  return GROUPS.map((g) => ({ ...rest, country, group: g }));
}

/**
 * A filter on a country without group or metric, split into one filter per group × metric: each
 * is then a range of the (country, group, metric, key, seq) indexes, and their pages merge into
 * one, where the country alone would sort every claim about it.
 */
function subjectBranches(filter: ClaimFilter): ClaimFilter[] {
  const { country, group } = subjectParts(filter);
  if (country === undefined) return [filter];
  const groups = group ? [group] : GROUPS;
  const metrics = filter.metric ? [filter.metric] : METRICS;
  if (groups.length * metrics.length === 1) return [filter];
  const { subject: _subject, ...rest } = filter;
  return groups.flatMap((g) => metrics.map((metric) => ({ ...rest, country, group: g, metric })));
}

/** The FTS5 table of migration 0004, as Kysely needs to see it for a join. */
type TextIndexTable = {
  claims_text: { rowid: number; claims_text: string };
};

/** A quoted FTS5 string is one phrase of trigrams: a substring, whatever characters it holds. */
function ftsPhrase(needle: string): string {
  return `"${needle.replace(/"/g, '""')}"`;
}

/** One stored claim as StoredClaim JSON: the claim's own JSON with the identity fields added. */
function storedClaimJson(row: StoredClaimRow, merges: Merges, publications: PublicationRef[]): string {
  const sourceIds = merges.none ? row.source_ids : JSON.stringify((JSON.parse(row.source_ids) as string[]).map(merges.canonical));
  const originId = row.origin_id === null ? null : merges.canonical(row.origin_id);
  return `${row.data.slice(0, -1)},"id":${JSON.stringify(row.id)},"documentId":${JSON.stringify(row.document_id)},"sourceIds":${sourceIds},`
    + `"originId":${JSON.stringify(originId)},"status":${JSON.stringify(row.status)},"publications":${JSON.stringify(publications)},`
    + `"current":${row.current === 1},"extractorVersion":${JSON.stringify(row.extractor_version)}}`;
}

/** A text filter that runs through the FTS5 trigram table; without one, `text` runs as LIKE/ILIKE. */
interface TextCondition {
  fts: string;
}

export interface Merges {
  canonical: Canonical;
  /** No entity is merged into another: every id is its own canonical id. */
  none: boolean;
  /** Every stored id that now belongs to the same entity as `id` (itself included). */
  members(id: string): string[];
}

/** Do since/until (either may be open) span seven days or more? */
function spansWeek(since: string | undefined, until: string | undefined): boolean {
  if (!since && !until) return false;
  if (!since || !until) return true;
  return Date.parse(until) - Date.parse(since) >= 6 * 86_400_000;
}

export function encodeCursor(parts: unknown): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | null | undefined, check: (v: unknown) => v is T): T | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (check(value)) return value;
  } catch {
    // fall through to the error below
  }
  throw new UsageError('invalid page cursor', undefined, 'pass back nextCursor exactly as returned');
}

function pageLimit(page?: PageRequest): number {
  const limit = page?.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`invalid page limit ${limit}`, undefined, 'a whole number ≥ 1');
  return Math.min(limit, MAX_LIMIT);
}

/** "KP/military" → country KP, group military; "KP" → any group; "-/people" → no country. */
export function parseSubject(subject: string): { country?: string | null; group?: Group } {
  const [c = '', g] = subject.split('/');
  const out: { country?: string | null; group?: Group } = {};
  if (c === '-') out.country = null;
  else if (c !== '' && c !== '*') {
    if (!/^[A-Za-z]{2}$/.test(c)) throw new UsageError(`invalid subject "${subject}"`, undefined, 'COUNTRY/GROUP, e.g. KP/military');
    out.country = c.toUpperCase();
  }
  if (g !== undefined && g !== '' && g !== '*') {
    if (!(GROUPS as readonly string[]).includes(g)) throw new UsageError(`invalid group "${g}"`, undefined, `one of ${GROUPS.join(', ')}`);
    out.group = g as Group;
  }
  return out;
}

/** The merged sources, as SQLite runs it (Reader.merges). */
const MERGED_SOURCES_SQL = 'select id, merged_into from sources where merged_into is not null';

export class Reader {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: EngineAdapter,
    private readonly resolver: SourceResolver,
  ) {}

  /** The merged sources' statement, compiled once: every read asks it, and building it cost more than running it. */
  private mergedSources: CompiledQuery<{ id: string; merged_into: string | null }> | undefined;

  async merges(): Promise<Merges> {
    const next = new Map<string, string>(this.resolver.idMerges());
    if (this.adapter.rawRows) {
      // SQLite: the statement's text, run straight by the driver (Kysely's way through its driver
      // is code a fresh process runs for the first time here, ~0.5 ms of one series' first read).
      for (const r of this.adapter.rawRows(MERGED_SOURCES_SQL, [])) next.set(r[0] as string, r[1] as string);
    } else {
      this.mergedSources ??= this.db.selectFrom('sources').select(['id', 'merged_into']).where('merged_into', 'is not', null).compile();
      const { rows } = await this.db.executeQuery(this.mergedSources);
      for (const r of rows) next.set(r.id, r.merged_into as string);
    }
    const canonical = (id: string): string => {
      let current = id;
      for (let hops = 0; hops < 16; hops++) {
        const n = next.get(current);
        if (!n || n === current) break;
        current = n;
      }
      return current;
    };
    return {
      canonical,
      none: next.size === 0,
      members(id) {
        const target = canonical(id);
        return [...new Set([id, target, ...[...next.keys()].filter((k) => canonical(k) === target)])];
      },
    };
  }

  private conditions(eb: ExpressionBuilder<Database, 'claims'>, f: ClaimFilter, merges: Merges, text?: TextCondition, walkingSeq = false): Expression<SqlBool>[] {
    const conds: Expression<SqlBool>[] = [];
    const subject = f.subject ? parseSubject(f.subject) : {};
    const country = f.country !== undefined ? f.country : subject.country;
    const group = f.group ?? subject.group;
    if (country !== undefined) conds.push(country === null ? eb('subject_country', 'is', null) : eb('subject_country', '=', country.toUpperCase()));
    if (group) conds.push(eb('subject_group', '=', group));
    if (f.metric) conds.push(eb('metric', '=', f.metric));
    for (const [name, value] of [['since', f.since], ['until', f.until]] as const) {
      if (value !== undefined && !DAY.test(value)) throw new UsageError(`invalid --${name} "${value}"`, undefined, 'YYYY-MM-DD');
    }
    // A page in ingest order over a week or more of days: walking claims by seq meets a page of
    // them sooner than reading the whole range through the day index and sorting it (SQLite
    // without statistics picks the index; unary plus keeps it off). A narrower range stays indexed.
    const day = walkingSeq && this.adapter.engine === 'sqlite' && spansWeek(f.since, f.until) ? sql.raw<string>('+as_of') : sql.ref<string>('as_of');
    if (f.since) conds.push(sql<SqlBool>`${day} >= ${f.since}`);
    if (f.until) conds.push(sql<SqlBool>`${day} <= ${f.until}`);
    if (f.hedged !== undefined) conds.push(eb('hedged', '=', f.hedged ? 1 : 0));
    if (f.section) conds.push(eb('section', '=', f.section));
    if (f.status) {
      conds.push(eb('status', '=', f.status));
      // Spelled out so both planners match the partial index claims_reviewed (migration 0002).
      if (f.status !== 'unreviewed') conds.push(eb('status', '<>', 'unreviewed'));
    }
    if (f.documentId) conds.push(eb('document_id', '=', f.documentId));
    if (!f.includeSuperseded) conds.push(eb('current', '=', 1));
    if (f.origin) conds.push(eb('origin_id', 'in', merges.members(f.origin)));
    if (f.source) {
      const ids = merges.members(f.source);
      conds.push(eb.exists(eb.selectFrom('claim_sources').select('claim_sources.position')
        .whereRef('claim_sources.claim_seq', '=', 'claims.seq').where('claim_sources.entity_id', 'in', ids)));
    }
    if (text) {
      conds.push(sql<SqlBool>`seq in (select rowid from claims_text where claims_text match ${ftsPhrase(text.fts)})`);
    } else if (f.text) {
      conds.push(eb.or([
        this.adapter.containsInsensitive(eb.ref('evidence_text'), f.text),
        this.adapter.containsInsensitive(eb.ref('location'), f.text),
      ]));
    }
    return conds;
  }

  async publicationsOf(documentIds: string[]): Promise<Map<string, PublicationRef[]>> {
    const out = new Map<string, PublicationRef[]>();
    if (documentIds.length === 0) return out;
    // Only what a claim shows of each publication: reading whole rows cost a third more.
    const rows = await this.db.selectFrom('publications').select(['document_id', 'publisher', 'url', 'published', 'title'])
      .where('document_id', 'in', documentIds).orderBy('published').orderBy('id').execute();
    for (const r of rows) {
      const ref: PublicationRef = { publisher: r.publisher, url: r.url, published: r.published, title: r.title };
      const list = out.get(r.document_id);
      if (list) list.push(ref);
      else out.set(r.document_id, [ref]);
    }
    return out;
  }

  async toStored(rows: StoredClaimRow[], merges?: Merges): Promise<StoredClaim[]> {
    const m = merges ?? (await this.merges());
    const pubs = await this.publicationsOf([...new Set(rows.map((r) => r.document_id))]);
    return rows.map((r) => toStoredClaim(r, m.canonical, pubs.get(r.document_id) ?? [], r.current === 1));
  }

  async queryClaims(filter: ClaimFilter = {}, page?: ClaimPageRequest): Promise<Page<StoredClaim>> {
    const { seqs, rows, nextCursor, merges } = await this.claimsPage(filter, page);
    return { rows: await this.toStored(rows ?? await this.rowsBySeq(seqs), merges), nextCursor };
  }

  /**
   * The page `queryClaims` returns, as the JSON text of a Page<StoredClaim>, spliced from the
   * stored claim JSON without parsing it: what the HTTP API sends, where parsing and
   * re-serializing each claim was most of the cost of a page.
   */
  async queryClaimsJson(filter: ClaimFilter = {}, page?: ClaimPageRequest): Promise<string> {
    const { seqs, rows, nextCursor, merges } = await this.claimsPage(filter, page);
    return `{"rows":[${await this.claimsJson(seqs, rows, merges)}],"nextCursor":${JSON.stringify(nextCursor)}}`;
  }

  /** These claims (their rows if already read) as StoredClaim JSON, comma-separated, in the order given. */
  private async claimsJson(seqs: number[], read: StoredClaimRow[] | null, merges: Merges): Promise<string> {
    if (seqs.length === 0) return '';
    // SQLite writes the page in one statement, publications included, where reading rows and
    // publications into objects and splicing them here cost more than finding the page. Merged
    // entities rename ids claim by claim: that stays here.
    if (this.adapter.engine === 'sqlite' && merges.none) return storedClaimsJsonSqlite(this.db, seqs);
    const rows = read ?? await this.rowsBySeq(seqs);
    const pubs = await this.publicationsOf([...new Set(rows.map((r) => r.document_id))]);
    return rows.map((r) => storedClaimJson(r, merges, pubs.get(r.document_id) ?? [])).join(',');
  }

  /** The stored claims with these seqs, in the order given. */
  private async rowsBySeq(seqs: number[]): Promise<StoredClaimRow[]> {
    if (seqs.length === 0) return [];
    const rows = await this.db.selectFrom('claims').select(STORED_CLAIM_COLUMNS).where('seq', 'in', seqs).execute();
    const bySeq = new Map(rows.map((r) => [Number(r.seq), r]));
    return seqs.map((seq) => bySeq.get(seq)!);
  }

  /**
   * Which claims make the page (their seqs, in page order) and the cursor of the next one. On
   * SQLite only keys are read here, mostly from indexes alone, and the page's claims after, by
   * seq. On PostgreSQL, where each statement is a round trip, a page in ingest order read by one
   * statement brings its rows along (`rows`).
   */
  private async claimsPage(filter: ClaimFilter, page?: ClaimPageRequest): Promise<{ seqs: number[]; rows: StoredClaimRow[] | null; nextCursor: string | null; merges: Merges }> {
    const limit = pageLimit(page);
    const sort = page?.sort ?? 'ingested';
    const merges = await this.merges();
    if (sort === 'ingested' || sort === '-ingested') {
      const desc = sort === '-ingested';
      // The default order keeps its cursor a bare seq, as before sorting existed.
      const afterSeq = desc ? (decodeCursor(page?.cursor, isSortCursor(sort))?.q ?? null)
        : decodeCursor(page?.cursor, (v): v is number => Number.isInteger(v));
      const { seqs, rows } = await this.inIngestOrder(filter, merges, afterSeq, desc, limit + 1);
      const more = seqs.length > limit;
      const pageSeqs = more ? seqs.slice(0, limit) : seqs;
      const last = pageSeqs.at(-1)!;
      const nextCursor = more ? encodeCursor(desc ? ({ s: sort, k: null, q: last } satisfies SortCursor) : last) : null;
      return { seqs: pageSeqs, rows: rows && (more ? rows.slice(0, limit) : rows), nextCursor, merges };
    }
    const after = decodeCursor(page?.cursor, isSortCursor(sort));
    const keys = await this.byKey(filter, merges, sort, after, limit + 1);
    const more = keys.length > limit;
    const pageKeys = more ? keys.slice(0, limit) : keys;
    const last = pageKeys.at(-1);
    const nextCursor = more && last ? encodeCursor({ s: sort, k: last.sort_key ?? null, q: last.seq } satisfies SortCursor) : null;
    return { seqs: pageKeys.map((k) => k.seq), rows: null, nextCursor, merges };
  }

  /**
   * Reads of one shape (one per branch of a split filter) as one statement, ordered by `key` (if
   * any) then seq and limited to `count`, where a statement per branch cost 32 of them for a
   * country sorted by figure. SQLite gets a plain UNION ALL, which it merges from each branch's
   * index order (MERGE (UNION ALL)) and stops after one page; a branch there wrapped with its own
   * LIMIT would be materialized. PostgreSQL plans a plain UNION ALL as one sort of every match (a
   * subject sorted by figure: 100 ms instead of 14), so each branch is limited first, in its
   * index order.
   */
  private merged<O>(reads: SelectQueryBuilder<Database, 'claims', O>[], key: RawBuilder<unknown> | null, dir: 'asc' | 'desc', count: number) {
    // One read orders by the key's expression, which its index serves; a compound select may
    // only name its output columns.
    const ordered = <T extends SelectQueryBuilder<Database, never, O>>(q: T, byName: boolean): T => {
      const byKey = key === null ? q : q.orderBy(byName ? sql.ref('sort_key') : key, dir);
      return byKey.orderBy(sql.ref('seq'), dir).limit(count) as T;
    };
    const [first, ...rest] = reads as [SelectQueryBuilder<Database, never, O>, ...SelectQueryBuilder<Database, never, O>[]];
    if (rest.length === 0) return ordered(first, false);
    if (this.adapter.engine === 'sqlite') return ordered(rest.reduce((all, read) => all.unionAll(read), first), true);
    const limited = reads.map((read) => this.db.selectFrom(ordered(read as SelectQueryBuilder<Database, never, O>, false).as('branch')).selectAll() as unknown as SelectQueryBuilder<Database, never, O>);
    return ordered(limited.slice(1).reduce((all, read) => all.unionAll(read), limited[0]!), true);
  }

  /**
   * `merged` over the reads `read` makes of each branch of a split filter (subjectBranches,
   * groupBranches), which differ only in group and metric. On SQLite one read is built and
   * compiled, with stand-ins for those two values, and its SQL repeated once per branch with that
   * branch's values: building and compiling up to 32 reads through Kysely cost more CPU than
   * SQLite spent running them (a country sorted by day, one-claim page: 0.90-1.05 -> 0.63-0.77
   * ms of CPU). The statement is the one `merged` writes: the same rows in the same order.
   */
  private async mergedBranches<O>(branches: ClaimFilter[], read: (branch: ClaimFilter) => SelectQueryBuilder<Database, 'claims', O>, key: RawBuilder<unknown> | null, dir: 'asc' | 'desc', count: number): Promise<O[]> {
    const [first] = branches;
    if (this.adapter.engine !== 'sqlite' || branches.length < 2 || !first) return this.merged(branches.map(read), key, dir, count).execute();
    const group = '\u0000group' as Group;
    const metric = '\u0000metric' as Metric;
    const template = read({ ...first, group, ...(first.metric !== undefined ? { metric } : {}) }).compile();
    const at = (value: string) => template.parameters.flatMap((p, i) => (p === value ? [i] : []));
    const groupAt = at(group);
    const metricAt = at(metric);
    // Each stand-in once (the metric's only where branches name one): anything else, build each read.
    if (groupAt.length !== 1 || metricAt.length !== (first.metric !== undefined ? 1 : 0)) return this.merged(branches.map(read), key, dir, count).execute();
    const parameters: unknown[] = [];
    for (const branch of branches) {
      const values = [...template.parameters];
      values[groupAt[0]!] = branch.group;
      if (metricAt.length === 1) values[metricAt[0]!] = branch.metric;
      parameters.push(...values);
    }
    const order = `${key === null ? '' : `"sort_key" ${dir}, `}"seq" ${dir}`;
    const text = `${branches.map(() => template.sql).join(' union all ')} order by ${order} limit ?`;
    return (await this.db.executeQuery<O>(CompiledQuery.raw(text, [...parameters, count]))).rows;
  }

  /**
   * Seqs of the claims in seq order (either way) after `afterSeq`, at most `count`; on
   * PostgreSQL, when one statement found them, their rows too (see claimsPage).
   */
  private async inIngestOrder(filter: ClaimFilter, merges: Merges, afterSeq: number | null, desc: boolean, count: number): Promise<{ seqs: number[]; rows: StoredClaimRow[] | null }> {
    const dir = desc ? 'desc' : 'asc';
    const past = desc ? '<' : '>';
    const text = await this.textCondition(filter.text);
    const withRows = this.adapter.engine !== 'sqlite';
    // What a read selects: the page's rows where they come along, else the seq alone (the rows are
    // typed whole either way; only their seq is read then).
    const columns: ClaimColumn[] = withRows ? STORED_CLAIM_COLUMNS.map((c): ClaimColumn => `claims.${c}`) : ['claims.seq'];
    const found = (rows: StoredClaimRow[]) => ({ seqs: rows.map((r) => Number(r.seq)), rows: withRows ? rows : null });
    // An origin is a link of the chain too: without a source filter, the origin's entries of
    // claim_sources lead the walk (the origin condition then keeps the claims it ends).
    const via = filter.source ?? filter.origin;
    if (via) {
      // Walk the source's entries of claim_sources in claim order and stop after one page, instead
      // of walking all claims and probing each: as fast for a rare source as for a common one.
      const rest = { ...filter, source: undefined };
      const walk = (from: number | null) => this.db.selectFrom('claim_sources').innerJoin('claims', 'claims.seq', 'claim_sources.claim_seq')
        .select(columns)
        .where('claim_sources.entity_id', 'in', merges.members(via))
        .where((eb) => eb.and([
          ...this.conditions(eb as unknown as ExpressionBuilder<Database, 'claims'>, rest, merges, text),
          ...(from !== null ? [eb('claim_sources.claim_seq', past, from)] : []),
        ]))
        .orderBy('claim_sources.claim_seq', dir).limit(count).execute();
      // The same entity twice in one chain (speaker and origin) lists the claim twice: keep it
      // once, and read on when that left the page short.
      const bySeq = new Map<number, StoredClaimRow>();
      for (let from = afterSeq; ;) {
        const joined = await walk(from);
        for (const r of joined) if (!bySeq.has(Number(r.seq))) bySeq.set(Number(r.seq), r);
        if (joined.length < count || bySeq.size >= count) break;
        from = Number(joined.at(-1)!.seq);
      }
      return found([...bySeq.values()].slice(0, count));
    }
    if (text) {
      // Walk the text index's matches in rowid (= seq) order and stop after one page: as fast
      // for a needle in every claim as for a rare one, where a materialized match list is not.
      const rest = { ...filter, text: undefined };
      const rows = await this.db.withTables<TextIndexTable>().selectFrom('claims_text').innerJoin('claims', 'claims.seq', 'claims_text.rowid')
        .select(columns)
        .where(sql<SqlBool>`claims_text match ${ftsPhrase(text.fts)}`)
        .where((eb) => eb.and([
          ...this.conditions(eb as unknown as ExpressionBuilder<Database, 'claims'>, rest, merges),
          ...(afterSeq !== null ? [eb('claims_text.rowid', past, afterSeq)] : []),
        ]))
        .orderBy('claims_text.rowid', dir).limit(count).execute();
      return found(rows);
    }
    // A country without group: one seq-ordered range of (country, group[, metric], seq) per
    // group, merged into one statement (see merged), their keys only.
    const branches = groupBranches(filter);
    const rows = await this.mergedBranches(branches, (branch) => this.db.selectFrom('claims').select(branches.length === 1 ? columns : ['claims.seq'])
      .where((eb) => eb.and([...this.conditions(eb, branch, merges, text, true), ...(afterSeq !== null ? [eb('seq', past, afterSeq)] : [])])), null, dir, count);
    return branches.length === 1 ? found(rows) : { seqs: rows.map((r) => Number(r.seq)), rows: null };
  }

  /**
   * Claims ordered by a key (day or figure) then seq, after the cursor, at most `count`: their
   * seqs and keys. Claims with the key come first, then those without it in seq order: two range
   * reads of the (key, seq) indexes (migrations 0004, 0005), which both engines serve the same
   * way, where NULLS LAST would be sorted in memory by SQLite. A filter split into several reads
   * (see subjectBranches) is one statement that merges them.
   */
  private async byKey(filter: ClaimFilter, merges: Merges, sort: ClaimSort, after: SortCursor | null, count: number): Promise<SortKey[]> {
    const desc = sort.startsWith('-');
    const dir = desc ? 'desc' : 'asc';
    const past = desc ? '<' : '>';
    const text = await this.sortedTextCondition(filter.text);
    const key = sort.endsWith('asOf') ? sql.ref('as_of') : sql.raw(FIGURE_SQL);
    const branches = subjectBranches(filter);
    const base = () => this.db.selectFrom('claims').select(['seq', sql<string | number | null>`${key}`.as('sort_key')]);
    const keys: SortKey[] = [];
    if (after === null || after.k !== null) {
      keys.push(...await this.mergedBranches(branches, (branch) => base().where((eb) => eb.and([
        ...this.conditions(eb, branch, merges, text),
        sql<SqlBool>`${key} is not null`,
        ...(after ? [sql<SqlBool>`(${key}, seq) ${sql.raw(past)} (${after.k}, ${after.q})`] : []),
      ])), sql`${key}`, dir, count));
    }
    if (keys.length < count) {
      const afterSeq = after !== null && after.k === null ? after.q : null;
      keys.push(...await this.mergedBranches(branches, (branch) => base().where((eb) => eb.and([
        ...this.conditions(eb, branch, merges, text),
        sql<SqlBool>`${key} is null`,
        ...(afterSeq !== null ? [eb('seq', past, afterSeq)] : []),
      ])), null, dir, count - keys.length));
    }
    return keys.map((k) => ({ seq: Number(k.seq), sort_key: k.sort_key }));
  }

  /**
   * The text filter of a sorted page. A needle with few matches goes through the text index
   * (its matches are read, then ordered); one found in many claims is checked with LIKE on each
   * claim as the sort index is walked, which soon finds a page, where ordering every match
   * would take seconds (one in every claim: a million).
   */
  private async sortedTextCondition(needle: string | undefined): Promise<TextCondition | undefined> {
    const text = await this.textCondition(needle);
    if (!text) return undefined;
    const probe = await sql<{ n: number }>`select count(*) as n from (select rowid from claims_text where claims_text match ${ftsPhrase(text.fts)} limit ${FEW_MATCHES + 1})`.execute(this.db);
    return Number(probe.rows[0]?.n ?? 0) <= FEW_MATCHES ? text : undefined;
  }

  /**
   * How the text filter runs: through the trigram index (SQLite FTS5 table claims_text,
   * migration 0004) for needles of 3 characters or more, which the index can answer; otherwise
   * by LIKE/ILIKE, which PostgreSQL's trigram GIN indexes serve by themselves.
   */
  private async textCondition(needle: string | undefined): Promise<TextCondition | undefined> {
    if (needle === undefined) return undefined;
    if (this.adapter.engine === 'sqlite' && [...needle].length >= 3 && (await this.hasTextIndex())) return { fts: needle };
    return undefined;
  }

  private textIndex: Promise<boolean> | undefined;

  /** A ledger opened without migrating (`tally migrate` itself) may predate the index. */
  private hasTextIndex(): Promise<boolean> {
    this.textIndex ??= sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'claims_text'`.execute(this.db)
      .then((r) => Number(r.rows[0]?.n ?? 0) > 0);
    return this.textIndex;
  }

  /**
   * See Ledger.changeMark. SQLite: data_version moves when another connection commits (another
   * process, the series worker, the token table), total_changes when this one writes. PostgreSQL:
   * the WAL insert position, which every commit moves (writes elsewhere in the cluster move it
   * too: a few more misses); a standby, where it cannot be read, keeps nothing.
   */
  async changeMark(): Promise<string | null> {
    if (this.adapter.engine === 'sqlite') {
      const { rows } = await sql<{ mark: string }>`select data_version || ':' || total_changes() as mark from pragma_data_version()`.execute(this.db);
      return rows[0]?.mark ?? null;
    }
    try {
      const { rows } = await sql<{ mark: string }>`select pg_current_wal_insert_lsn()::text as mark`.execute(this.db);
      return rows[0]?.mark ?? null;
    } catch {
      return null;
    }
  }

  async countClaims(filter: ClaimFilter = {}): Promise<number> {
    const merges = await this.merges();
    const text = await this.textCondition(filter.text);
    const r = await this.db.selectFrom('claims').select((eb) => eb.fn.countAll().as('n'))
      .where((eb) => eb.and(this.conditions(eb, filter, merges, text))).executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  /** By full id, or by a unique prefix of at least 6 characters (what people copy from a table). */
  async claimRow(id: string): Promise<Selectable<ClaimsTable> | null> {
    const exact = await this.db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst();
    if (exact) return exact;
    if (!/^[0-9a-f]{6,15}$/.test(id)) return null;
    const found = await this.db.selectFrom('claims').selectAll().where('id', '>=', id).where('id', '<', `${id}g`).limit(2).execute();
    if (found.length > 1) throw new UsageError(`claim id prefix ${id} is ambiguous`, undefined, 'give more characters');
    return found[0] ?? null;
  }

  async getClaim(id: string): Promise<ClaimDetail | null> {
    const row = await this.claimRow(id);
    if (!row) return null;
    const [stored] = await this.toStored([row]);
    const doc = await this.db.selectFrom('documents').select(['id', 'title', 'text', 'superseded_by'])
      .where('id', '=', row.document_id).executeTakeFirstOrThrow();
    const reviews = await this.db.selectFrom('reviews').selectAll()
      .where('document_id', '=', row.document_id).where('claim_key', '=', row.key).orderBy('id').execute();
    return {
      ...(stored as StoredClaim),
      extracted: row.extracted ? (JSON.parse(row.extracted) as Claim) : null,
      reviews: reviews.map((r): ReviewRecord => ({
        id: Number(r.id), claimId: r.claim_id, claimKey: r.claim_key, documentId: r.document_id,
        action: r.action as ReviewRecord['action'], reason: r.reason, changes: r.changes ? JSON.parse(r.changes) : null, who: r.who, at: r.at,
      })),
      document: { id: doc.id, title: doc.title, text: doc.text, supersededBy: doc.superseded_by },
    };
  }

  private async summaries(docs: { id: string; title: string | null; supersedes: string | null; superseded_by: string | null; ingested_at: string }[]): Promise<DocumentSummary[]> {
    const ids = docs.map((d) => d.id);
    if (ids.length === 0) return [];
    const pubs = await this.db.selectFrom('publications').select(['document_id', 'publisher', 'published'])
      .where('document_id', 'in', ids).orderBy('published').execute();
    const counts = await this.db.selectFrom('claims').select((eb) => ['document_id', eb.fn.countAll().as('n')])
      .where('document_id', 'in', ids).groupBy('document_id').execute();
    const countOf = new Map(counts.map((c) => [c.document_id, Number(c.n)]));
    return docs.map((d) => {
      const mine = pubs.filter((p) => p.document_id === d.id);
      const dates = mine.map((p) => p.published).filter((p): p is string => p !== null).sort();
      return {
        id: d.id, title: d.title, published: dates[0] ?? null,
        publishers: [...new Set(mine.map((p) => p.publisher).filter((p): p is string => p !== null))],
        claimCount: countOf.get(d.id) ?? 0, supersedes: d.supersedes, supersededBy: d.superseded_by, ingestedAt: d.ingested_at,
      };
    });
  }

  async getDocument(id: string): Promise<DocumentDetail | null> {
    const doc = await this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!doc) return null;
    const [summary] = await this.summaries([doc]);
    const publications = await this.db.selectFrom('publications').selectAll().where('document_id', '=', id).orderBy('published').orderBy('id').execute();
    const claimRows = await this.db.selectFrom('claims').selectAll().where('document_id', '=', id).orderBy('seq').execute();
    return { ...(summary as DocumentSummary), text: doc.text, publications: publications.map(toPublication), claims: await this.toStored(claimRows) };
  }

  async listDocuments(page?: PageRequest): Promise<Page<DocumentSummary>> {
    const limit = pageLimit(page);
    const after = decodeCursor(page?.cursor, (v): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string'));
    let q = this.db.selectFrom('documents').select(['id', 'title', 'supersedes', 'superseded_by', 'ingested_at']);
    if (after) q = q.where((eb) => eb.or([eb('ingested_at', '>', after[0]), eb.and([eb('ingested_at', '=', after[0]), eb('id', '>', after[1])])]));
    const rows = await q.orderBy('ingested_at').orderBy('id').limit(limit + 1).execute();
    const more = rows.length > limit;
    const pageRows = more ? rows.slice(0, limit) : rows;
    const last = pageRows.at(-1);
    return { rows: await this.summaries(pageRows), nextCursor: more && last ? encodeCursor([last.ingested_at, last.id]) : null };
  }

  async listSources(): Promise<SourceEntity[]> {
    const merges = await this.merges();
    const sources = await this.db.selectFrom('sources').selectAll().orderBy('id').execute();
    const aliases = await this.db.selectFrom('source_aliases').selectAll().orderBy('alias').execute();
    const counts = await this.db.selectFrom('claim_sources').select((eb) => ['entity_id', eb.fn.count('claim_seq').distinct().as('n')])
      .groupBy('entity_id').execute();
    const out = new Map<string, SourceEntity>();
    for (const s of sources) {
      if (merges.canonical(s.id) !== s.id) continue;
      out.set(s.id, { id: s.id, name: s.name, kind: s.kind as SourceKind, country: s.country, aliases: [], claimCount: 0, mergedInto: null });
    }
    for (const a of aliases) {
      const entity = out.get(merges.canonical(a.entity_id));
      if (entity && !entity.aliases.includes(a.alias)) entity.aliases.push(a.alias);
    }
    for (const c of counts) {
      const entity = out.get(merges.canonical(c.entity_id));
      if (entity) entity.claimCount += Number(c.n);
    }
    return [...out.values()];
  }

  async listSubjects(): Promise<SubjectSummary[]> {
    const rows = await this.db.selectFrom('claims').select((eb) => ['subject_country', 'subject_group', eb.fn.countAll().as('n')])
      .where('current', '=', 1).groupBy(['subject_country', 'subject_group']).execute();
    return rows
      .map((r) => ({ key: subjectKey(r.subject_country, r.subject_group), country: r.subject_country, group: r.subject_group as Group, claimCount: Number(r.n) }))
      .sort((a, b) => b.claimCount - a.claimCount || a.key.localeCompare(b.key));
  }
}
