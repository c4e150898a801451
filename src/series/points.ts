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
  // day|origin → min → max → draft: numbers stay numbers, so no figure is turned into text per claim.
  const drafts = new Map<string, Map<number, Map<number, Draft>>>();
  const all: Draft[] = [];
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
    const dayOrigin = `${date}|${origin}`;
    let byMin = drafts.get(dayOrigin);
    if (!byMin) drafts.set(dayOrigin, (byMin = new Map()));
    let byMax = byMin.get(claim.min ?? -1);
    if (!byMax) byMin.set(claim.min ?? -1, (byMax = new Map()));
    const draft = byMax.get(claim.max ?? -1);
    if (draft) draft.claims.push(claim);
    else {
      const fresh: Draft = { date, dateFrom: dated ? 'published' : 'asOf', origin, claims: [claim] };
      byMax.set(claim.max ?? -1, fresh);
      all.push(fresh);
    }
  }
  // One OriginRef per origin, shared by its points.
  const origins = new Map<string, OriginRef>();
  const points: SeriesPoint[] = [];
  for (const draft of all) {
    let origin = origins.get(draft.origin);
    if (!origin) origins.set(draft.origin, (origin = originOf(draft.claims[0] as SeriesClaim)));
    points.push(toPoint(draft, origin, options));
  }
  points.sort(comparePoints);
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
  const low = min ?? (max as number);
  const high = max ?? (min as number);
  return {
    id, date: draft.date, dateFrom: draft.dateFrom, origin, min, max,
    approximate, hedged, period, comparable: comparableClass(period, options.unknownPeriod),
    low, high, value: Math.round((low + high) / 2), reports: reportsOf(claims), primary: true, flags: [],
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

const NO_PUBLICATION = { publisher: null, url: null, published: null };

/** Time order; on the same day by origin, then by figure. */
export function comparePoints(a: SeriesPoint, b: SeriesPoint): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.origin.key !== b.origin.key) return a.origin.key < b.origin.key ? -1 : 1;
  return a.low - b.low || a.high - b.high;
}
