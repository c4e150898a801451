/**
 * The series worker thread: opens the ledger itself (its own SQLite connection or PostgreSQL
 * pool) and answers build requests from series-thread.ts with checked JSON and its gzip, made
 * here too: gzipping a large series costs the main thread as much as a small query.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { openLedger } from '../ledger/ledger.ts';
import { overviewJson, seriesJson } from './series-build.ts';
import type { BuildReply, BuildRequest, SeriesWorkerData } from './series-thread.ts';

const data = workerData as SeriesWorkerData;
const port = parentPort!;
// The server migrated the ledger when it opened it.
const ledger = await openLedger(data.url, { ...data.options, migrate: false });

port.on('message', (message: BuildRequest | 'close') => {
  if (message === 'close') {
    void ledger.close().finally(() => port.close());
    return;
  }
  const build = message.kind === 'series' ? seriesJson(ledger, message.request) : overviewJson(ledger, message.rule);
  build.then(
    (json) => port.postMessage({ id: message.id, json, gzipped: gzipSync(json, { level: 6 }) } satisfies BuildReply),
    (err: unknown) => port.postMessage({ id: message.id, error: err instanceof Error ? err.message : String(err) } satisfies BuildReply),
  );
});
port.postMessage('ready');
