/**
 * One statement, many reports: claims with the same figure from the same origin on the same day
 * become one point that lists every outlet that carried it. Points come back in time order.
 * This runs over every claim of `--all`, so the per-claim loop only computes a key and files the
 * claim; everything else is done once per point.
 */
import type { Period } from '../core/claim.ts';
import { reportsOf as documentReports } from '../ledger/series-figures.ts';
import { comparableClass, mergePeriods, periodOf } from './comparable.ts';
import { originKeyOf, originOf } from './origin.ts';
import { claimDate, exclusionTest } from './select.ts';
import type { ExcludedCounts, OriginRef, Report, SeriesInput, SeriesOptions, SeriesPoint } from './types.ts';

interface Draft {
  date: string;
  dateFrom: 'asOf' | 'published';
  origin: string;
  /** The figure as filed: min and max, an open end as -1. */
  minKey: number;
  maxKey: number;
  claims: SeriesInput[];
}

/** The figures one origin stated on one day, in the order they were first met (grouped by min). */
interface Slot {
  drafts: Draft[];
  /** Built only when an origin states many figures in one day, so the scan stays short. */
  index?: Map<string, Draft>;
}

/** Beyond this many figures of one origin on one day, find them by a hashed key instead of a scan. */
const SCAN_LIMIT = 16;

/**
 * Group one subject × metric's claims into points. Claims left out are counted in `excluded`
 * (mutated), so the caller can report them.
 */
export function groupPoints(claims: Iterable<SeriesInput>, options: SeriesOptions, excluded: ExcludedCounts): SeriesPoint[] {
  const leftOut = exclusionTest(options);
  // day → origin → the figures stated. Each level hashes a string the claim already holds; an
  // origin rarely states more than a couple of figures a day, so those are found by a scan.
  // Walking the days and origins in sorted order gives the points in time order without
  // sorting them all.
  const byDay = new Map<string, Map<string, Slot>>();
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
    const slot = byOrigin.get(origin);
    if (slot) file(slot, claim, date, dated !== null, origin);
    else byOrigin.set(origin, { drafts: [newDraft(claim, date, dated !== null, origin)] });
  }
  // One OriginRef per origin, shared by its points.
  const origins = new Map<string, OriginRef>();
  const points: SeriesPoint[] = [];
  for (const date of [...byDay.keys()].sort()) {
    const byOrigin = byDay.get(date) as Map<string, Slot>;
    for (const key of [...byOrigin.keys()].sort()) {
      const drafts = (byOrigin.get(key) as Slot).drafts;
      let origin = origins.get(key);
      if (!origin) origins.set(key, (origin = originOf((drafts[0] as Draft).claims[0] as SeriesInput)));
      if (drafts.length === 1) {
        points.push(toPoint(drafts[0] as Draft, origin, options));
        continue;
      }
      const figures = drafts.map((d) => toPoint(d, origin, options));
      figures.sort(comparePoints);
      for (const p of figures) points.push(p);
    }
  }
  return points;
}

function newDraft(claim: SeriesInput, date: string, published: boolean, origin: string): Draft {
  return { date, dateFrom: published ? 'published' : 'asOf', origin, minKey: claim.min ?? -1, maxKey: claim.max ?? -1, claims: [claim] };
}

/**
 * File a claim with the same figure of its slot, or start a new figure. A new figure goes after
 * the last one with the same lower end: figures are listed grouped by min, each group in the
 * order first met (how same-day figures that compare equal keep their order).
 */
function file(slot: Slot, claim: SeriesInput, date: string, published: boolean, origin: string): void {
  const minKey = claim.min ?? -1;
  const maxKey = claim.max ?? -1;
  const drafts = slot.drafts;
  if (slot.index) {
    const hit = slot.index.get(`${minKey}|${maxKey}`);
    if (hit) {
      hit.claims.push(claim);
      return;
    }
  } else {
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i] as Draft;
      if (d.minKey === minKey && d.maxKey === maxKey) {
        d.claims.push(claim);
        return;
      }
    }
  }
  const draft = newDraft(claim, date, published, origin);
  let after = -1;
  for (let i = drafts.length - 1; i >= 0; i--) {
    if ((drafts[i] as Draft).minKey === minKey) {
      after = i;
      break;
    }
  }
  if (after === -1 || after === drafts.length - 1) drafts.push(draft);
  else drafts.splice(after + 1, 0, draft);
  if (slot.index) slot.index.set(`${minKey}|${maxKey}`, draft);
  else if (drafts.length > SCAN_LIMIT) slot.index = new Map(drafts.map((d) => [`${d.minKey}|${d.maxKey}`, d]));
}

function toPoint(draft: Draft, origin: OriginRef, options: SeriesOptions): SeriesPoint {
  const claims = draft.claims;
  const first = claims[0] as SeriesInput;
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
function pointPeriod(claims: readonly SeriesInput[]): Period {
  if (claims.length === 1) return periodOf((claims[0] as SeriesInput).period);
  let known = false;
  for (const c of claims) if (c.period && c.period.kind !== 'unknown') known = true;
  return known ? mergePeriods(claims.map((c) => periodOf(c.period))) : periodOf(undefined);
}

/**
 * One report per publication; a headline and a body sentence of one publication are one report.
 * Points carry a handful of reports, so duplicates are found by a scan, not a hashed set.
 */
function reportsOf(claims: readonly SeriesInput[]): Report[] {
  const reports: Report[] = [];
  for (const claim of claims) {
    const publications = claim.publications.length > 0 ? claim.publications : NO_PUBLICATIONS;
    for (const pub of publications) {
      if (listed(reports, claim.documentId, pub)) continue;
      reports.push({
        claimId: claim.id ?? '', documentId: claim.documentId, publisher: pub.publisher, url: pub.url,
        published: pub.published, evidence: claim.evidence?.text ?? '', hedged: claim.hedged,
      });
    }
  }
  return reports;
}

/** Whether `reports` has one of this document with this outlet and url (a plain loop: it runs for every report). */
function listed(reports: readonly Report[], documentId: string, pub: SeriesInput['publications'][number]): boolean {
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i] as Report;
    if (r.documentId === documentId && r.publisher === pub.publisher && r.url === pub.url) return true;
  }
  return false;
}

/** The number `reportsOf` would list, without making the reports (the common case needs no scan). */
function countReports(claims: readonly SeriesInput[]): number {
  const first = claims[0] as SeriesInput;
  // One outlet's same url stored twice (a later day's copy) is still one report.
  if (claims.length === 1) return first.publicationCount === undefined ? documentReports(first.publications) : Math.max(1, first.publicationCount);
  const read: SeriesInput[] = [];
  // A document whose publications were only counted has at most one: one report, whichever of
  // the point's claims it carries.
  let counted: Set<string> | undefined;
  for (const c of claims) {
    if (c.publicationCount === undefined) read.push(c);
    else (counted ??= new Set()).add(c.documentId);
  }
  return (read.length > 0 ? reportsOf(read).length : 0) + (counted?.size ?? 0);
}

const NO_PUBLICATION = { publisher: null, url: null, published: null };
/** A claim whose document has no publication makes one report with none. */
const NO_PUBLICATIONS: SeriesInput['publications'] = [NO_PUBLICATION];

/** Time order; on the same day by origin, then by figure. */
export function comparePoints(a: SeriesPoint, b: SeriesPoint): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.origin.key !== b.origin.key) return a.origin.key < b.origin.key ? -1 : 1;
  return a.low - b.low || a.high - b.high;
}
