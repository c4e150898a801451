/**
 * Series built off the event loop: one worker thread (started on the first build) opens the
 * ledger by its URL and builds series and the overview there, so that a cold build, which takes
 * seconds of CPU on a large ledger, never stalls the requests the main thread is serving. One
 * thread is enough: a build keeps a core busy, and the main thread needs the other.
 */
import { Worker } from 'node:worker_threads';
import type { OpenOptions } from '../ledger/types.ts';
import type { RuleId } from '../series/index.ts';
import type { SeriesRequest } from './series-build.ts';

/** Where the worker opens the ledger: the URL the server's ledger was opened with, and its options. */
export interface SeriesWorkerData {
  url: string;
  options?: Pick<OpenOptions, 'aliases' | 'schema'>;
}

/**
 * Niceness of the build thread (series-worker.ts lowers its own): the lowest, so the main thread's
 * requests (niceness 0) take the CPU first. Raising a niceness needs no privilege.
 */
export const BUILD_NICENESS = 19;

type BuildKind = { kind: 'series'; request: SeriesRequest } | { kind: 'overview'; rule: RuleId };

export type BuildRequest = BuildKind & { id: number };

export type BuildReply = { id: number; json: string; gzipped: Uint8Array } | { id: number; error: string };

/** A built answer: JSON text and, when the builder made it, its gzip. */
export interface Built {
  json: string;
  gzipped?: Buffer;
}

/** What the series cache asks for; see series-build.ts for what each answer is. */
export interface SeriesBuilder {
  series(request: SeriesRequest): Promise<Built>;
  overview(rule: RuleId): Promise<Built>;
  close(): Promise<void>;
}

const ENTRY = new URL('./series-worker-entry.js', import.meta.url);

export class SeriesThread implements SeriesBuilder {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (b: Built) => void; reject: (e: Error) => void }>();

  constructor(private readonly data: SeriesWorkerData) {}

  series(request: SeriesRequest): Promise<Built> {
    return this.build({ kind: 'series', request });
  }

  overview(rule: RuleId): Promise<Built> {
    return this.build({ kind: 'overview', rule });
  }

  private async build(kind: BuildKind): Promise<Built> {
    const worker = await this.start();
    const id = this.nextId++;
    return new Promise<Built>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...kind, id } satisfies BuildRequest);
    });
  }

  /** The worker, started once; after it dies (a crash), the next build starts a new one. */
  private start(): Promise<Worker> {
    if (this.worker && this.ready) return this.ready.then(() => this.worker!);
    // execArgv empty: the entry registers tsx itself; the test runner's flags must not leak in.
    const worker = new Worker(ENTRY, { workerData: this.data, execArgv: [] });
    worker.unref();
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (message: BuildReply | 'ready') => {
        if (message === 'ready') return resolve();
        const waiting = this.pending.get(message.id);
        if (!waiting) return;
        this.pending.delete(message.id);
        if ('error' in message) waiting.reject(new Error(message.error));
        else waiting.resolve({ json: message.json, gzipped: Buffer.from(message.gzipped.buffer, message.gzipped.byteOffset, message.gzipped.byteLength) });
      });
      const fail = (err: Error) => {
        reject(err);
        if (this.worker === worker) this.worker = undefined;
        for (const waiting of this.pending.values()) waiting.reject(err);
        this.pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`the series worker stopped (exit code ${code})`)));
    });
    return this.ready.then(() => worker);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage('close');
    // A worker stuck in a build gets a moment to close its ledger, then is stopped.
    const timer = setTimeout(() => void worker.terminate(), 2000);
    await exited;
    clearTimeout(timer);
  }
}
