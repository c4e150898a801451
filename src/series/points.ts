/**
 * One statement, many reports: claims with the same figure from the same origin on the same day
 * become one point that lists every outlet that carried it. Points come back in time order.
 * This runs over every claim of `--all`, so the per-claim loop only computes a key and files the
 * claim; everything else is done once per point.
 */
import type { Period } from '../core/claim.ts';
import { comparableClass, mergePeriods, periodOf } from './comparable.ts';
import { originKeyOf, originOf } from './origin.ts';
import { claimDate, exclusionTest } from './select.ts';
import type { ExcludedCounts, OriginRef, Report, SeriesClaim, SeriesOptions, SeriesPoint } from './types.ts';

interface Draft {
  date: string;
  dateFrom: 'asOf' | 'published';
  origin: string;
  claims: SeriesClaim[];
}

/**
 * Group one subject × metric's claims into points. Claims left out are counted in `excluded`
 * (mutated), so the caller can report them.
 */
export function groupPoints(claims: Iterable<SeriesClaim>, options: SeriesOptions, excluded: ExcludedCounts): SeriesPoint[] {
  const leftOut = exclusionTest(options);
  // day → origin → min → max → draft. No key is built per claim (each level hashes a string the
  // claim already holds, or a number), and walking the days and origins in sorted order gives
  // the points in time order without sorting them all.
  const byDay = new Map<string, Map<string, Map<number, Map<number, Draft>>>>();
  for (const claim of claims) {
    const reason = leftOut(claim);
    if (reason) {
      excluded[reason] += 1;
      continue;
    }
    if (claim.min === null && claim.max === null) {
      excluded.noFigure += 1;
      continue;
    }
    const dated = claim.asOf ? null : claimDate(claim);
    const date = claim.asOf ?? dated?.date;
    if (!date) {
      excluded.undated += 1;
      continue;
    }
    const origin = originKeyOf(claim);
    let byOrigin = byDay.get(date);
    if (!byOrigin) byDay.set(date, (byOrigin = new Map()));
    let byMin = byOrigin.get(origin);
    if (!byMin) byOrigin.set(origin, (byMin = new Map()));
    let byMax = byMin.get(claim.min ?? -1);
    if (!byMax) byMin.set(claim.min ?? -1, (byMax = new Map()));
    const draft = byMax.get(claim.max ?? -1);
    if (draft) draft.claims.push(claim);
    else byMax.set(claim.max ?? -1, { date, dateFrom: dated ? 'published' : 'asOf', origin, claims: [claim] });
  }
  // One OriginRef per origin, shared by its points.
  const origins = new Map<string, OriginRef>();
  const points: SeriesPoint[] = [];
  for (const date of [...byDay.keys()].sort()) {
    const byOrigin = byDay.get(date) as Map<string, Map<number, Map<number, Draft>>>;
    for (const key of [...byOrigin.keys()].sort()) {
      const figures: SeriesPoint[] = [];
      for (const byMax of (byOrigin.get(key) as Map<number, Map<number, Draft>>).values()) {
        for (const draft of byMax.values()) {
          let origin = origins.get(key);
          if (!origin) origins.set(key, (origin = originOf(draft.claims[0] as SeriesClaim)));
          figures.push(toPoint(draft, origin, options));
        }
      }
      if (figures.length > 1) figures.sort(comparePoints);
      for (const p of figures) points.push(p);
    }
  }
  return points;
}

function toPoint(draft: Draft, origin: OriginRef, options: SeriesOptions): SeriesPoint {
  const claims = draft.claims;
  const first = claims[0] as SeriesClaim;
  let approximate = false;
  let hedged = true;
  for (const c of claims) {
    approximate ||= c.approximate;
    hedged &&= c.hedged;
  }
  const period = pointPeriod(claims);
  const { min, max } = first;
  const id = `${draft.date}|${draft.origin}|${min ?? ''}|${max ?? ''}`;
  const listed = options.reports ?? true;
  const reports = listed ? reportsOf(claims) : [];
  const low = min ?? (max as number);
  const high = max ?? (min as number);
  return {
    id, date: draft.date, dateFrom: draft.dateFrom, origin, min, max,
    approximate, hedged, period, comparable: comparableClass(period, options.unknownPeriod),
    low, high, value: Math.round((low + high) / 2), reports, reportCount: listed ? reports.length : countReports(claims),
    primary: true, flags: [],
  };
}

/** The period of the point: one claim's own, or the reports' periods merged. */
function pointPeriod(claims: readonly SeriesClaim[]): Period {
  if (claims.length === 1) return periodOf((claims[0] as SeriesClaim).period);
  let known = false;
  for (const c of claims) if (c.period && c.period.kind !== 'unknown') known = true;
  return known ? mergePeriods(claims.map((c) => periodOf(c.period))) : periodOf(undefined);
}

/**
 * One report per publication; a headline and a body sentence of one publication are one report.
 * Points carry a handful of reports, so duplicates are found by a scan, not a hashed set.
 */
function reportsOf(claims: readonly SeriesClaim[]): Report[] {
  const reports: Report[] = [];
  for (const claim of claims) {
    const publications = claim.publications.length > 0 ? claim.publications : [NO_PUBLICATION];
    for (const pub of publications) {
      if (reports.length > 0 && reports.some((r) => r.documentId === claim.documentId && r.publisher === pub.publisher && r.url === pub.url)) continue;
      reports.push({
        claimId: claim.id, documentId: claim.documentId, publisher: pub.publisher, url: pub.url,
        published: pub.published, evidence: claim.evidence.text, hedged: claim.hedged,
      });
    }
  }
  return reports;
}

/** The number `reportsOf` would list, without making the reports (the common case needs no scan). */
function countReports(claims: readonly SeriesClaim[]): number {
  if (claims.length === 1) return Math.max(1, (claims[0] as SeriesClaim).publications.length);
  return reportsOf(claims).length;
}

const NO_PUBLICATION = { publisher: null, url: null, published: null };

/** Time order; on the same day by origin, then by figure. */
export function comparePoints(a: SeriesPoint, b: SeriesPoint): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.origin.key !== b.origin.key) return a.origin.key < b.origin.key ? -1 : 1;
  return a.low - b.low || a.high - b.high;
}
