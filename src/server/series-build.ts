/**
 * The series routes' answers, built from a ledger and checked against their schemas once, as
 * JSON text: what the series cache keeps. Runs in the series worker thread (series-thread.ts),
 * so that a build — seconds of CPU on a large ledger — never holds up other requests, or on the
 * main thread where no worker can open the ledger (an in-memory one).
 */
import type { z } from 'zod';
import type { Metric } from '../core/claim.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { Exclusion, RuleId } from '../series/index.ts';
import { loadAllSeries, loadSeries } from '../series/ledger-claims.ts';
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

export type OverviewRow = z.input<typeof OverviewResponseSchema>['rows'][number];

/** The series (the `Series` schema, or `SeriesChart` for the chart view), as checked JSON. */
export async function seriesJson(ledger: Ledger, request: SeriesRequest): Promise<string> {
  const series = await loadSeries(ledger, { subject: request.subject, metric: request.metric }, { rule: request.rule, exclude: request.exclude ?? [] });
  return JSON.stringify(request.view === 'chart' ? SeriesChartSchema.parse(toChartView(series)) : SeriesSchema.parse(series));
}

/** Every subject × metric with its latest reconciled figure, largest first, as checked JSON. */
export async function overviewJson(ledger: Ledger, rule: RuleId): Promise<string> {
  const subjects = new Map((await ledger.listSubjects()).map((s) => [s.key, s]));
  const rows: OverviewRow[] = [];
  // One series in memory at a time, never the whole ledger.
  for await (const series of loadAllSeries(ledger, 1, { rule })) {
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
}
