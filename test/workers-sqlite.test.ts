/**
 * The embedded default keeps continuous ingest: `tally watch` and `tally worker` on a SQLite
 * ledger, one worker process (a second is refused), conditional polls, failures reported by
 * `watch list`, and a graceful stop on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.ts';
import { extract } from '../src/extract/index.ts';
import { fetchArticle } from '../src/ingest/fetch/fetch-article.ts';
import { closeFetchAgent } from '../src/ingest/fetch/http.ts';
import { openLedger } from '../src/ledger/ledger.ts';
import { runWorker } from '../src/workers/run-worker.ts';
import { connectWatchStore } from '../src/workers/store/connect.ts';
import { WatchStore } from '../src/workers/store/watch-store.ts';
import type { FeedSummary } from '../src/workers/store/watch-store.ts';
import { cliAll, RULE_OPTIONS } from './support/series-lines.ts';
import { startNewsServer } from './workers-support/news-server.ts';
import type { NewsServer } from './workers-support/news-server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
let site: NewsServer;
let dir: string;
let db: string;

beforeAll(async () => {
  site = await startNewsServer();
  dir = mkdtempSync(join(tmpdir(), 'tally-workers-'));
  db = join(dir, 'ledger.db');
});
afterAll(async () => {
  await closeFetchAgent();
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `tally ARGS` in this process and returns what it printed. */
async function tally(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => err.push(String(chunk)) > 0) as typeof process.stderr.write;
  try {
    const code = await main(['node', 'tally', ...args]);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
    process.exitCode = undefined;
  }
}

const fastWorker = ['--until-idle', '--tick', '0.2', '--retries', '1', '--retry-delay', '0.2', '--fetch-timeout', '2', '--quiet'];

