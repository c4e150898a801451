/**
 * One statement, many reports: claims with the same figure from the same origin on the same day
 * become one point that lists every outlet that carried it. Points come back in time order.
 */
import { comparableClass, mergePeriods, periodOf } from './comparable.ts';
import { figureEnds } from './figure.ts';
import { originOf } from './origin.ts';
import { claimDate, exclusionReason } from './select.ts';
import type { ExcludedCounts, Report, SeriesClaim, SeriesOptions, SeriesPoint } from './types.ts';
import type { Period } from '../core/claim.ts';

interface PointDraft {
  point: SeriesPoint;
  periods: Period[];
  hedgedAll: boolean;
  reportKeys: Set<string>;
}

/**
 * Group one subject × metric's claims into points. Claims left out are counted in `excluded`
 * (mutated), so the caller can report them.
 */
export function groupPoints(claims: Iterable<SeriesClaim>, options: SeriesOptions, excluded: ExcludedCounts): SeriesPoint[] {
  const drafts = new Map<string, PointDraft>();
  for (const claim of claims) {
    const reason = exclusionReason(claim, options);
    if (reason) {
      excluded[reason] += 1;
      continue;
    }
    const dated = claimDate(claim);
    const ends = figureEnds(claim.min, claim.max);
    if (!dated || !ends) {
      excluded[dated ? 'noFigure' : 'undated'] += 1;
      continue;
    }
    const origin = originOf(claim);
    const id = `${dated.date}|${origin.key}|${claim.min ?? ''}|${claim.max ?? ''}`;
    let draft = drafts.get(id);
    if (!draft) {
      draft = {
        point: {
          id, date: dated.date, dateFrom: dated.from, origin, min: claim.min, max: claim.max,
          approximate: false, hedged: false, period: { kind: 'unknown' }, comparable: null,
          ...ends, reports: [], primary: true, flags: [],
        },
        periods: [], hedgedAll: true, reportKeys: new Set(),
      };
      drafts.set(id, draft);
    }
    addReports(draft, claim);
  }
  const points: SeriesPoint[] = [];
  for (const draft of drafts.values()) {
    const { point } = draft;
    point.hedged = draft.hedgedAll;
    point.period = mergePeriods(draft.periods);
    point.comparable = comparableClass(point.period, options.unknownPeriod);
    points.push(point);
  }
  points.sort(comparePoints);
  return points;
}

function addReports(draft: PointDraft, claim: SeriesClaim): void {
  const { point } = draft;
  point.approximate ||= claim.approximate;
  draft.hedgedAll &&= claim.hedged;
  draft.periods.push(periodOf(claim.period));
  const publications = claim.publications.length > 0
    ? claim.publications
    : [{ publisher: null, url: null, published: null, title: null }];
  for (const pub of publications) {
    // A headline and a body sentence of the same publication are one report, not two.
    const key = `${claim.documentId}|${pub.publisher ?? ''}|${pub.url ?? ''}`;
    if (draft.reportKeys.has(key)) continue;
    draft.reportKeys.add(key);
    const report: Report = {
      claimId: claim.id, documentId: claim.documentId, publisher: pub.publisher, url: pub.url,
      published: pub.published, evidence: claim.evidence.text, hedged: claim.hedged,
    };
    point.reports.push(report);
  }
}

/** Time order; on the same day by origin, then by figure. */
export function comparePoints(a: SeriesPoint, b: SeriesPoint): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.origin.key !== b.origin.key) return a.origin.key < b.origin.key ? -1 : 1;
  return a.low - b.low || a.high - b.high;
}
