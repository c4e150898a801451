/**
 * The read path: claims by filter with keyset paging, claims and documents by id, sources and
 * subjects. Entity merges (from `tally sources merge` and the user's id aliases) apply here, on
 * read, so that a merge is one row and can never half-rewrite history.
 */
import type { Expression, ExpressionBuilder, Kysely, Selectable, SqlBool } from 'kysely';
import { GROUPS, type Claim, type Group, type SourceKind } from '../core/claim.ts';
import { UsageError } from '../core/errors.ts';
import type { EngineAdapter } from './adapter.ts';
import type { SourceResolver } from './entities.ts';
import { subjectKey } from './ids.ts';
import { STORED_CLAIM_COLUMNS, toPublication, toPublicationRef, toStoredClaim, type Canonical, type StoredClaimRow } from './rows.ts';
import type { ClaimsTable, Database } from './schema.ts';
import type {
  ClaimDetail, ClaimFilter, DocumentDetail, DocumentSummary, Page, PageRequest, PublicationRef,
  ReviewRecord, SourceEntity, StoredClaim, SubjectSummary,
} from './types.ts';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 10_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface Merges {
  canonical: Canonical;
  /** Every stored id that now belongs to the same entity as `id` (itself included). */
  members(id: string): string[];
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

export class Reader {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: EngineAdapter,
    private readonly resolver: SourceResolver,
  ) {}

  async merges(): Promise<Merges> {
    const rows = await this.db.selectFrom('sources').select(['id', 'merged_into']).where('merged_into', 'is not', null).execute();
    const next = new Map<string, string>(this.resolver.idMerges());
    for (const r of rows) next.set(r.id, r.merged_into as string);
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
      members(id) {
        const target = canonical(id);
        return [...new Set([id, target, ...[...next.keys()].filter((k) => canonical(k) === target)])];
      },
    };
  }

  private conditions(eb: ExpressionBuilder<Database, 'claims'>, f: ClaimFilter, merges: Merges): Expression<SqlBool>[] {
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
    if (f.since) conds.push(eb('as_of', '>=', f.since));
    if (f.until) conds.push(eb('as_of', '<=', f.until));
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
    if (f.text) {
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
    const rows = await this.db.selectFrom('publications').selectAll().where('document_id', 'in', documentIds)
      .orderBy('published').orderBy('id').execute();
    for (const r of rows) out.set(r.document_id, [...(out.get(r.document_id) ?? []), toPublicationRef(r)]);
    return out;
  }

  async toStored(rows: StoredClaimRow[], merges?: Merges): Promise<StoredClaim[]> {
    const m = merges ?? (await this.merges());
    const pubs = await this.publicationsOf([...new Set(rows.map((r) => r.document_id))]);
    return rows.map((r) => toStoredClaim(r, m.canonical, pubs.get(r.document_id) ?? [], r.current === 1));
  }

  async queryClaims(filter: ClaimFilter = {}, page?: PageRequest): Promise<Page<StoredClaim>> {
    const limit = pageLimit(page);
    const after = decodeCursor(page?.cursor, (v): v is number => Number.isInteger(v));
    const merges = await this.merges();
    let rows: StoredClaimRow[];
    if (filter.source) {
      // Walk the source's entries of claim_sources in claim order and stop after one page, instead
      // of walking all claims and probing each: as fast for a rare source as for a common one.
      const rest = { ...filter, source: undefined };
      const joined = await this.db.selectFrom('claim_sources').innerJoin('claims', 'claims.seq', 'claim_sources.claim_seq')
        .select(STORED_CLAIM_COLUMNS.map((c) => `claims.${c}` as const))
        .where('claim_sources.entity_id', 'in', merges.members(filter.source))
        .where((eb) => eb.and([
          ...this.conditions(eb as unknown as ExpressionBuilder<Database, 'claims'>, rest, merges),
          ...(after !== null ? [eb('claim_sources.claim_seq', '>', after)] : []),
        ]))
        .orderBy('claim_sources.claim_seq').limit(limit + 1).execute();
      // The same entity twice in one chain (speaker and origin) would list the claim twice.
      const seen = new Set<number>();
      rows = joined.filter((r) => !seen.has(Number(r.seq)) && seen.add(Number(r.seq)));
      if (joined.length > limit && rows.length <= limit) rows.push(rows.at(-1)!); // keep "there is more"
    } else {
      rows = await this.db.selectFrom('claims').select(STORED_CLAIM_COLUMNS)
        .where((eb) => eb.and([...this.conditions(eb, filter, merges), ...(after !== null ? [eb('seq', '>', after)] : [])]))
        .orderBy('seq').limit(limit + 1).execute();
    }
    const more = rows.length > limit;
    const pageRows = more ? rows.slice(0, limit) : rows;
    return { rows: await this.toStored(pageRows, merges), nextCursor: more ? encodeCursor(Number(pageRows.at(-1)!.seq)) : null };
  }

  async countClaims(filter: ClaimFilter = {}): Promise<number> {
    const merges = await this.merges();
    const r = await this.db.selectFrom('claims').select((eb) => eb.fn.countAll().as('n'))
      .where((eb) => eb.and(this.conditions(eb, filter, merges))).executeTakeFirst();
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
