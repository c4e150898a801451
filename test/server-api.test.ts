/**
 * The HTTP API in-process (app.inject), over a seeded ledger, on SQLite and PostgreSQL:
 * reading, paging, filters (SQL metacharacters included), series, export, OpenAPI, and the
 * guards on writes (token, body size, rate limit).
 */
import type { FastifyInstance } from 'fastify';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StoredClaim } from '../src/ledger/types.ts';
import { pageOf, StoredClaimSchema } from '../src/server/api-schemas.ts';
import { buildServer } from '../src/server/app.ts';
import { createIngestor } from '../src/server/ingestor.ts';
import { testEngines, type Stores } from './server-support/engines.ts';
import { HOSTILE, SEED, SEED_CLAIM_COUNT, seedExtract, seedLedger } from './server-support/seed.ts';

const allSeedClaims = SEED.flatMap((s) => s.claims);

/** What the `text` filter must return: a case-insensitive substring of the sentence or the location. */
function expectedTextMatches(query: string): number {
  const q = query.toLowerCase();
  return allSeedClaims.filter((c) => c.sentence.toLowerCase().includes(q) || (c.location ?? '').toLowerCase().includes(q)).length;
}

describe.each(await testEngines('server-api'))('API on $name', (engine) => {
  let stores: Stores;
  let app: FastifyInstance;
  let token: string;
  let allowPrivate = false;

  beforeAll(async () => {
    stores = await engine.open();
    await seedLedger(stores.ledger);
    token = await stores.tokens.create('alice');
    const guarded = createIngestor(stores.ledger, seedExtract);
    const open = createIngestor(stores.ledger, seedExtract, undefined, { allowPrivateUrls: true });
    const ingestor = { ...guarded, ingestUrls: (urls: string[]) => (allowPrivate ? open : guarded).ingestUrls(urls) };
    app = await buildServer({ ledger: stores.ledger, tokens: stores.tokens, ingestor }, { writesPerMinute: 1000 });
  });
  afterAll(async () => {
    await app?.close();
    await stores?.close();
  });

  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url });
    return { status: res.statusCode, body: res.json(), headers: res.headers };
  };
  const claimsOf = async (query: string): Promise<StoredClaim[]> => {
    const res = await get(`/api/v1/claims?limit=1000&${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // The route sends the ledger's JSON past the serializer: every page must still fit the schema.
    expect(pageOf(StoredClaimSchema).safeParse(res.body).error).toBeUndefined();
    return res.body.rows as StoredClaim[];
  };

  test('lists every claim, and pages through them with the cursor without repeats', async () => {
    expect(await claimsOf('')).toHaveLength(SEED_CLAIM_COUNT);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(`/api/v1/claims?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.rows.length).toBeLessThanOrEqual(3);
      seen.push(...res.body.rows.map((c: StoredClaim) => c.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(seen).toHaveLength(SEED_CLAIM_COUNT);
    expect(new Set(seen).size).toBe(SEED_CLAIM_COUNT);
  });

  test.each([
    ['metric=killed', allSeedClaims.filter((c) => c.metric === 'killed').length],
    ['subject=KP/military&metric=killed', 4],
    ['subject=KP/military', 7],
    ['country=SD', 2],
    ['country=sd&group=people', 1],
    ['since=2025-03-01&until=2025-04-30&subject=KP', 4],
    ['since=2025-03-01&until=2025-04-29&subject=KP', 2],
    ['metric=deployed&subject=KP/military', 2],
    ['hedged=false&metric=missing', 1],
    ['section=title', 0],
  ])('filter %s gives %i claims', async (query, expected) => {
    expect(await claimsOf(query)).toHaveLength(expected);
  });

  test.each([
    ['%'], ['_'], ["'"], ['"'], ["' OR '1'='1"], ['%\' OR 1=1 --'], ['\\'], ['; DROP TABLE claims; --'], ['100%'], ['<img'], ['KURSK'],
  ])('text filter %j returns the rows that contain it and nothing else', async (text) => {
    const rows = await claimsOf(`text=${encodeURIComponent(text)}`);
    expect(rows).toHaveLength(expectedTextMatches(text));
    for (const row of rows) expect(`${row.evidence.text}\n${row.location ?? ''}`.toLowerCase()).toContain(text.toLowerCase());
  });

  test.each([
    ["source=x' OR 'a'='a"], ['origin=%25'], ['source=_%25'], ["documentId=' OR 1=1 --"], ['country=%25'],
  ])('identifier filter %s with SQL metacharacters matches nothing', async (query) => {
    expect(await claimsOf(query)).toHaveLength(0);
  });

  test.each([
    ["subject=KP/military' OR '1'='1"], ['subject=KP%25'], ['subject=%25/%25'],
  ])('malformed subject %s is a 400 naming the parameter', async (query) => {
    const res = await get(`/api/v1/claims?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/subject|group/);
  });

  test.each([
    ['metric=killed;DROP'], ['since=2025-13'], ['limit=0'], ['limit=abc'], ['hedged=yes'], ['group=army'],
  ])('bad parameter %s is a 400 with a message', async (query) => {
    const res = await get(`/api/v1/claims?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/invalid querystring/);
  });

  test('the ledger still holds everything after the hostile filters', async () => {
    expect(await claimsOf('')).toHaveLength(SEED_CLAIM_COUNT);
  });

  test('claim detail carries the evidence, the document text and every publication', async () => {
    const [claim] = await claimsOf('metric=wounded');
    const res = await get(`/api/v1/claims/${claim!.id}`);
    expect(res.status).toBe(200);
    expect(res.body.document.text.slice(res.body.evidence.start, res.body.evidence.end)).toBe(res.body.evidence.text);
    expect(res.body.evidence.text).toBe('About 2,700 had been wounded, the agency added.');
    expect(res.body.publications[0].publisher).toBe('Example Wire');
    expect(res.body.reviews).toEqual([]);
  });

  test('unknown ids are 404 with a one-line message', async () => {
    for (const url of ['/api/v1/claims/nope', '/api/v1/documents/nope', '/api/v1/nothing-here']) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.body.message).not.toMatch(/\n|at .*\.ts/);
    }
  });

  test('documents list and detail', async () => {
    const list = await get('/api/v1/documents?limit=100');
    expect(list.status).toBe(200);
    expect(list.body.rows).toHaveLength(SEED.length);
    const hostile = list.body.rows.find((d: { title: string }) => d.title === HOSTILE.title);
    expect(hostile).toBeDefined();
    const detail = await get(`/api/v1/documents/${hostile.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.text).toContain(HOSTILE.script);
    expect(detail.body.claims).toHaveLength(2);
  });

  test('sources and subjects', async () => {
    const sources = await get('/api/v1/sources');
    expect(sources.status).toBe(200);
    const aliases = sources.body.flatMap((s: { aliases: string[] }) => s.aliases);
    expect(aliases).toEqual(expect.arrayContaining(["Ukraine's military intelligence", 'Lawmakers in Seoul', HOSTILE.source]));
    const subjects = await get('/api/v1/subjects');
    expect(subjects.body).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'KP/military', claimCount: 7 })]));
  });

  test.each(['conservative', 'ucdp'])('series of KP/military killed under %s', async (rule) => {
    const res = await get(`/api/v1/series?subject=KP/military&metric=killed&rule=${rule}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.rule.id).toBe(rule);
    expect(res.body.claimCount).toBe(4);
    expect(res.body.points.map((p: { date: string }) => p.date)).toEqual(['2025-01-13', '2025-02-27', '2025-03-10', '2025-04-30']);
    const last = res.body.reconciled.at(-1);
    expect(last.low).toBeLessThanOrEqual(last.best);
    expect(last.best).toBeLessThanOrEqual(last.high);
    expect(res.body.points[0].reports[0].evidence).toMatch(/about 300 North Korean soldiers/);
  });

  test('series chart view: the same points and band, origins once, smaller; gzipped for clients that take it', async () => {
    const url = '/api/v1/series?subject=KP/military&metric=killed&rule=ucdp';
    const full = (await get(url)).body;
    const chart = await app.inject({ method: 'GET', url: `${url}&view=chart` });
    expect(chart.statusCode).toBe(200);
    const view = chart.json();
    expect(view.points.map((p: { id: string }) => p.id)).toEqual(full.points.map((p: { id: string }) => p.id));
    expect(view.reconciled.map((r: { best: number }) => r.best)).toEqual(full.reconciled.map((r: { best: number }) => r.best));
    expect(view.origins.map((o: { key: string }) => o.key)).toEqual(full.sources.map((s: { origin: { key: string } }) => s.origin.key));
    expect(view.points[0].report.evidence).toBe(full.points[0].reports[0].evidence);
    expect(chart.body.length).toBeLessThan(JSON.stringify(full).length);
    const gz = await app.inject({ method: 'GET', url: `${url}&view=chart`, headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString('utf8'))).toEqual(view);
  });

  test('series with a bad rule or metric is a 400', async () => {
    expect((await get('/api/v1/series?subject=KP/military&metric=killed&rule=max')).status).toBe(400);
    expect((await get('/api/v1/series?subject=KP/military&metric=eaten')).status).toBe(400);
  });

  test('overview: subjects × metrics with the latest reconciled figure and number of sources', async () => {
    const res = await get('/api/v1/overview?rule=conservative');
    expect(res.status).toBe(200);
    const row = res.body.rows.find((r: { subject: string; metric: string }) => r.subject === 'KP/military' && r.metric === 'killed');
    expect(row).toMatchObject({ claimCount: 4, sourceCount: 3 });
    expect(row.latest.date).toBe('2025-04-30');
  });

  test('CSV export streams every matching claim, spreadsheet-safe', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/export/claims?format=csv&country=SD' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.body.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,metric,min,max/);
    expect(lines).toHaveLength(3);
    // The source name starts with a quote, then ">": not a formula; a cell starting with = would get an apostrophe.
    expect(res.body).toContain('""><img src=y onerror=window.__pwned=""source""');
  });

  test('JSONL export of claims and of the whole ledger', async () => {
    const claims = await app.inject({ method: 'GET', url: '/api/v1/export/claims?format=jsonl' });
    expect(claims.body.trim().split('\n').map((l) => JSON.parse(l))).toHaveLength(SEED_CLAIM_COUNT);
    const ledger = await app.inject({ method: 'GET', url: '/api/v1/export/ledger' });
    const types = ledger.body.trim().split('\n').map((l) => JSON.parse(l).type);
    expect(types.filter((t) => t === 'claim')).toHaveLength(SEED_CLAIM_COUNT);
    expect(types.filter((t) => t === 'document')).toHaveLength(SEED.length);
  });

  test('OpenAPI 3.1 document generated from the route schemas', async () => {
    const res = await get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const claims = res.body.paths['/api/v1/claims'].get;
    const metric = claims.parameters.find((p: { name: string }) => p.name === 'metric');
    expect(metric.schema.enum).toContain('killed');
    expect(claims.responses['200'].content['application/json'].schema.properties.rows.type).toBe('array');
    const ingest = res.body.paths['/api/v1/documents'].post;
    expect(Object.keys(ingest.requestBody.content)).toEqual(expect.arrayContaining(['application/json', 'application/x-ndjson', 'text/plain']));
    expect(ingest.security).toEqual([{ bearer: [] }]);
    expect(res.body.paths['/api/v1/series'].get.parameters.find((p: { name: string }) => p.name === 'rule').schema.enum).toEqual(['ucdp', 'conservative']);
  });

  test('security headers with a strict Content-Security-Policy', async () => {
    const res = await get('/api/v1/subjects');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  describe('writes', () => {
    const write = (method: 'POST', url: string, payload: unknown, auth?: string, type = 'application/json') =>
      app.inject({ method, url, payload: typeof payload === 'string' ? payload : JSON.stringify(payload), headers: { 'content-type': type, ...(auth ? { authorization: auth } : {}) } });

    test.each([
      ['no token', undefined],
      ['a wrong token', 'Bearer tally_not-a-real-token'],
      ['a malformed header', 'Basic YWxpY2U6c2VjcmV0'],
      ['an empty bearer', 'Bearer '],
    ])('are refused with %s', async (_what, auth) => {
      const [claim] = await claimsOf('metric=deployed&subject=KP/military');
      const attempts = [
        await write('POST', `/api/v1/claims/${claim!.id}/review`, { action: 'verify' }, auth),
        await write('POST', '/api/v1/documents', { text: 'About 10 soldiers were killed, officials said.' }, auth),
        await write('POST', '/api/v1/sources/merge', { from: 'a', into: 'b' }, auth),
      ];
      for (const res of attempts) {
        expect(res.statusCode).toBe(401);
        expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      }
      expect((await get(`/api/v1/claims/${claim!.id}`)).body.status).toBe('unreviewed');
      expect(await claimsOf('')).toHaveLength(SEED_CLAIM_COUNT);
    });

    test('verify, reject and correct a claim with a token, recorded under the token name', async () => {
      const [a, b] = await claimsOf('subject=KP/military&metric=killed');
      const verified = await write('POST', `/api/v1/claims/${a!.id}/review`, { action: 'verify' }, `Bearer ${token}`);
      expect(verified.statusCode, verified.body).toBe(200);
      expect(verified.json().status).toBe('verified');
      const corrected = await write('POST', `/api/v1/claims/${b!.id}/review`, { action: 'set', changes: { min: 450, max: 450 } }, `Bearer ${token}`);
      expect(corrected.statusCode, corrected.body).toBe(200);
      expect(corrected.json()).toMatchObject({ status: 'corrected', min: 450, max: 450 });
      const detail = (await get(`/api/v1/claims/${b!.id}`)).body;
      expect(detail.reviews[0]).toMatchObject({ who: 'alice', action: 'set' });
      expect(detail.extracted.min).toBe(400);
      const rejected = await write('POST', `/api/v1/claims/${a!.id}/review`, { action: 'reject', reason: 'double counted' }, `Bearer ${token}`);
      expect(rejected.json().status).toBe('rejected');
      const missingReason = await write('POST', `/api/v1/claims/${a!.id}/review`, { action: 'reject' }, `Bearer ${token}`);
      expect(missingReason.statusCode).toBe(400);
      const unknown = await write('POST', '/api/v1/claims/nope/review', { action: 'verify' }, `Bearer ${token}`);
      expect(unknown.statusCode).toBe(404);
      // The series sees the review at once: the rejected claim leaves it.
      const series = (await get('/api/v1/series?subject=KP/military&metric=killed&rule=conservative')).body;
      expect(series.excluded.rejected).toBe(1);
    });

    test('ingest an article record, a JSONL batch with a bad line, and pasted text', async () => {
      const hostile = SEED.find((s) => s.article.id === 'seed-hostile')!.article;
      const one = await write('POST', '/api/v1/documents', hostile, `Bearer ${token}`);
      expect(one.statusCode, one.body).toBe(200);
      expect(one.json()).toMatchObject({ stored: 1, failed: 0, results: [{ ok: true, status: 'unchanged' }] });
      expect(one.json().results[0].claims).toHaveLength(2);

      const fresh = { id: 'fresh', title: 'A new one', text: 'Nothing countable happened today in the capital.', published: '2025-06-01' };
      const batch = `${JSON.stringify(fresh)}\n{not json\n${JSON.stringify({ title: 'no text' })}\n`;
      const many = await write('POST', '/api/v1/documents', batch, `Bearer ${token}`, 'application/x-ndjson');
      expect(many.statusCode, many.body).toBe(200);
      const body = many.json();
      expect(body).toMatchObject({ stored: 1, failed: 2 });
      expect(body.results.filter((r: { ok: boolean }) => !r.ok).map((r: { error: string }) => r.error)).toEqual([
        expect.stringMatching(/^line 2: not valid JSON/), expect.stringMatching(/^line 3: not an article record/),
      ]);

      const pasted = await write('POST', '/api/v1/documents?published=2025-06-02&publisher=Pasted%20Post', 'Another short note with no figures at all.', `Bearer ${token}`, 'text/plain');
      expect(pasted.statusCode, pasted.body).toBe(200);
      expect(pasted.json().results[0]).toMatchObject({ ok: true, status: 'new' });
      const doc = (await get(`/api/v1/documents/${pasted.json().results[0].documentId}`)).body;
      expect(doc.publications[0]).toMatchObject({ publisher: 'Pasted Post', published: '2025-06-02' });
      const badDate = await write('POST', '/api/v1/documents?published=tomorrow', 'Text.', `Bearer ${token}`, 'text/plain');
      expect(badDate.statusCode).toBe(400);

      const bad = await write('POST', '/api/v1/documents', { articles: [] }, `Bearer ${token}`);
      expect(bad.statusCode).toBe(400);
      const unsupported = await write('POST', '/api/v1/documents', '<x/>', `Bearer ${token}`, 'application/xml');
      expect(unsupported.statusCode).toBe(415);
    });

    test('ingest by URL: the page is fetched and its article stored; bad URLs are refused or reported', async () => {
      const seed = SEED.find((x) => x.article.id === 'seed-us-mar')!.article;
      const html = `<!doctype html><html><head><title>${seed.title}</title></head><body><article><h1>${seed.title}</h1>` +
        `${seed.text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
      const site = createServer((req, res) => {
        if (req.url === '/story') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
        else res.writeHead(404).end('gone');
      });
      await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
      const port = (site.address() as AddressInfo).port;
      try {
        // By default a token holder cannot make the server read its own network.
        const refused = await write('POST', '/api/v1/documents', { urls: [`http://127.0.0.1:${port}/story`] }, `Bearer ${token}`);
        expect(refused.json().results[0].error).toMatch(/private or local/);
        allowPrivate = true;
        const res = await write('POST', '/api/v1/documents', { urls: [`http://127.0.0.1:${port}/story`, `http://127.0.0.1:${port}/missing`] }, `Bearer ${token}`);
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json();
        expect(body).toMatchObject({ stored: 1, failed: 1 });
        expect(body.results[0].claims.map((c: { min: number }) => c.min).sort()).toEqual([1000, 11000]);
        expect(body.results[1].error).toMatch(/404/);
      } finally {
        site.close();
      }
      for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'not a url']) {
        expect((await write('POST', '/api/v1/documents', { urls: [url] }, `Bearer ${token}`)).statusCode, url).toBe(400);
      }
    });

    test('merging sources needs known entities', async () => {
      const res = await write('POST', '/api/v1/sources/merge', { from: 'no-such-source', into: 'another' }, `Bearer ${token}`);
      expect([400, 404]).toContain(res.statusCode);
      expect(res.json().message).not.toMatch(/internal error/);
    });
  });
});

