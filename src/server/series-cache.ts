/**
 * Series for the API, built by src/series from the ledger's claims, kept as ready JSON: a
 * series over a large ledger reads many claims, and the dashboard asks for the same one again
 * as people switch rules and toggle sources. Each answer is checked against its schema once,
 * when it is built (series-build.ts), not on every request; builds run in a worker thread when
 * the server can give it the ledger's URL (series-thread.ts), so they never stall the event loop.
 *
 * Freshness: writes through this server drop cached series at once (a review shows on the next
 * request) and mark the overview out of date. Writes by other processes (the CLI, workers) show
 * after the TTL (2 min for a series, 15 for the overview). Once an answer exists, a rebuild never
 * makes readers wait: they get the previous answer until the new one is ready.
 */
import { gzipSync } from 'node:zlib';
import type { Ledger } from '../ledger/ledger.ts';
import type { RuleId } from '../series/index.ts';
import { overviewJson, seriesJson, type SeriesRequest } from './series-build.ts';
import type { Built, SeriesBuilder } from './series-thread.ts';

export type { SeriesRequest } from './series-build.ts';

/** A checked answer, as JSON and gzipped (by the worker, or here on first demand): a large series is megabytes. */
export class JsonAnswer {
  private gz: Buffer | undefined;
  constructor(readonly json: string, gzipped?: Buffer) {
    this.gz = gzipped;
  }
  gzipped(): Buffer {
    this.gz ??= gzipSync(this.json, { level: 6 });
    return this.gz;
  }
}

/** Builds on the main thread: for ledgers a worker cannot open (in memory). */
export function inProcessBuilder(ledger: Ledger): SeriesBuilder {
  return {
    series: async (request) => ({ json: await seriesJson(ledger, request) }),
    overview: async (rule) => ({ json: await overviewJson(ledger, rule) }),
    close: async () => undefined,
  };
}

const MAX_ENTRIES = 200;

interface Entry {
  at: number;
  value: Promise<JsonAnswer>;
  settled: boolean;
  /** The previous answer, served while `value` is being computed after expiry. */
  stale?: JsonAnswer;
  /** A local write only marks it out of date (the overview: minutes to rebuild on a large ledger). */
  soft: boolean;
}

/** How long an answer is fresh: a series is quick to rebuild, the overview reads the whole ledger. */
const SERIES_TTL_MS = 120_000;
const OVERVIEW_TTL_MS = 15 * 60_000;

export class SeriesCache {
  private entries = new Map<string, Entry>();

  constructor(private readonly builder: SeriesBuilder) {}

  /**
   * The ledger changed: series are dropped (the next request rebuilds them, so a review shows at
   * once); the overview is marked out of date and rebuilt while its last answer is still served.
   */
  invalidate(): void {
    for (const [key, entry] of this.entries) {
      if (entry.soft) entry.at = 0;
      else this.entries.delete(key);
    }
  }

  /** The series (the `Series` schema, or `SeriesChart` for the chart view). */
  series(request: SeriesRequest): Promise<JsonAnswer> {
    const view = request.view ?? 'full';
    const key = JSON.stringify(['series', request.subject, request.metric, request.rule, request.exclude ?? [], view]);
    return this.remember(key, SERIES_TTL_MS, false, () => this.builder.series({ ...request, view }));
  }

  /** Every subject × metric with its latest reconciled figure, largest first, as JSON. */
  overview(rule: RuleId): Promise<JsonAnswer> {
    return this.remember(JSON.stringify(['overview', rule]), OVERVIEW_TTL_MS, true, () => this.builder.overview(rule));
  }

  close(): Promise<void> {
    return this.builder.close();
  }

  private remember(key: string, ttlMs: number, soft: boolean, compute: () => Promise<Built>): Promise<JsonAnswer> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < ttlMs) {
      // While a rebuild runs, everyone gets the previous answer rather than waiting for it.
      return !hit.settled && hit.stale !== undefined ? Promise.resolve(hit.stale) : hit.value;
    }
    if (!hit && this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    const entry: Entry = { at: now, value: compute().then((built) => new JsonAnswer(built.json, built.gzipped)), settled: false, soft };
    this.entries.set(key, entry);
    entry.value.then(
      (answer) => {
        entry.settled = true;
        entry.stale = answer;
      },
      () => {
        // A failed computation is not remembered: the next request tries again.
        if (this.entries.get(key) === entry) {
          if (hit?.stale !== undefined) this.entries.set(key, { ...hit, at: 0, settled: true });
          else this.entries.delete(key);
        }
      },
    );
    if (hit?.stale !== undefined) {
      entry.stale = hit.stale;
      return Promise.resolve(hit.stale);
    }
    return entry.value;
  }
}
