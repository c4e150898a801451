/**
 * The series as CSV (RFC 4180): one row per point and one per reconciled date, under one header,
 * so a spreadsheet can filter by `row`.
 */
import { csvRecord } from '../../cli/format/csv.ts';
import { describePeriod } from '../comparable.ts';
import type { Series } from '../types.ts';
import { documentsOf, flagsLabel, publishersOf } from './labels.ts';

const HEADER = [
  'subject', 'metric', 'row', 'date', 'origin', 'origin_name', 'origin_kind', 'origin_country', 'min', 'max',
  'approximate', 'hedged', 'period', 'low', 'best', 'high', 'reports', 'publishers', 'documents', 'flags', 'reasons',
];

/** Header line of `seriesCsvRows`, CRLF-terminated. */
export function csvHeader(): string {
  return csvRecord(HEADER);
}

/** The rows of one series, without header, each ending in CRLF. */
export function seriesCsvRows(series: Series): string {
  const rows: string[] = [];
  for (const p of series.points) {
    rows.push(csvRecord([
      series.subject, series.metric, 'point', p.date, p.origin.key, p.origin.name, p.origin.kind, p.origin.country,
      p.min, p.max, p.approximate, p.hedged, describePeriod(p.period), p.low, p.value, p.high, p.reportCount,
      publishersOf(p).join('; '), documentsOf(p).join('; '), flagsLabel(p), null,
    ]));
  }
  for (const r of series.reconciled) {
    rows.push(csvRecord([
      series.subject, series.metric, `reconciled:${series.rule.id}`, r.date, null, null, null, null, null, null,
      null, null, 'cumulative', r.low, r.best, r.high, r.current.length, null, null, null, r.reasons.join(' | '),
    ]));
  }
  return rows.join('');
}