describe('write guards', async () => {
  const [sqlite] = await testEngines('server-guards');
  let stores: Stores;
  let app: FastifyInstance;
  let token: string;
  beforeAll(async () => {
    stores = await sqlite!.open();
    token = await stores.tokens.create('bob');
    app = await buildServer({ ledger: stores.ledger, tokens: stores.tokens, ingestor: createIngestor(stores.ledger, seedExtract) }, { writesPerMinute: 3, bodyLimit: 2048 });
  });
  afterAll(async () => {
    await app?.close();
    await stores?.close();
  });

  test('a body over the limit is refused with 413 and stores nothing', async () => {
    const res = await app.inject({
      method: 'POST', url: '/api/v1/documents', payload: JSON.stringify({ text: 'x'.repeat(5000) }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(413);
    expect((await stores.ledger.stats()).documents).toBe(0);
  });

  test('writes beyond the rate limit get 429; reads go on', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await app.inject({
        method: 'POST', url: '/api/v1/documents', payload: JSON.stringify({ text: `Note number ${i} with nothing to count.` }),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
    expect((await app.inject({ method: 'GET', url: '/api/v1/claims' })).statusCode).toBe(200);
  });

  test('tokens: shown once, stored as a hash, revocable', async () => {
    const second = await stores.tokens.create('carol');
    expect(second).toMatch(/^tally_[\w-]{20,}$/);
    expect(await stores.tokens.verify(second)).toBe('carol');
    await expect(stores.tokens.create('carol')).rejects.toThrow(/exists/);
    await expect(stores.tokens.create('bad name!')).rejects.toThrow(/not allowed/);
    expect(await stores.tokens.revoke('carol')).toBe(true);
    expect(await stores.tokens.verify(second)).toBeNull();
  });
});
