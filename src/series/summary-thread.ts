/**
 * The helper thread of a cold `tally series --all` (summary-jobs.ts): opens the ledger itself, as
 * `tally series` reads it (no user aliases, no migration), finds the documents with several
 * reports while the main thread reads the list of series, then takes jobs from the shared counter
 * until none is left, answering each job's tallies.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { formatUserError } from '../core/errors.ts';
import { openLedger } from '../ledger/ledger.ts';
import { tallyJob, type HelperReply, type HelperRequest } from './summary-jobs.ts';

const port = parentPort!;
const reply = (r: HelperReply) => port.postMessage(r);
try {
  const ledger = await openLedger((workerData as { db: string }).db, { migrate: false });
  // Many series to compute, or there would be no helper: the whole ledger's documents with several reports, once.
  const figures = await ledger.seriesFigures('ledger');
  await figures.prepare?.();
  port.once('message', (request: HelperRequest) => {
    const next = new Int32Array(request.next);
    void (async () => {
      for (let j = Atomics.add(next, 0, 1); j < request.jobs.length; j = Atomics.add(next, 0, 1)) {
        reply({ job: j, tallies: await tallyJob(figures, request.jobs[j] as HelperRequest['jobs'][number]) });
      }
    })().catch((err: unknown) => reply({ error: formatUserError(err) }));
  });
} catch (err) {
  reply({ error: formatUserError(err) });
}
