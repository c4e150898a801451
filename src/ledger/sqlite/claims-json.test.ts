/**
 * The claims JSON SQLite writes (claims-json.ts) against the JSON of the same claims read as
 * objects: the quoting of every character, publications in their order, merged entities; and
 * the index each publications lookup is planned on.
 */
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Article } from '../../core/article.ts';
import type { Claim, Extraction } from '../../core/claim.ts';
import { openLedger, type Ledger } from '../ledger.ts';
import { CLAIMS_JSON_STATEMENT } from './claims-json.ts';

describe('SQLite JSON quoting', () => {
  test('json_quote and json_object write every character as JSON.stringify does', () => {
    const db = new BetterSqlite3(':memory:');
    const quote = db.prepare('select json_quote(value) as q, json_object(\'k\', value) as o from json_each(?)');
    const texts: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c >= 0xe000) texts.push(`a${String.fromCharCode(c)}b`);
    texts.push('😀 \u{1F1FA}\u{1F1E6}', '\\"\'', '', '</script>');
    const rows = quote.all(JSON.stringify(texts)) as { q: string; o: string }[];
    const mismatches = texts.filter((t, i) => rows[i]!.q !== JSON.stringify(t) || rows[i]!.o !== JSON.stringify({ k: t }));
    expect(mismatches).toEqual([]);
    db.close();
  });
});

describe('claims pages as JSON on SQLite', () => {
  let ledger: Ledger | undefined;
  afterEach(async () => {
    await ledger?.close();
  });

  const hostile = 'Quote " backslash \\ tab \t newline \n bell \u0007 del \u007f line sep \u2028 emoji 😀 <script>';
  const text = `Officials said 12 people were killed in the ${hostile} district.\n\nAnother 3 were wounded, medics said.`;
  const claimOf = (sentence: string, overrides: Partial<Claim>): Claim => {
    const start = text.indexOf(sentence);
    return {
      metric: 'killed', min: 12, max: 12, approximate: false, subject: { text: 'people', country: 'SD', group: 'people' },
      source: [{ name: 'Officials', country: 'SD', kind: 'official' }, { name: `Medics ${hostile}`, country: null, kind: 'other' }],
      asOf: '2025-02-01', hedged: false, location: hostile, section: 'body',
      evidence: { start, end: start + sentence.length, text: sentence }, rule: 'test', ...overrides,
    };
  };
  const article = (publisher: string, published: string | undefined, url: string): Article => ({ title: `Title ${hostile}`, publisher, ...(published ? { published } : {}), url, text });
  const extraction = (a: Article): Extraction => ({
    id: null, document: { title: a.title ?? null, publisher: a.publisher ?? null, published: a.published ?? null, url: a.url ?? null },
    claims: [
      claimOf(text.split('\n\n')[0]!, {}),
      claimOf(text.split('\n\n')[1]!, { metric: 'wounded', min: 3, max: 3, asOf: null, location: null }),
    ],
  });

  test('a page is the JSON of its claims read as objects, publications in date order, merged entities renamed', async () => {
    ledger = await openLedger(':memory:');
    // One text carried by three publications, published out of order and one undated.
    for (const a of [article(`Wire ${hostile}`, '2025-02-03', 'https://a.example/1'), article('Daily', '2025-02-01', 'https://b.example/2'), article('Undated', undefined, 'https://c.example/3')]) {
      await ledger.ingest(a, extraction(a));
    }
    const pageOf = async (sort: 'ingested' | '-figure') => {
      const json = await ledger!.queryClaimsJson({}, { limit: 10, sort });
      const objects = await ledger!.queryClaims({}, { limit: 10, sort });
      return { json, objects };
    };
    const plain = await pageOf('-figure');
    expect(plain.objects.rows).toHaveLength(2);
    expect(plain.objects.rows[0]!.publications.map((p) => p.published)).toEqual([null, '2025-02-01', '2025-02-03']);
    expect(plain.json).toBe(JSON.stringify(plain.objects));

    // With a merge, ids are renamed claim by claim (the path read.ts keeps for it).
    const [speaker, medics] = plain.objects.rows[0]!.sourceIds;
    await ledger.mergeSources(medics!, speaker!);
    const merged = await pageOf('ingested');
    expect(merged.objects.rows[0]!.sourceIds).toEqual([speaker, speaker]);
    expect(merged.json).toBe(JSON.stringify(merged.objects));
  });
});

describe('publications lookups on SQLite', () => {
  /** How SQLite plans `statement` (EXPLAIN QUERY PLAN details, one line each). */
  const planOf = (db: BetterSqlite3.Database, statement: string, ...params: unknown[]) =>
    (db.prepare(`explain query plan ${statement}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');

  // None (a ledger migrated empty, never analyzed); analyzed; or analyzed before migration 0008
  // (a ledger migrated with claims, where 0004 analyzed), then migrated with its publications.
  test.each([['no statistics'], ['analyzed'], ['statistics older than the index']])('with %s, a page reads publications from their covering index, a count from the narrow one', async (stats) => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-pubs-'));
    try {
      const file = join(dir, 'ledger.db');
      const ledger = await openLedger(file);
      const text = 'Officials said 12 people were killed on Monday.';
      for (let i = 0; i < 20; i++) {
        const a: Article = { title: `T${i}`, publisher: 'Wire', published: '2025-02-01', url: `https://a.example/${i}`, text: `${text} (${i})` };
        await ledger.ingest(a, {
          id: null, document: { title: a.title ?? null, publisher: 'Wire', published: '2025-02-01', url: a.url ?? null },
          claims: [{
            metric: 'killed', min: 12, max: 12, approximate: false, subject: { text: 'people', country: 'SD', group: 'people' }, source: [],
            asOf: '2025-02-01', hedged: false, location: null, section: 'body', evidence: { start: 0, end: text.length, text }, rule: 'test',
          }],
        });
      }
      await ledger.close();
      if (stats === 'statistics older than the index') {
        const before = new BetterSqlite3(file);
        before.exec(`drop index publications_document_shown; delete from tally_migrations where name = '0008-publications-by-document-covering'; analyze`);
        before.close();
        await (await openLedger(file)).close();
      }
      const db = new BetterSqlite3(file);
      if (stats === 'analyzed') db.exec('analyze');
      else db.exec('drop table if exists sqlite_stat1');
      const page = planOf(db, CLAIMS_JSON_STATEMENT, '[1,2,3]');
      expect(page).toMatch(/SEARCH p USING COVERING INDEX publications_document_shown \(document_id=\?\)/);
      const count = planOf(db, 'select count(*) from publications p where p.document_id = ?', 'x');
      expect(count).toMatch(/USING COVERING INDEX publications_document \(document_id=\?\)/);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
