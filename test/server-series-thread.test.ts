/**
 * Series built in the worker thread (series-thread.ts) on SQLite and PostgreSQL: the worker opens
 * the ledger itself and its answers are the same as those built on the main thread, gzip
 * included; a review through the API shows in the next answer; closing the server stops it.
 */
import type { FastifyInstance } from 'fastify';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildServer } from '../src/server/app.ts';
import { createIngestor } from '../src/server/ingestor.ts';
import { testEngines, type Stores } from './server-support/engines.ts';
import { seedExtract, seedLedger } from './server-support/seed.ts';

describe.each(await testEngines('server-series-thread'))('series in a worker thread on $name', (engine) => {
  let stores: Stores;
  let threaded: FastifyInstance;
  let local: FastifyInstance;
  let token: string;

  beforeAll(async () => {
    stores = await engine.open();
    await seedLedger(stores.ledger);
    token = await stores.tokens.create('bob');
    const deps = { ledger: stores.ledger, tokens: stores.tokens, ingestor: createIngestor(stores.ledger, seedExtract) };
    threaded = await buildServer({ ...deps, seriesFrom: stores.location });
    local = await buildServer(deps);
  });
  afterAll(async () => {
    await threaded?.close();
    await local?.close();
    await stores?.close();
  });

  const urls = [
    '/api/v1/series?subject=KP/military&metric=killed&rule=ucdp',
    '/api/v1/series?subject=KP/military&metric=killed&rule=conservative&view=chart',
    '/api/v1/series?subject=KP/military&metric=deployed&exclude=hedged',
    '/api/v1/overview?rule=ucdp',
  ];

  test.each(urls)('%s: the same answer as built on the main thread, and the same gzipped', async (url) => {
    const [fromThread, fromMain] = await Promise.all([threaded.inject({ method: 'GET', url }), local.inject({ method: 'GET', url })]);
    expect(fromThread.statusCode, fromThread.body).toBe(200);
    expect(fromMain.statusCode).toBe(200);
    expect(fromThread.json()).toEqual(fromMain.json());
    expect(fromThread.json().claimCount ?? fromThread.json().rows.length).toBeGreaterThan(0);
    const gz = await threaded.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString('utf8'))).toEqual(fromMain.json());
  });

  test('a review through the API shows in the next series the worker builds', async () => {
    const url = '/api/v1/series?subject=KP/military&metric=killed&rule=ucdp';
    const before = (await threaded.inject({ method: 'GET', url })).json();
    const [claim] = (await threaded.inject({ method: 'GET', url: '/api/v1/claims?subject=KP/military&metric=killed&limit=1' })).json().rows;
    const review = await threaded.inject({
      method: 'POST', url: `/api/v1/claims/${claim.id}/review`, headers: { authorization: `Bearer ${token}` },
      payload: { action: 'reject', reason: 'test' },
    });
    expect(review.statusCode, review.body).toBe(200);
    const after = (await threaded.inject({ method: 'GET', url })).json();
    expect(after.excluded.rejected).toBe(before.excluded.rejected + 1);
    expect(after.claimCount).toBe(before.claimCount);
  });
});
