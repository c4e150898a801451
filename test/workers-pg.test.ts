/**
 * Continuous ingest on the real PostgreSQL: three `tally worker` processes share 200 pages from
 * four feeds on a local server, one is killed with SIGKILL mid-run, and the ledger ends with every
 * page stored exactly once and every claim present. Then the hostile cases: each ends as a
 * reported failure, and the worker stops by itself instead of hanging.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { fetchArticle } from '../src/ingest/fetch/fetch-article.ts';
import { closeFetchAgent } from '../src/ingest/fetch/http.ts';
import { openLedger } from '../src/ledger/ledger.ts';
import { runWorker } from '../src/workers/run-worker.ts';
import { connectWatchStore } from '../src/workers/store/connect.ts';
import type { WatchConnection } from '../src/workers/store/connect.ts';
import { WatchStore } from '../src/workers/store/watch-store.ts';
import { watchListTable } from '../src/workers/watch-list-format.ts';
import { dropSchemas, findTestPostgres, PG_REQUIRED, uniqueSchema } from './pg-test-db.ts';
import { cliAll, RULE_OPTIONS } from './support/series-lines.ts';
import { startNewsServer } from './workers-support/news-server.ts';
import type { NewsServer } from './workers-support/news-server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pgUrl = await findTestPostgres();
if (!pgUrl) {
  if (PG_REQUIRED) throw new Error('TALLY_TEST_PG=1 but PostgreSQL is not reachable at 127.0.0.1:5432');
  console.warn('workers-pg: PostgreSQL not reachable at 127.0.0.1:5432; skipping (set TALLY_TEST_PG=1 to require it)');
}

const schemas: string[] = [];
function ledgerUrl(prefix: string): string {
  const schema = uniqueSchema(prefix);
  schemas.push(schema, `${schema}_boss`);
  return `${pgUrl}?schema=${schema}`;
}

let site: NewsServer;
beforeAll(async () => {
  site = await startNewsServer();
});
afterAll(async () => {
  await closeFetchAgent();
  await site?.close();
  if (pgUrl) await dropSchemas(pgUrl, schemas);
});

interface Worker {
  child: ChildProcess;
  stored: number;
  output: string;
  exit: Promise<number | null>;
}

/** Waits for `condition`, failing with the worker's output after a minute. */
async function until(condition: () => boolean, what: string, worker: Worker): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 60_000) throw new Error(`timed out waiting until ${what}:\n${worker.output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function startWorker(db: string): Worker {
  const child = spawn(
    process.execPath,
    [
      'bin/tally.js', 'worker', '--db', db, '--concurrency', '4', '--until-idle',
      '--tick', '0.3', '--poll', '0.5', '--job-timeout', '10', '--retries', '3', '--retry-delay', '1', '--fetch-timeout', '90', '--per-host', '16',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const worker: Worker = { child, stored: 0, output: '', exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
  const take = (chunk: Buffer): void => {
    const text = chunk.toString();
    worker.output += text;
    worker.stored += text.split('\n').filter((l) => l.startsWith('stored ')).length;
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  return worker;
}

async function pgQuery(text: string): Promise<{ n: number }[]> {
  const client = new pg.Client({ connectionString: pgUrl! });
  await client.connect();
  try {
    return (await client.query<{ n: number }>(text)).rows;
  } finally {
    await client.end();
  }
}

async function withStore<T>(db: string, run: (store: WatchStore, connection: WatchConnection) => Promise<T>): Promise<T> {
  const connection = await connectWatchStore(db);
  try {
    return await run(new WatchStore(connection.db), connection);
  } finally {
    await connection.close();
  }
}

describe.skipIf(!pgUrl)('workers on PostgreSQL', () => {
  test('three workers, 200 pages, one killed mid-run: every page stored once, every claim present', async () => {
    const db = ledgerUrl('w6_kill');
    const feeds = ['alpha', 'bravo', 'charlie', 'delta'].map((name) => site.addFeed(name, 50));
    await withStore(db, async (store) => {
      for (const url of feeds) await store.addFeed(url, 900);
    });
    const hitsBefore = new Map(site.hits);

    // The site holds every page request while the three workers start, so all three begin
    // together; once worker 0 has stored a few pages the site holds requests again, and when all
    // twelve slots wait on a page worker 0 is killed: exactly its four jobs in hand stay active,
    // to be retried by the others.
    site.pause();
    const [first, ...others] = [startWorker(db), startWorker(db), startWorker(db)] as [Worker, Worker, Worker];
    await until(() => site.held >= 12, 'all 12 slots wait on a page', first);
    site.resume();
    await until(() => first.stored >= 5, 'worker 0 stores 5 pages', first);
    site.pause();
    await until(() => site.held >= 12, 'all 12 slots wait on a page again', first);
    first.child.kill('SIGKILL');
    const killedCode = await first.exit;
    site.resume();
    const codes = await Promise.all(others.map((w) => w.exit));
    expect(killedCode).toBeNull(); // died of the signal
    expect(codes, others.map((w) => w.output).join('\n----\n')).toEqual([0, 0]);
    expect(others.every((w) => w.stored > 0)).toBe(true);

    const items = await withStore(db, async (store) => {
      expect(await store.itemCounts()).toEqual({ pending: 0, queued: 0, retrying: 0, stored: 200, failed: 0 });
      return Promise.all(feeds.map((url) => store.findFeed(url))).then(async (found) => {
        const all = [];
        for (const feed of found) {
          expect(feed?.status).toBe('ok');
          all.push(...(await store.listFeeds()).filter((f) => f.id === feed!.id));
        }
        return all;
      });
    });
    expect(items.map((f) => f.items.stored)).toEqual([50, 50, 50, 50]);

    // The killed worker's four jobs in hand timed out and were retried by the others. (A job of a
    // live worker held by the paused site past the job timeout is retried too, but finds its page
    // stored and fetches nothing: the count of pages fetched twice below stays exact.)
    const retried = await pgQuery(
      `select count(*)::int as n from "${new URL(db).searchParams.get('schema')}_boss".job where name = 'tally-page' and retry_count > 0`,
    );
    expect(retried[0]!.n).toBeGreaterThanOrEqual(4);

    // Each page fetched once, except the four the killed worker had in hand.
    const articleHits = [...site.hits].filter(([path]) => /^\/article\/(alpha|bravo|charlie|delta)-/.test(path));
    const fetched = articleHits.map(([path, n]) => n - (hitsBefore.get(path) ?? 0));
    expect(fetched).toHaveLength(200);
    expect(fetched.every((n) => n >= 1 && n <= 2)).toBe(true);
    expect(fetched.filter((n) => n === 2)).toHaveLength(4);

    const ledger = await openLedger(db);
    try {
      const stats = await ledger.stats();
      expect(stats.documents).toBe(200);
      expect(stats.publications).toBe(200);
      // Every stored claim, grouped by the page it was published at (one publication each).
      const storedByUrl = new Map<string, string[]>();
      let claimsSeen = 0;
      for (let cursor: string | null | undefined; cursor !== null; ) {
        const page = await ledger.queryClaims({}, { limit: 1000, cursor: cursor ?? null });
        for (const claim of page.rows) {
          expect(claim.publications).toHaveLength(1);
          const url = claim.publications[0]!.url!;
          storedByUrl.set(url, [...(storedByUrl.get(url) ?? []), `${claim.metric}:${claim.min}-${claim.max}`]);
          claimsSeen += 1;
        }
        cursor = page.nextCursor;
      }
      for (const name of ['alpha', 'bravo', 'charlie', 'delta']) {
        for (let i = 1; i <= 50; i++) {
          const url = site.articleUrl(`${name}-${i}`);
          const read = await fetchArticle(url);
          if (!read.ok) throw read.error;
          const expected = extract(read.article).claims.map((c) => `${c.metric}:${c.min}-${c.max}`).sort();
          expect((storedByUrl.get(url) ?? []).sort(), url).toEqual(expected);
        }
      }
      expect(claimsSeen).toBeGreaterThanOrEqual(200); // each test article states at least one count
      expect(stats.claims).toBe(claimsSeen);
    } finally {
      await ledger.close();
    }
  }, 180_000);

  test('two workers keep the series table\'s lines at once, and leave them right', async () => {
    const db = ledgerUrl('w6_lines');
    await withStore(db, async (store) => {
      for (const name of ['lines-a', 'lines-b']) await store.addFeed(site.addFeed(name, 20), 900);
    });
    site.articleDelayMs = 50;
    const options = {
      db, concurrency: 2, untilIdle: true, tickSeconds: 0.3, jobPollSeconds: 0.5, superviseSeconds: 2, seriesEverySeconds: 0.3, seriesIdleSeconds: 0.1,
    };
    let both: Awaited<ReturnType<typeof runWorker>>[];
    try {
      both = await Promise.all([runWorker(options, { extract }), runWorker(options, { extract })]);
    } finally {
      site.articleDelayMs = 0;
    }
    expect(both.reduce((n, s) => n + s.pagesStored, 0)).toBe(40);
    // Each refreshed while the other stored pages and refreshed too (one that stored no page has nothing to refresh).
    expect(both.filter((s) => s.pagesStored > 0).every((s) => s.seriesRefreshes >= 1)).toBe(true);
    const ledger = await openLedger(db);
    try {
      // Whichever wrote last, the lines kept are right (cliAll holds them to a fresh computation):
      // a line one of them kept older than the other's is computed again, never shown stale.
      for (const options of RULE_OPTIONS) await cliAll(ledger, options);
      // And then all kept.
      for (const options of RULE_OPTIONS) expect(await cliAll(ledger, options)).toMatchObject({ computed: 0 });
    } finally {
      await ledger.close();
    }
  }, 120_000);

  test('a running worker stops when told to, after the pages in hand', async () => {
    const db = ledgerUrl('w6_stop');
    const feed = site.addFeed('stop', 6);
    await withStore(db, (store) => store.addFeed(feed, 900));
    const controller = new AbortController();
    const lines: string[] = [];
    const running = runWorker(
      { db, concurrency: 2, tickSeconds: 0.3, jobPollSeconds: 0.5, superviseSeconds: 2, signal: controller.signal, log: (l) => lines.push(l) },
      { extract },
    );
    for (let i = 0; i < 300 && !lines.some((l) => l.startsWith('stored')); i++) await new Promise((r) => setTimeout(r, 100));
    controller.abort();
    const stopped = Date.now();
    const stats = await running;
    expect(Date.now() - stopped).toBeLessThan(15_000);
    expect(stats.pagesStored).toBeGreaterThanOrEqual(1);
    // Whatever it did not finish is still open for the next worker, none is lost.
    await withStore(db, async (store) => {
      const counts = await store.itemCounts();
      expect(counts.stored).toBe(stats.pagesStored);
      expect(counts.pending + counts.queued + counts.retrying + counts.stored).toBe(6);
    });
  }, 60_000);

  test('pages from one site are fetched at most --per-host at a time', async () => {
    const db = ledgerUrl('w6_polite');
    await withStore(db, (store) => store.addFeed(site.addFeed('polite-pg', 16), 900));
    site.articleDelayMs = 150;
    site.resetInFlight();
    try {
      const stats = await runWorker(
        { db, concurrency: 6, perHost: 2, untilIdle: true, tickSeconds: 0.3, jobPollSeconds: 0.5, superviseSeconds: 2 },
        { extract },
      );
      expect(stats.pagesStored).toBe(16);
    } finally {
      site.articleDelayMs = 0;
    }
    // One worker: its fetches take turns, so the limit is exact (across processes it may be
    // overshot by a page or two when fetches coincide).
    expect(site.maxInFlight).toBe(2);
  }, 60_000);

  test('hostile feeds and pages end as reported failures, and the worker stops by itself', async () => {
    const db = ledgerUrl('w6_hostile');
    const hostile = site.addLinkFeed('hostile', [
      '/not-article', '/huge', '/slow', '/hang', '/drip', '/loop-a', '/image', '/gone', '/flaky/comeback-1', '/article/shared-1',
    ]);
    // A second feed lists a page the first one lists too: it is fetched once.
    const other = site.addLinkFeed('other', ['/article/shared-1', '/article/other-1']);
    await withStore(db, async (store) => {
      await store.addFeed(hostile, 900);
      await store.addFeed(other, 900);
      await store.addFeed(`${site.origin}/malformed.xml`, 900);
      await store.addFeed(`${site.origin}/gone`, 900);
    });
    const started = Date.now();
    const stats = await runWorker(
      {
        db, concurrency: 4, perHost: 8, untilIdle: true, tickSeconds: 0.3, jobPollSeconds: 0.5, jobTimeoutSeconds: 10, superviseSeconds: 2,
        retries: 2, retryDelaySeconds: 1, retryDelayMaxSeconds: 2,
        fetch: { headersTimeoutMs: 700, bodyTimeoutMs: 700, totalTimeoutMs: 1200, maxBytes: 2 * 1024 * 1024 },
      },
      { extract },
    );
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(stats.pagesStored).toBe(3);
    expect(site.hits.get('/article/shared-1')).toBe(1);
    expect(site.hits.get('/flaky/comeback-1')).toBe(3); // two 503s, then the page

    await withStore(db, async (store) => {
      const list = await store.listFeeds();
      const byUrl = new Map(list.map((f) => [f.url, f]));
      const hostileFeed = byUrl.get(hostile)!;
      expect(hostileFeed.items).toMatchObject({ failed: 8, stored: 2, pending: 0, queued: 0, retrying: 0 });
      const reasons = Object.fromEntries((await store.itemsOf(hostileFeed.id)).map((i) => [new URL(i.url).pathname, i.last_error]));
      expect(reasons).toMatchObject({
        '/not-article': expect.stringMatching(/no article found/),
        '/huge': expect.stringMatching(/larger than 2 MB/),
        '/slow': expect.stringMatching(/stalled|no complete answer/),
        '/hang': expect.stringMatching(/no response headers|no complete answer/),
        '/drip': expect.stringMatching(/no complete answer within 1\.2 s/),
        '/loop-a': expect.stringMatching(/redirect loop/),
        '/image': expect.stringMatching(/unexpected content type image\/png/),
        '/gone': 'HTTP 404',
        '/flaky/comeback-1': null,
      });
      expect(byUrl.get(`${site.origin}/malformed.xml`)).toMatchObject({ status: 'failed', last_error: expect.stringMatching(/malformed XML/) });
      expect(byUrl.get(`${site.origin}/gone`)).toMatchObject({ status: 'failed', last_error: 'HTTP 404' });
      const table = watchListTable(await store.listFeeds(Infinity));
      expect(table).toMatch(/feed failed: malformed XML/);
      expect(table).toMatch(/\/gone\n\s+feed failed: HTTP 404/);
      expect(table).toMatch(/page failed: .*\/gone: HTTP 404/);
      expect(table).toMatch(/page failed: .*\/loop-a: redirect loop/);
    });
  }, 90_000);
});
