/**
 * The series worker thread: opens the ledger itself (its own SQLite connection or PostgreSQL
 * pool) and answers build requests from series-thread.ts with checked JSON and its gzip, made
 * here too: gzipping a large series costs the main thread as much as a small query.
 *
 * The thread runs at a lower CPU priority than the rest of the process where the system allows
 * it (Linux: a thread's niceness is its own): a cold build is seconds of CPU, and on a machine
 * with few cores it took the core the requests needed (claims pages at 500/s while cold series
 * were built: p99 302 ms). Builds take longer when the server is busy; requests do not wait.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { openLedger } from '../ledger/ledger.ts';
import { overviewJson, seriesJson } from './series-build.ts';
import { BUILD_NICENESS, type BuildReply, type BuildRequest, type SeriesWorkerData } from './series-thread.ts';

/**
 * Lower this thread's priority. Linux names threads in /proc/thread-self (pid/task/tid), and
 * setpriority on a thread id changes that thread alone; elsewhere builds keep the process's priority.
 */
function lowerThreadPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, BUILD_NICENESS);
  } catch {
    // not Linux, or refused: build at the process's priority
  }
}

lowerThreadPriority();
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
