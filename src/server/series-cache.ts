/**
 * Series for the API, built by src/series from the ledger's claims, kept as ready JSON: a
 * series over a large ledger reads many claims, and the dashboard asks for the same one again
 * as people switch rules and toggle sources. Each answer is checked against its schema once,
 * when it is computed, not on every request.
 *
 * Freshness: writes through this server drop the cache at once (a review shows on the next
 * request). Writes by other processes (the CLI, workers) show after `ttlMs`: an older answer is
 * still served while the new one is computed, so a slow rebuild never stalls readers.
 */
import type { z } from 'zod';
import type { Metric } from '../core/claim.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { Exclusion, RuleId } from '../series/index.ts';
import { loadAllSeries, loadSeries } from '../series/ledger-claims.ts';
import { gzipSync } from 'node:zlib';
import { OverviewResponseSchema, SeriesChartSchema, SeriesSchema } from './api-schemas.ts';
import { toChartView } from './series-view.ts';

export interface SeriesRequest {
  subject: string;
  metric: Metric;
  rule: RuleId;
  exclude?: Exclusion[];
  /** 'chart': the compact view the dashboard draws (series-view.ts). */
  view?: 'full' | 'chart';
}

/** A checked answer, as JSON and (made on first demand) gzipped: a large series is megabytes. */
export class JsonAnswer {
  private gz: Buffer | undefined;
  constructor(readonly json: string) {}
  gzipped(): Buffer {
    this.gz ??= gzipSync(this.json, { level: 6 });
    return this.gz;
  }
}

export type OverviewRow = z.input<typeof OverviewResponseSchema>['rows'][number];

const MAX_ENTRIES = 200;

interface Entry {
  at: number;
  value: Promise<JsonAnswer>;
  /** The previous answer, served while `value` is being computed after expiry. */
  stale?: JsonAnswer;
}

export class SeriesCache {
  private entries = new Map<string, Entry>();

  constructor(private readonly ledger: Ledger, private readonly ttlMs = 120_000) {}

  /** Forget everything: the ledger changed. */
  invalidate(): void {
    this.entries.clear();
  }

  /** The series (the `Series` schema, or `SeriesChart` for the chart view). */
  series(request: SeriesRequest): Promise<JsonAnswer> {
    const view = request.view ?? 'full';
    const key = JSON.stringify(['series', request.subject, request.metric, request.rule, request.exclude ?? [], view]);
    return this.remember(key, async () => {
      const series = await loadSeries(this.ledger, { subject: request.subject, metric: request.metric }, { rule: request.rule, exclude: request.exclude ?? [] });
      return JSON.stringify(view === 'chart' ? SeriesChartSchema.parse(toChartView(series)) : SeriesSchema.parse(series));
    });
  }

  /** Every subject × metric with its latest reconciled figure, largest first, as JSON. */
  overview(rule: RuleId): Promise<JsonAnswer> {
    return this.remember(JSON.stringify(['overview', rule]), async () => {
      const subjects = new Map((await this.ledger.listSubjects()).map((s) => [s.key, s]));
      const rows: OverviewRow[] = [];
      // One series in memory at a time, never the whole ledger.
      for await (const series of loadAllSeries(this.ledger, 1, { rule })) {
        const subject = subjects.get(series.subject);
        const last = series.reconciled.at(-1);
        rows.push({
          subject: series.subject,
          country: subject?.country ?? null,
          group: subject?.group ?? 'people',
          metric: series.metric,
          claimCount: series.claimCount,
          sourceCount: series.sources.length,
          latest: last ? { date: last.date, low: last.low, best: last.best, high: last.high } : null,
        });
      }
      return JSON.stringify(OverviewResponseSchema.parse({ rule, rows }));
    });
  }

  private remember(key: string, compute: () => Promise<string>): Promise<JsonAnswer> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    if (!hit && this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    const entry: Entry = { at: now, value: compute().then((json) => new JsonAnswer(json)) };
    this.entries.set(key, entry);
    entry.value.then(
      (answer) => {
        entry.stale = answer;
      },
      () => {
        // A failed computation is not remembered: the next request tries again.
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    if (hit?.stale !== undefined) {
      entry.stale = hit.stale;
      return Promise.resolve(hit.stale);
    }
    return entry.value;
  }
}
