/**
 * Claims as StoredClaim JSON, written by SQLite in one statement: the stored claim JSON with the
 * identity fields and the document's publications appended, in the order of the seqs given.
 * What the claims API sends for a page; reading each claim and its publications into objects and
 * splicing them in JavaScript cost more than finding the page (read.ts keeps that path for
 * PostgreSQL and for merged entities). SQLite's JSON quoting matches JSON.stringify (checked for
 * every character of the Basic Multilingual Plane and beyond in claims-json.test.ts), so the
 * text is the same as `storedClaimJson` in read.ts writes.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * The statement: the page's seqs as a JSON array in, the claims' JSON out. Each claim is the claim
 * JSON minus its closing brace, then the fields a stored claim adds, in StoredClaim's order; its
 * publications come from the index publications_document_shown alone (migration 0008).
 */
export const CLAIMS_JSON_STATEMENT = `select group_concat(
  substr(c.data, 1, length(c.data) - 1)
  || ',"id":' || json_quote(c.id)
  || ',"documentId":' || json_quote(c.document_id)
  || ',"sourceIds":' || c.source_ids
  || ',"originId":' || json_quote(c.origin_id)
  || ',"status":' || json_quote(c.status)
  || ',"publications":' || (
    select json_group_array(json_object('publisher', p.publisher, 'url', p.url, 'published', p.published, 'title', p.title) order by p.published, p.id)
    from publications p where p.document_id = c.document_id)
  || ',"current":' || iif(c.current = 1, 'true', 'false')
  || ',"extractorVersion":' || json_quote(c.extractor_version)
  || '}', ',' order by page.key) as json
from json_each(?) page join claims c on c.seq = page.value`;

/**
 * The claims with these seqs as comma-separated StoredClaim JSON, in the order given ('' for
 * none). Through Kysely, so it waits its turn behind a write transaction on the same connection
 * instead of reading it half done.
 */
export async function storedClaimsJsonSqlite(db: Kysely<Database>, seqs: readonly number[]): Promise<string> {
  const { rows } = await db.executeQuery<{ json: string | null }>(CompiledQuery.raw(CLAIMS_JSON_STATEMENT, [JSON.stringify(seqs)]));
  return rows[0]?.json ?? '';
}
