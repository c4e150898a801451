/**
 * The series table thread (series-table-thread.ts): opens the ledger itself, as `tally series`
 * reads it (no user aliases; the worker migrated it), and keeps the lines of `--all` on request.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { formatUserError } from '../core/errors.ts';
import { openLedger } from '../ledger/ledger.ts';
import { refreshSummaries } from '../series/ledger-summaries.ts';
import type { RefreshReply } from './series-table-thread.ts';

// Linux: a thread's niceness is its own (its id is the last part of /proc/thread-self). Elsewhere,
// or if refused, the thread keeps the process's priority.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 19);
} catch {
  // keep the process's priority
}

const port = parentPort!;
const ledger = await openLedger((workerData as { db: string }).db, { migrate: false });
port.on('message', (message: 'refresh' | 'close') => {
  if (message === 'close') {
    void ledger.close().finally(() => port.close());
    return;
  }
  refreshSummaries(ledger).then(
    (counts) => port.postMessage({ counts } satisfies RefreshReply),
    (err: unknown) => port.postMessage({ error: formatUserError(err) } satisfies RefreshReply),
  );
});
