/**
 * Series built in the worker thread (series-thread.ts) on SQLite and PostgreSQL: the worker opens
 * the ledger itself and its answers are the same as those built on the main thread, gzip
 * included; a review through the API shows in the next answer; closing the server stops it; on
 * Linux it builds at the lowest CPU priority and the rest of the process keeps its own.
 */

/** The niceness of each thread of this process, by thread id (Linux: field 19 of /proc/self/task/TID/stat). */
function threadNiceness(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    // The command name may hold spaces and parentheses: fields are counted after its closing one.
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    out.set(Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
  }
  return out;
}
import type { FastifyInstance } from 'fastify';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildServer } from '../src/server/app.ts';
import { createIngestor } from '../src/server/ingestor.ts';
import { BUILD_NICENESS } from '../src/server/series-thread.ts';
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

  test.skipIf(process.platform !== 'linux')('the worker thread builds at the lowest priority; the other threads keep theirs', async () => {
    const before = threadNiceness();
    const fresh = await buildServer({ ledger: stores.ledger, tokens: stores.tokens, ingestor: createIngestor(stores.ledger, seedExtract), seriesFrom: stores.location });
    try {
      const res = await fresh.inject({ method: 'GET', url: '/api/v1/series?subject=KP/military&metric=killed&rule=ucdp' });
      expect(res.statusCode, res.body).toBe(200);
      const after = threadNiceness();
      const lowered = [...after].filter(([tid, nice]) => nice === BUILD_NICENESS && before.get(tid) !== BUILD_NICENESS);
      expect(lowered.length).toBeGreaterThanOrEqual(1);
      // The main thread (its id is the process id) and every thread that was there before are unchanged.
      expect(after.get(process.pid)).toBe(before.get(process.pid));
      for (const [tid, nice] of before) if (after.has(tid)) expect(after.get(tid)).toBe(nice);
    } finally {
      await fresh.close();
    }
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
