/**
 * The refresh of `tally series --all`'s lines off the worker's event loop: one thread, started on
 * the first refresh, opens the ledger by its URL as `tally series` does (no user aliases) and runs
 * refreshSummaries there, at the lowest CPU priority where the system allows it. Computing a large
 * series takes a core for a while: the fetches and the stores of the main thread must not wait.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { SummaryCounts } from '../series/ledger-summaries.ts';

/** What the thread answers: the counts of one refresh, or why it failed. */
export type RefreshReply = { counts: SummaryCounts } | { error: string };

const ENTRY = new URL('./series-table-entry.js', import.meta.url);

export class SeriesTableThread {
  private worker: Worker | undefined;
  private waiting: { resolve: (c: SummaryCounts) => void; reject: (e: Error) => void } | undefined;

  constructor(private readonly db: string) {}

  /** One refresh (the keeper never asks for two at once). */
  refresh(): Promise<SummaryCounts> {
    const worker = this.start();
    return new Promise<SummaryCounts>((resolve, reject) => {
      this.waiting = { resolve, reject };
      worker.postMessage('refresh');
    });
  }

  /** Let the thread close its ledger and end; one still in a refresh is stopped after a while. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    const ended = once(worker, 'exit');
    worker.postMessage('close');
    const stop = setTimeout(() => void worker.terminate(), 5000);
    await ended;
    clearTimeout(stop);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // execArgv empty: the entry registers tsx itself; the test runner's flags must not leak in.
    const worker = new Worker(ENTRY, { workerData: { db: this.db }, execArgv: [] });
    worker.unref();
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = undefined;
      this.waiting?.reject(err);
      this.waiting = undefined;
    };
    worker.on('message', (reply: RefreshReply) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.counts);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the series table thread stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
