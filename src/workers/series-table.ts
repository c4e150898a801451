/**
 * The worker keeps `tally series --all`'s lines up to date while it stores pages, as the write
 * verbs do before they exit (src/series/RULES.md section 7): after pages changed the ledger, the
 * lines are refreshed once no page has been stored for `idleMs`, or `everyMs` after the first of
 * them while pages keep coming, but never more than once every `everyMs`; and once more when the
 * worker stops, if pages came since. A refresh recomputes only the series the pages touched. It
 * runs off the event loop (series-table-thread.ts) and stores nothing itself: ingestion never
 * waits for it, and a refresh that fails costs only the saving (the next --all computes).
 */
import type { SummaryCounts } from '../series/ledger-summaries.ts';

export interface SeriesTableTiming {
  /** Least time between two refreshes, and longest a stored page waits for one while pages keep coming. */
  everyMs: number;
  /** A refresh starts once no page has been stored for this long (within everyMs of the last one). */
  idleMs: number;
}

export class SeriesTableKeeper {
  /** When the last refresh started (-Infinity: none yet). */
  private lastStart = -Infinity;
  /** The first page stored since the last refresh started, and the last one; null when none. */
  private firstStored: number | null = null;
  private lastStored = 0;
  private running: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  /** Refreshes that ran, for the worker's summary and the tests. */
  refreshes = 0;

  constructor(
    private readonly refresh: () => Promise<SummaryCounts>,
    private readonly timing: SeriesTableTiming,
    private readonly log: (line: string) => void = () => undefined,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A page changed the ledger. */
  stored(): void {
    if (this.closed) return;
    const now = this.now();
    this.firstStored ??= now;
    this.lastStored = now;
    this.schedule();
  }

  /** Stop: wait for a refresh under way, then refresh once more if pages came since. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
    if (this.firstStored !== null) await this.run();
  }

  /** When the next refresh is due (pages must have come since the last). */
  private due(): number {
    const { everyMs, idleMs } = this.timing;
    return Math.max(this.lastStart + everyMs, Math.min((this.firstStored as number) + everyMs, this.lastStored + idleMs));
  }

  private schedule(): void {
    if (this.running || this.closed || this.firstStored === null) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.running || this.closed || this.firstStored === null) return;
      // A page stored since the timer was set moved the idle time: look again.
      if (this.now() < this.due()) this.schedule();
      else void this.run().then(() => this.schedule());
    }, Math.max(0, this.due() - this.now()));
    // The worker's own loop keeps the process alive, not a pending refresh.
    this.timer.unref();
  }

  private run(): Promise<void> {
    this.lastStart = this.now();
    this.firstStored = null;
    this.running = this.refresh().then(
      (counts) => {
        this.refreshes += 1;
        if (counts.notKept !== undefined) this.log(`series table: lines not kept (${counts.notKept})`);
        else if (counts.computed > 0) this.log(`series table: ${counts.computed} lines computed, ${counts.kept} kept`);
      },
      (err: unknown) => {
        // Tried again after the next page (and at the latest when the worker stops).
        this.firstStored ??= this.lastStart;
        this.log(`series table: ${err instanceof Error ? err.message : String(err)}`);
      },
    ).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }
}
