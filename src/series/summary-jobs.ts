/**
 * The series `--all` computes (ledger-summaries.ts), shared between this thread and a helper
 * thread (summary-thread.ts) that reads and computes some of them through a connection of its own:
 * a cold `--all` over a large ledger spends most of its time reading and tallying series one after
 * another, which two cores do in about half the time.
 *
 * Each thread takes the next series from one shared counter, the largest first, so that neither
 * waits long for the other whatever its share of the machine (a helper that starts late, or gets
 * no core, takes fewer). Only what a series computes to crosses threads: its tallies (plain data,
 * the same whichever thread made them).
 */
import { Worker } from 'node:worker_threads';
import { threadEntry } from '../core/bundle.ts';
import type { SeriesFigures } from '../ledger/ledger.ts';
import type { FigureRow } from '../ledger/series-figures.ts';
import { tallyFigures } from './summarize.ts';
import type { SummaryTally } from './summary.ts';
import type { SeriesOptions } from './types.ts';
import type { Metric } from '../core/claim.ts';

/** One series to compute: its key, its current claims' count, and each set of options to tally it under. */
export interface TallyJob {
  subject: string;
  metric: Metric;
  claims: number;
  options: SeriesOptions[];
}

/** The lean reads a thread computes from. */
export interface FigureSource {
  read(key: { subject: string; metric: Metric; claims?: number }): Promise<SeriesFigures>;
}

/** A job's tallies, one per set of options, in its order: its series read once for all of them. */
export async function tallyJob(figures: FigureSource, job: TallyJob): Promise<SummaryTally[]> {
  const key = { subject: job.subject, metric: job.metric, claims: job.claims };
  const read = await figures.read(key);
  const shared = job.options.length > 1 ? reusable(read) : read;
  const out: SummaryTally[] = [];
  for (const options of job.options) out.push(await tallyFigures(shared, key, options));
  return out;
}

/**
 * A series read that can be summarised more than once: its texts and rows held once read (rows
 * only where there are no texts, or they do not do), its publications read once.
 */
function reusable(read: SeriesFigures): SeriesFigures {
  let rows: FigureRow[] | undefined;
  let texts: string[] | undefined;
  let publications: ReturnType<SeriesFigures['publications']> | undefined;
  const readTexts = read.texts;
  return {
    ...read,
    rows: { [Symbol.iterator]: () => (rows ??= [...read.rows])[Symbol.iterator]() },
    texts: readTexts && { [Symbol.iterator]: () => (texts ??= [...readTexts])[Symbol.iterator]() },
    publications: (ids) => (publications ??= read.publications(ids)),
  };
}

/** What the helper thread is sent: the jobs, the largest first, and the counter both threads take them by. */
export interface HelperRequest {
  jobs: TallyJob[];
  next: SharedArrayBuffer;
}

/** What it answers: a job's tallies, or why it stopped. */
export type HelperReply = { job: number; tallies: SummaryTally[] } | { error: string };

const ENTRY = threadEntry('summary-thread.js', new URL('./summary-thread-entry.js', import.meta.url));

/**
 * A helper thread that opens the ledger at `db` itself (as `tally series` opens it: no user
 * aliases, no migration) and computes jobs once given them. Started before the jobs are known, so
 * that its start overlaps the reading of the list of series.
 */
export class SummaryHelper {
  private readonly worker: Worker;
  private listener: ((reply: HelperReply) => void) | undefined;
  private failure: string | undefined;
  private readonly early: HelperReply[] = [];

  constructor(db: string) {
    // execArgv empty: the tsx entry registers tsx itself; the test runner's flags must not leak in.
    this.worker = new Worker(ENTRY, { workerData: { db }, execArgv: [] });
    this.worker.unref();
    const fail = (why: string) => this.deliver({ error: why });
    this.worker.on('message', (reply: HelperReply) => this.deliver(reply));
    this.worker.on('error', (err) => fail(err.message));
    this.worker.on('exit', (code) => fail(`the summary thread stopped (exit code ${code})`));
  }

  /** Send the jobs; `listener` hears every reply from then on. */
  start(request: HelperRequest, listener: (reply: HelperReply) => void): void {
    this.listener = listener;
    for (const reply of this.early.splice(0)) listener(reply);
    if (this.failure === undefined) this.worker.postMessage(request);
  }

  /** Stop the thread (it only reads: nothing is left half-written). */
  async close(): Promise<void> {
    this.failure ??= 'closed';
    await this.worker.terminate();
  }

  private deliver(reply: HelperReply): void {
    if ('error' in reply) {
      if (this.failure !== undefined) return;
      this.failure = reply.error;
    }
    if (this.listener) this.listener(reply);
    else this.early.push(reply);
  }
}

/**
 * Runs jobs in this thread and, when given one, a helper thread: `result(j)` is job j's tallies,
 * computed here (this thread takes the next job from the shared counter while it waits) or by the
 * helper. A helper that fails leaves its jobs to this thread: the output is the same either way.
 */
export class TallyRunner {
  private readonly done: (SummaryTally[] | undefined)[];
  private readonly next: Int32Array;
  private helperUp: boolean;
  private arrived: (() => void) | undefined;
  /** Jobs the helper answered. */
  helped = 0;

  /** `jobs` in the order they are taken: the largest first. */
  constructor(
    private readonly jobs: readonly TallyJob[],
    private readonly compute: (job: TallyJob) => Promise<SummaryTally[]>,
    helper?: SummaryHelper,
    /** False: this thread takes no job while the helper runs (tests: every job the helper's). */
    private readonly takes = true,
  ) {
    this.done = new Array<SummaryTally[] | undefined>(jobs.length);
    const shared = new SharedArrayBuffer(4);
    this.next = new Int32Array(shared);
    this.helperUp = helper !== undefined;
    helper?.start({ jobs: [...jobs], next: shared }, (reply) => {
      if ('error' in reply) this.helperUp = false;
      else {
        this.done[reply.job] = reply.tallies;
        this.helped += 1;
      }
      this.arrived?.();
    });
  }

  async result(j: number): Promise<SummaryTally[]> {
    for (;;) {
      const known = this.done[j];
      if (known) return known;
      if (!this.helperUp) {
        // No helper (or it stopped): every job not done is this thread's, whoever took it.
        return (this.done[j] = await this.compute(this.jobs[j] as TallyJob));
      }
      const mine = this.takes ? Atomics.add(this.next, 0, 1) : this.jobs.length;
      if (mine < this.jobs.length) {
        this.done[mine] = await this.compute(this.jobs[mine] as TallyJob);
        continue;
      }
      // Every job is taken, this one by the helper: wait for its answer.
      await new Promise<void>((resolve) => (this.arrived = resolve));
      this.arrived = undefined;
    }
  }
}

