/**
 * Claims pages kept by URL while the ledger is unchanged (src/server/claims-cache.ts), on SQLite
 * and PostgreSQL: a repeated page is read once; a write through this server, or through another
 * connection to the same ledger (another process: `tally ingest`, a worker), shows on the next
 * request. A kept page is gzipped for clients that take it; a page read for one request, or a
 * small one, goes out as it is.
 *
 * How often a page is read is asserted on SQLite only. PostgreSQL's change mark is the WAL insert
 * position, which every commit anywhere in the cluster moves (the other test files write to the same
 * server while this one runs): there the cache may read a page again more often, which costs time,
 * never freshness, so on PostgreSQL the tests hold it to freshness and to the mark moving on writes.
 */
import type { FastifyInstance } from 'fastify';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openLedger, type Ledger } from '../src/ledger/ledger.ts';
import { buildServer } from '../src/server/app.ts';
import { GZIP_MIN_CHARS } from '../src/server/claims-cache.ts';
import { createIngestor } from '../src/server/ingestor.ts';
import { testEngines, type Stores } from './server-support/engines.ts';
import { SEED, SEED_CLAIM_COUNT, extractionOf, seedExtract } from './server-support/seed.ts';

describe.each(await testEngines('claims-cache'))('claims page cache on $name', (engine) => {
  let stores: Stores;
  let other: Ledger;
  let app: FastifyInstance;
  let uncached: FastifyInstance;
  /** How many pages the server asked the ledger for. */
  let reads = 0;
  /** Whether nothing but this ledger's own writes moves its change mark (see the header). */
  const exactMark = engine.name === 'sqlite';
  const expectReads = (n: number) => { if (exactMark) expect(reads).toBe(n); };

  beforeAll(async () => {
    stores = await engine.open();
    // The first seed article stays out, to be ingested later through the other connection.
    for (const seed of SEED.slice(1)) await stores.ledger.ingest(seed.article, extractionOf(seed));
    const counted = counting(stores.ledger);
    app = await buildServer({ ledger: counted, tokens: stores.tokens, ingestor: createIngestor(stores.ledger, seedExtract) });
    uncached = await buildServer({ ledger: counted, tokens: stores.tokens, ingestor: createIngestor(stores.ledger, seedExtract) }, { claimsCacheChars: 0 });
    other = await openLedger(stores.location.url, stores.location.options);
  });
  afterAll(async () => {
    await app?.close();
    await uncached?.close();
    await other?.close();
    await stores?.close();
  });

  /** The ledger, counting the pages asked of it. */
  const counting = (ledger: Ledger): Ledger => Object.create(ledger, {
    queryClaimsJson: { value: (...args: Parameters<Ledger['queryClaimsJson']>) => { reads++; return ledger.queryClaimsJson(...args); } },
  }) as Ledger;
  const page = async (server: FastifyInstance, url: string) => {
    const res = await server.inject({ method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };
  const seedCount = SEED_CLAIM_COUNT - SEED[0]!.claims.length;

  test('the change mark holds while nothing is written and moves on a write from either connection', async () => {
    const before = await stores.ledger.changeMark();
    expect(before).not.toBeNull();
    await stores.ledger.queryClaims();
    if (exactMark) expect(await stores.ledger.changeMark()).toBe(before);
    const [claim] = (await stores.ledger.queryClaims({}, { limit: 1 })).rows;
    await stores.ledger.review(claim!.id, { kind: 'verify' }, 'ana');
    const afterOwn = await stores.ledger.changeMark();
    expect(afterOwn).not.toBe(before);
    await other.review(claim!.id, { kind: 'set', changes: { min: 1 } }, 'bo');
    expect(await stores.ledger.changeMark()).not.toBe(afterOwn);
  });

  test('a repeated page is read once, with the same body and headers; the uncached server reads it each time', async () => {
    const url = '/api/v1/claims?limit=2&sort=-figure';
    reads = 0;
    const first = await page(app, url);
    const second = await page(app, url);
    expectReads(1);
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(second.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    await page(app, '/api/v1/claims?limit=3&sort=-figure');
    expectReads(2);
    reads = 0;
    expect((await page(uncached, url)).body).toBe(first.body);
    await page(uncached, url);
    expect(reads).toBe(2);
  });

  test('a review through the server shows on the next request of a kept page', async () => {
    const url = '/api/v1/claims?limit=100';
    reads = 0;
    await page(app, url);
    const before = (await page(app, url)).json() as { rows: { id: string; status: string }[] };
    expectReads(1);
    expect(before.rows).toHaveLength(seedCount);
    const target = before.rows.find((r) => r.status === 'unreviewed')!;
    const token = await stores.tokens.create(`reviewer-${engine.name}`);
    const review = await app.inject({
      method: 'POST', url: `/api/v1/claims/${target.id}/review`, payload: { action: 'reject', reason: 'duplicate' },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(review.statusCode, review.body).toBe(200);
    const after = (await page(app, url)).json() as { rows: { id: string; status: string }[] };
    expect(after.rows.find((r) => r.id === target.id)!.status).toBe('rejected');
  });

  test('an article ingested through another connection shows on the next request of a kept page', async () => {
    const url = '/api/v1/claims?limit=100&sort=asOf';
    reads = 0;
    await page(app, url);
    expect(((await page(app, url)).json() as { rows: unknown[] }).rows).toHaveLength(seedCount);
    expectReads(1);
    await other.ingest(SEED[0]!.article, extractionOf(SEED[0]!));
    expect(((await page(app, url)).json() as { rows: unknown[] }).rows).toHaveLength(SEED_CLAIM_COUNT);
    expect(await page(app, url)).toMatchObject({ body: (await page(uncached, url)).body });
  });

  test('beyond its bound the least recently used page is dropped and read again when asked for', async () => {
    const urls = ['/api/v1/claims?limit=1', '/api/v1/claims?limit=1&sort=figure', '/api/v1/claims?limit=1&sort=-figure'];
    const sizes = await Promise.all(urls.map(async (url) => (await page(uncached, url)).body.length));
    // Room for any two of the three pages, not for all three.
    const bound = sizes.reduce((a, b) => a + b) - Math.min(...sizes);
    const small = await buildServer({ ledger: counting(stores.ledger), tokens: stores.tokens, ingestor: createIngestor(stores.ledger, seedExtract) }, { claimsCacheChars: bound });
    try {
      reads = 0;
      for (const url of urls) await page(small, url);
      expectReads(3);
      // The last two are kept; the first was dropped for the third.
      await page(small, urls[2]!);
      await page(small, urls[1]!);
      expectReads(3);
      const again = await page(small, urls[0]!);
      expectReads(4);
      expect(again.body).toBe((await page(uncached, urls[0]!)).body);
    } finally {
      await small.close();
    }
  });

  // [case, server, accept-encoding, page size, gzipped]
  const encodings: [string, 'kept' | 'uncached', string | undefined, 'large' | 'small', boolean][] = [
    ['a kept page to a client taking gzip', 'kept', 'gzip, deflate, br', 'large', true],
    ['a kept page to a client taking gzip alone', 'kept', 'gzip', 'large', true],
    ['a kept page to a client taking no gzip', 'kept', 'identity', 'large', false],
    ['a kept page to a client naming no encoding', 'kept', undefined, 'large', false],
    ['a small kept page to a client taking gzip', 'kept', 'gzip', 'small', false],
    ['a page read for one request to a client taking gzip', 'uncached', 'gzip', 'large', false],
  ];
  test.each(encodings)('%s: gzipped %s/%s/%s -> %s, the same JSON either way', async (_case, which, accept, size, gzipped) => {
    const url = size === 'large' ? '/api/v1/claims?limit=30&sort=-asOf' : '/api/v1/claims?limit=1&sort=-asOf&metric=wounded';
    const plain = (await page(uncached, url)).body;
    expect(plain.length >= GZIP_MIN_CHARS).toBe(size === 'large');
    // Twice: the first answer reads the page (and keeps it), the second comes from the cache.
    for (let i = 0; i < 2; i++) {
      const res = await (which === 'kept' ? app : uncached).inject({ method: 'GET', url, headers: accept === undefined ? {} : { 'accept-encoding': accept } });
      expect(res.statusCode).toBe(200);
      expect(res.headers.vary).toMatch(/accept-encoding/);
      const encoded = res.headers['content-encoding'] === 'gzip';
      // On PostgreSQL a page may not be kept (see the header): then it goes out as it is.
      if (exactMark || !gzipped) expect(encoded).toBe(gzipped);
      expect(encoded ? gunzipSync(res.rawPayload).toString('utf8') : res.body).toBe(plain);
    }
  });
});
