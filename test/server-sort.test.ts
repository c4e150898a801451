/**
 * Server-side sorting of the claims list (`sort=`), on SQLite and PostgreSQL: every order, walked
 * page by page with the cursor, matches the order computed here from the claims themselves
 * (claims without the key last, ties in ingest order), with filters and text search; and the
 * page JSON the ledger splices together equals the claims `queryClaims` returns.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../src/core/article.ts';
import type { Claim, Extraction } from '../src/core/claim.ts';
import { CLAIM_SORTS, type ClaimFilter, type ClaimSort, type StoredClaim } from '../src/ledger/types.ts';
import { pageOf, StoredClaimSchema } from '../src/server/api-schemas.ts';
import { buildServer } from '../src/server/app.ts';
import { createIngestor } from '../src/server/ingestor.ts';
import { testEngines, type Stores } from './server-support/engines.ts';
import { seedExtract, seedLedger } from './server-support/seed.ts';

/** Claims the seed lacks: no day, only an upper bound, no figure at all, and a tie on day and figure. */
const EXTRA_TEXT = [
  'Up to 50 fighters were killed in the Kursk clashes, a monitor said.',
  'Several soldiers went missing near the border, Seoul officials said.',
  'About 300 soldiers were killed in Kursk, a second agency said on Monday.',
].join('\n\n');

function extraExtraction(article: Article & { text: string }): Extraction {
  const sentences = EXTRA_TEXT.split('\n\n');
  const claim = (i: number, fields: Partial<Claim>): Claim => {
    const text = sentences[i]!;
    const start = article.text.indexOf(text);
    return {
      metric: 'killed', min: null, max: null, approximate: false, subject: { text: 'soldiers', country: 'KP', group: 'military' },
      source: [], asOf: null, hedged: false, location: null, section: 'body', evidence: { start, end: start + text.length, text }, rule: 'test/sort',
      ...fields,
    };
  };
  return {
    id: article.id ?? null, document: { title: article.title ?? null, publisher: null, published: null },
    claims: [
      claim(0, { max: 50, asOf: null }),
      claim(1, { metric: 'missing', asOf: '2025-02-01' }),
      claim(2, { min: 300, max: 300, approximate: true, asOf: '2025-01-13', location: 'Kursk' }),
    ],
  };
}

/** The order `sort` must give, from the claims in ingest order. */
function expectedOrder(claims: StoredClaim[], sort: ClaimSort): string[] {
  const desc = sort.startsWith('-');
  const key = (c: StoredClaim) => (sort.endsWith('asOf') ? c.asOf : sort.endsWith('figure') ? (c.min ?? c.max) : null);
  const indexed = claims.map((c, seq) => ({ c, seq, k: key(c) }));
  indexed.sort((a, b) => {
    if (sort.endsWith('ingested')) return (a.seq - b.seq) * (desc ? -1 : 1);
    if ((a.k === null) !== (b.k === null)) return a.k === null ? 1 : -1;
    const byKey = a.k === null || b.k === null || a.k === b.k ? 0 : a.k < b.k ? -1 : 1;
    return (byKey || a.seq - b.seq) * (desc ? -1 : 1);
  });
  return indexed.map((x) => x.c.id);
}

