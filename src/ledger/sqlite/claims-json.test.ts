/**
 * The claims JSON SQLite writes (claims-json.ts) against the JSON of the same claims read as
 * objects: the quoting of every character, publications in their order, merged entities.
 */
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import type { Article } from '../../core/article.ts';
import type { Claim, Extraction } from '../../core/claim.ts';
import { openLedger, type Ledger } from '../ledger.ts';

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