describe('watch and worker on SQLite', () => {
  test('watch add validates its input and stores the feed', async () => {
    const feed = site.addFeed('local', 12);
    const added = await tally('watch', 'add', feed, '--every', '15m', '--db', db);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toMatch(/^watching .*local\.xml every 15m \(id [0-9a-f]{16}\)\n$/);
    const again = await tally('watch', 'add', feed, '--every', '2h', '--db', db);
    expect(again.stdout).toMatch(/already watched, interval now .* every 2h/);

    expect(await tally('watch', 'add', `${site.origin}/malformed.xml`, '--db', db)).toMatchObject({ code: 0 });
    expect(await tally('watch', 'add', site.addLinkFeed('mixed', ['/gone', '/article/mixed-1', '/loop-a']), '--db', db)).toMatchObject({ code: 0 });

    for (const [args, message] of [
      [['ftp://example.org/feed'], /unsupported scheme ftp:/],
      [['not a url'], /not a URL: not a url/],
      [[feed, '--every', '3s'], /shorter than 10s/],
      [[feed, '--every', 'often'], /invalid interval "often"/],
    ] as const) {
      const result = await tally('watch', 'add', ...args, '--db', db);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  test('a worker stores every new page once, reports failures, and polls conditionally', async () => {
    const run = await tally('worker', '--db', db, ...fastWorker);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/worker \(sqlite\): 2 feed polls, 13 pages stored, 2 failed/);

    const ledger = await openLedger(db);
    try {
      expect(await ledger.stats()).toMatchObject({ documents: 13, publications: 13 });
      for (const id of ['local-1', 'local-7', 'mixed-1']) {
        const read = await fetchArticle(site.articleUrl(id));
        if (!read.ok) throw read.error;
        const documentId = await ledger.findDocumentByText(read.article.text);
        expect(documentId).not.toBeNull();
        expect(await ledger.countClaims({ documentId: documentId! })).toBe(extract(read.article).claims.length);
      }
    } finally {
      await ledger.close();
    }

    const list = await tally('watch', 'list', '--db', db);
    expect(list.stdout).toMatch(/ID\s+EVERY\s+STATUS\s+STORED\s+WAITING\s+FAILED/);
    expect(list.stdout).toMatch(/2h\s+ok\s+12\s+0\s+0\s+\S+ \S+\s+http:\/\/127\.0\.0\.1:\d+\/feed\/local\.xml/);
    expect(list.stdout).toMatch(/failed\s+0\s+0\s+0 .*malformed\.xml\n\s+feed failed: malformed XML at line 1/);
    expect(list.stdout).toMatch(/page failed: .*\/gone: HTTP 404/);
    expect(list.stdout).toMatch(/page failed: .*\/loop-a: redirect loop back to/);
    const json = JSON.parse((await tally('watch', 'list', '--format', 'json', '--db', db)).stdout) as FeedSummary[];
    expect(json.find((f) => f.url.endsWith('/local.xml'))?.etag).toBe('"local-v1"');
    expect(json.find((f) => f.url.endsWith('/mixed.xml'))?.failedItems.map((i) => new URL(i.url).pathname).sort()).toEqual(['/gone', '/loop-a']);

    // Make every feed due again: unchanged feeds answer 304, the grown one brings 3 new pages.
    site.growFeed('local', 3);
    const hitsBefore = site.hits.get('/article/local-1');
    const connection = await connectWatchStore(db);
    await connection.db.updateTable('watch_feeds').set({ next_poll_at: new Date(0).toISOString() }).execute();
    await connection.close();
    const rerun = await tally('worker', '--db', db, ...fastWorker);
    expect(rerun.stderr).toMatch(/2 feed polls, 3 pages stored, 0 failed/);
    expect(site.hits.get('/article/local-1')).toBe(hitsBefore);
    expect(site.hits.get('/article/local-15')).toBe(1);
  });

  test('pages from one site are fetched at most --per-host at a time', async () => {
    const polite = join(dir, 'polite.db');
    expect((await tally('watch', 'add', site.addFeed('polite', 12), '--db', polite)).code).toBe(0);
    site.articleDelayMs = 150;
    site.resetInFlight();
    try {
      const run = await tally('worker', '--db', polite, '--concurrency', '6', '--per-host', '2', ...fastWorker);
      expect(run.stderr).toMatch(/12 pages stored, 0 failed/);
    } finally {
      site.articleDelayMs = 0;
    }
    expect(site.maxInFlight).toBe(2);
  });

  test('the series table\'s lines are kept while pages are stored, and when the worker stops', async () => {
    const kept = join(dir, 'series-lines.db');
    expect((await tally('watch', 'add', site.addFeed('lines', 12), '--db', kept)).code).toBe(0);
    // One page at a time, each a while: refreshes come during the run, from their own thread.
    site.articleDelayMs = 100;
    const lines: string[] = [];
    try {
      const stats = await runWorker(
        { db: kept, concurrency: 1, untilIdle: true, tickSeconds: 0.2, seriesEverySeconds: 0.3, seriesIdleSeconds: 0.1, log: (l) => lines.push(l) },
        { extract },
      );
      expect(stats.pagesStored).toBe(12);
      expect(stats.seriesRefreshes, lines.join('\n')).toBeGreaterThanOrEqual(2);
    } finally {
      site.articleDelayMs = 0;
    }
    expect(lines.filter((l) => l.startsWith('series table: ')).every((l) => /^series table: \d+ lines computed, \d+ kept$/.test(l))).toBe(true);
    const ledger = await openLedger(kept);
    try {
      // Every line of the last pages kept: --all computes none, whichever rule.
      for (const options of RULE_OPTIONS) expect(await cliAll(ledger, options)).toMatchObject({ computed: 0 });
    } finally {
      await ledger.close();
    }
  });

  test('tally ingest --url stores one-off pages through the same fetcher', async () => {
    const oneOff = join(dir, 'one-off.db');
    const run = await tally('ingest', '--no-progress', '--db', oneOff, '--url', site.articleUrl('once-1'), `${site.origin}/redirect-to-article`, `${site.origin}/loop-a`);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/loop-a: redirect loop back to/)]);
    const ledger = await openLedger(oneOff);
    try {
      const documents = (await ledger.listDocuments()).rows;
      expect(documents).toHaveLength(2);
      const urls = (await Promise.all(documents.map((d) => ledger.getDocument(d.id)))).flatMap((d) => d!.publications.map((p) => p.url));
      expect(urls.sort()).toEqual([site.articleUrl('once-1'), site.articleUrl('redirected-1')]);
    } finally {
      await ledger.close();
    }
    const nothing = await tally('ingest', '--db', oneOff);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toMatch(/nothing to ingest/);
  });

  test('one worker per SQLite ledger; SIGTERM stops it cleanly', async () => {
    const child = spawn(process.execPath, ['bin/tally.js', 'worker', '--db', db, '--tick', '0.2', '--quiet'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const lock = `${db}.worker.lock`;
    for (let i = 0; i < 600 && !existsSync(lock); i++) await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(lock)).toBe(true);

    await expect(runWorker({ db, untilIdle: true }, { extract })).rejects.toThrow(/another worker \(pid \d+\) is running/);

    child.kill('SIGTERM');
    expect(await exited, stderr).toBe(0);
    expect(stderr).toMatch(/worker \(sqlite\): \d+ feed polls/);
    expect(existsSync(lock)).toBe(false);
  }, 120_000);

  test('watch remove forgets the feed but keeps its articles', async () => {
    const feed = site.feedUrl('local');
    const removed = await tally('watch', 'remove', feed, '--db', db);
    expect(removed.stdout).toMatch(/stopped watching .*local\.xml/);
    expect((await tally('watch', 'list', '--db', db)).stdout).not.toMatch(/local\.xml/);
    const nowhere = await tally('watch', 'list', '--db', join(dir, 'typo.db'));
    expect(nowhere).toMatchObject({ code: 1 });
    expect(nowhere.stderr).toMatch(/no ledger at .*typo\.db/);
    expect(existsSync(join(dir, 'typo.db'))).toBe(false);
    const missing = await tally('watch', 'remove', feed, '--db', db);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no watched feed/);
    const ledger = await openLedger(db);
    expect((await ledger.stats()).documents).toBe(16);
    await ledger.close();
    const store = await connectWatchStore(db);
    expect(await new WatchStore(store.db).itemCounts()).toMatchObject({ stored: 1, failed: 2 });
    await store.close();
  });
});