describe.each(await testEngines('server-sort'))('claims sorting on $name', (engine) => {
  let stores: Stores;
  let app: FastifyInstance;
  let all: StoredClaim[];

  beforeAll(async () => {
    stores = await engine.open();
    await seedLedger(stores.ledger);
    const article = { id: 'extra', title: 'Extra', text: EXTRA_TEXT, url: 'https://extra.example/1', language: 'en' } as Article & { text: string };
    await stores.ledger.ingest(article, extraExtraction(article), { origin: 'test:extra' });
    app = await buildServer({ ledger: stores.ledger, tokens: stores.tokens, ingestor: createIngestor(stores.ledger, seedExtract) });
    all = (await stores.ledger.queryClaims({}, { limit: 1000 })).rows;
  });
  afterAll(async () => {
    await app?.close();
    await stores?.close();
  });

  /** Every claim of `query` in `sort` order, two a page, following nextCursor. */
  async function walk(query: string, sort: ClaimSort): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const res = await app.inject({ method: 'GET', url: `/api/v1/claims?limit=2&sort=${sort}&${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}` });
      expect(res.statusCode, res.body).toBe(200);
      const page = pageOf(StoredClaimSchema).parse(res.json());
      ids.push(...page.rows.map((c) => c.id));
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    return ids;
  }

  test('the extra claims lack a day or a figure, so nulls are exercised', () => {
    expect(all.some((c) => c.asOf === null)).toBe(true);
    expect(all.some((c) => c.min === null && c.max === null)).toBe(true);
    expect(all.some((c) => c.min === null && c.max !== null)).toBe(true);
  });

  test.each(CLAIM_SORTS.map((s) => [s]))('sort=%s pages through every claim in order, once each', async (sort) => {
    const ids = await walk('', sort);
    expect(ids).toEqual(expectedOrder(all, sort));
  });

  const filters: [string, (c: StoredClaim) => boolean][] = [
    ['subject=KP/military&metric=killed', (c) => c.subject.country === 'KP' && c.subject.group === 'military' && c.metric === 'killed'],
    ['country=KP', (c) => c.subject.country === 'KP'],
    ['text=kursk', (c) => `${c.evidence.text}\n${c.location ?? ''}`.toLowerCase().includes('kursk')],
    ['text=said&since=2025-02-01', (c) => c.evidence.text.includes('said') && c.asOf !== null && c.asOf >= '2025-02-01'],
    ['source=kr-nis', (c) => c.sourceIds.includes('kr-nis')],
    ['origin=kr-nis', (c) => c.originId === 'kr-nis'],
    ['country=KP&metric=killed', (c) => c.subject.country === 'KP' && c.metric === 'killed'],
    // A country alone is read as one range per group (in ingest order) or per group x metric
    // (sorted), merged into one statement: with each other filter it must carry along.
    ['country=KP&since=2025-01-01', (c) => c.subject.country === 'KP' && c.asOf !== null && c.asOf >= '2025-01-01'],
    ['country=KP&until=2025-01-31', (c) => c.subject.country === 'KP' && c.asOf !== null && c.asOf <= '2025-01-31'],
    ['country=KP&text=said', (c) => c.subject.country === 'KP' && `${c.evidence.text}\n${c.location ?? ''}`.toLowerCase().includes('said')],
    ['country=KP&hedged=false', (c) => c.subject.country === 'KP' && !c.hedged],
    ['country=KP&group=military', (c) => c.subject.country === 'KP' && c.subject.group === 'military'],
  ];
  test.each(filters.flatMap(([q, keep]) => (['ingested', '-ingested', 'asOf', '-figure'] as const).map((s) => [q, s, keep] as const)))(
    '%s with sort=%s', async (query, sort, keep) => {
      const expected = expectedOrder(all.filter(keep), sort);
      expect(expected.length).toBeGreaterThan(0);
      expect(await walk(query, sort)).toEqual(expected);
    });

  test('a cursor continues only the order it was made for', async () => {
    const first = (await app.inject({ method: 'GET', url: '/api/v1/claims?limit=2&sort=asOf' })).json();
    const other = await app.inject({ method: 'GET', url: `/api/v1/claims?limit=2&sort=-figure&cursor=${encodeURIComponent(first.nextCursor)}` });
    expect(other.statusCode).toBe(400);
    expect(other.json().message).toMatch(/cursor/);
    const unknown = await app.inject({ method: 'GET', url: '/api/v1/claims?sort=size' });
    expect(unknown.statusCode).toBe(400);
  });

  const pages: [ClaimFilter, ClaimSort][] = [[{}, 'ingested'], [{ subject: 'KP/military' }, '-figure'], [{ text: 'Seoul' }, 'asOf'], [{ source: 'kr-nis' }, '-ingested']];
  test.each(pages)('the page JSON of %j by %s is exactly the claims queryClaims returns, before and after a merge', async (filter, sort) => {
    const check = async () => {
      for (const cursor of [null, (await stores.ledger.queryClaims(filter, { limit: 2, sort })).nextCursor]) {
        const page = { limit: 2, sort, cursor };
        expect(JSON.parse(await stores.ledger.queryClaimsJson(filter, page))).toEqual(await stores.ledger.queryClaims(filter, page));
      }
    };
    await check();
    const sources = await stores.ledger.listSources();
    const nis = sources.find((s) => s.id === 'kr-nis');
    const other = sources.find((s) => s.id !== 'kr-nis' && s.claimCount > 0);
    expect(nis && other).toBeTruthy();
    await stores.ledger.mergeSources(other!.id, 'kr-nis');
    await check();
  });
});

describe.each(await testEngines('server-sort-chains'))('paging by source on $name', (engine) => {
  test('every page is full and nothing is skipped when the source speaks twice in each chain', async () => {
    const stores = await engine.open();
    try {
      const self = { name: 'the National Intelligence Service', country: 'KR', kind: 'intelligence' as const };
      for (let i = 0; i < 7; i++) {
        const text = `Item ${i}: about ${50 + i} soldiers were killed, the NIS said, citing its own count.`;
        const article = { id: `twice-${i}`, text, url: `https://twice.example/${i}`, language: 'en' } as Article & { text: string };
        const claim: Claim = {
          metric: 'killed', min: 50 + i, max: 50 + i, approximate: true, subject: { text: 'soldiers', country: 'KP', group: 'military' },
          source: [self, self], asOf: '2025-01-01', hedged: false, location: null, section: 'body',
          evidence: { start: 0, end: text.length, text }, rule: 'test/sort',
        };
        await stores.ledger.ingest(article, { id: `twice-${i}`, document: { title: null, publisher: null, published: null }, claims: [claim] });
      }
      for (const filter of [{ source: 'kr-nis' }, { origin: 'kr-nis' }]) {
        const seen: number[] = [];
        let cursor: string | null = null;
        do {
          const page: Awaited<ReturnType<typeof stores.ledger.queryClaims>> = await stores.ledger.queryClaims(filter, { limit: 3, cursor });
          if (page.nextCursor) expect(page.rows).toHaveLength(3);
          seen.push(...page.rows.map((c) => c.min!));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen).toEqual([50, 51, 52, 53, 54, 55, 56]);
      }
    } finally {
      await stores.close();
    }
  });
});
