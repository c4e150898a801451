/** Short texts shared by the table and the CSV: who carried a point, its hedge, its flags. */
import type { SeriesPoint } from '../types.ts';

/** Distinct publishers in order of first report. */
export function publishersOf(point: SeriesPoint): string[] {
  const seen = new Set<string>();
  for (const r of point.reports) seen.add(r.publisher ?? '(unknown outlet)');
  return [...seen];
}

/** Distinct document ids in order of first report. */
export function documentsOf(point: SeriesPoint): string[] {
  return [...new Set(point.reports.map((r) => r.documentId))];
}

export function hedgeLabel(point: SeriesPoint): string {
  if (point.hedged) return 'hedged';
  return point.reports.some((r) => r.hedged) ? 'partly' : '';
}

export function flagsLabel(point: SeriesPoint): string {
  const flags: string[] = [...point.flags];
  if (!point.primary) flags.push('not-standing');
  return flags.join(' ');
}
