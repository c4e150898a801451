/**
 * The `--all` table line of one series (summary.ts), computed from the lean series read
 * (src/ledger/series-figures.ts) without building the series: the same points, standing totals,
 * revisions, contradictions and last reconciled row as build.ts, under the same rules
 * (RULES.md), but as counts. Nothing is made per claim but what groups it into its point, and
 * per point only its figure, its hedge, its report count and its period's class; contradictions
 * are counted, never listed or worded, and only the last date is reconciled.
 *
 * Why it equals `summaryOf(buildSeries(...))`, where the two are built differently:
 * - points of one origin on one day are ordered here by their ends (low, high) only, not also by
 *   the order their figures were first met. Points with the same ends differ at most in hedge,
 *   reports and period: the first two decide which total stands before order does, and the
 *   period puts them in different comparisons; so whichever comes first, every count and figure
 *   comes out the same;
 * - a point's period is merged as `mergePeriods` does, one claim at a time in ingest order.
 * A property test (summarize.test.ts) holds the two to the same output.
 */
import type { Metric } from '../core/claim.ts';
import { FIGURE, FIGURE_FLAG, type FigureRow, type SeriesFigures } from '../ledger/series-figures.ts';
import type { SeriesPublication } from '../ledger/series-read.ts';
import { disjoint } from './figure.ts';
import { isMonotone } from './metric-nature.ts';
import { ownVoiceKey } from './origin.ts';
import { DEFAULT_RULE, ruleById } from './rules/index.ts';
import { earliestPublicationDay } from './select.ts';
import { reconcileTally, type SeriesSummary, type SummaryTally } from './summary.ts';
import type { SeriesOptions } from './types.ts';

/** One point: a figure of one origin on one day, with what its reports add up to. */
interface Point {
  origin: number;
  /** The figure as filed: min and max, an open end as -1 (as points.ts files them). */
  minKey: number;
  maxKey: number;
  low: number;
  high: number;
  value: number;
  hedged: boolean;
  reportCount: number;
  /** Documents already counted in `reportCount`: the first, then any others. */
  firstDocument: string;
  documents: string[] | undefined;
  /** The period merged so far: the most often stated known one (`kind|from|to`), undefined when none is known. */
  period: Period | undefined;
  periodCount: number;
  /** Counts per period, made once a second different known period is met. */
  periods: Map<string, { period: Period; count: number }> | undefined;
}

/** A known period as merged: its key, and the ends of the first claim that stated it. */
interface Period {
  key: string;
  interval: boolean;
  from: string | null;
  to: string | null;
}

/** The figures one origin stated on one day. */
interface Slot {
  origin: number;
  points: Point[];
  /** Built only when an origin states many figures in one day, so the scan stays short. */
  index?: Map<string, Point>;
}

interface Day {
  slots: Slot[];
  /** Built only when many origins speak on one day. */
  index?: Map<number, Slot>;
}

/** Beyond this many, slots and points are found by a hashed key instead of a scan. */
const SCAN_LIMIT = 16;

/** Comparison classes: a running total or level, none, or (from 1 on) one stretch of days. */
const TOTAL = 0;
const NONE = -1;

/** Bare periods (most claims state one of these). */
const CUMULATIVE: Period = Object.freeze({ key: 'cumulative||', interval: false, from: null, to: null });
const INTERVAL: Period = Object.freeze({ key: 'interval||', interval: true, from: null, to: null });

/** The summary of `key` from its lean read; `options` as for `buildSeries` (explain and reports play no part). */
export async function summarizeFigures(figures: SeriesFigures, key: { subject: string; metric: Metric }, options: SeriesOptions = {}): Promise<SeriesSummary> {
  return reconcileTally(await tallyFigures(figures, key, options), ruleById(options.rule ?? DEFAULT_RULE));
}

/** The summary of `key` before its reconciliation (summary.ts): what every rule shares; `options.rule` plays no part. */
export async function tallyFigures(figures: SeriesFigures, key: { subject: string; metric: Metric }, options: SeriesOptions = {}): Promise<SummaryTally> {
  const grouped = await groupFigures(figures, options);
  const walked = walk(grouped, isMonotone(key.metric), options.unknownPeriod === 'skip' ? NONE : TOTAL);
  return {
    subject: key.subject, metric: key.metric, claimCount: grouped.claimCount, points: walked.points,
    sources: grouped.origins.length, contradictions: walked.contradictions, revisedDown: walked.revisedDown,
    lastDate: walked.lastDate,
    current: walked.lastDate === null ? [] : walked.current.map((p) => [p.low, p.high, p.value, p.hedged ? 1 : 0, p.reportCount]),
  };
}

interface Grouped {
  claimCount: number;
  days: Map<string, Day>;
  /** Origin keys by their number. */
  origins: string[];
}

/**
 * File every claim into its point, in ingest order. Publications are read only from the first
 * claim that needs them (no statement day, or the outlet's own voice): the rest of the series is
 * read ahead then, so that claims are still filed in order.
 */
async function groupFigures(figures: SeriesFigures, options: SeriesOptions): Promise<Grouped> {
  const grouping = new Grouping(figures, options);
  const rows = figures.rows[Symbol.iterator]();
  for (let next = rows.next(); !next.done; next = rows.next()) {
    const r = next.value;
    if (!needsPublications(r)) {
      grouping.file(r);
      continue;
    }
    const rest: FigureRow[] = [r];
    for (let more = rows.next(); !more.done; more = rows.next()) rest.push(more.value);
    const wanted = new Set<string>();
    for (const x of rest) if (needsPublications(x)) wanted.add(x[FIGURE.documentId]);
    grouping.publications = await figures.publications([...wanted]);
    for (const x of rest) grouping.file(x);
  }
  return grouping;
}

function needsPublications(r: FigureRow): boolean {
  return r[FIGURE.asOf] === null || r[FIGURE.origin] === null;
}

/** Claims filed into points, as select.ts and points.ts do, keeping only what the summary counts. */
class Grouping implements Grouped {
  claimCount = 0;
  readonly days = new Map<string, Day>();
  readonly origins: string[] = [];
  publications: ReadonlyMap<string, readonly SeriesPublication[]> = new Map();
  /** Flags that leave a claim out under the options. */
  private readonly leaveOut: number;
  private readonly byKey = new Map<string, number>();
  /** Stored origin id → its number, after merges (several ids may be one entity). */
  private readonly byStored = new Map<string, number>();
  private readonly reports: ReadonlyMap<string, number>;
  private readonly canonical: (id: string) => string;

  constructor(figures: SeriesFigures, options: SeriesOptions) {
    const exclude = options.exclude ?? [];
    this.leaveOut = FIGURE_FLAG.rejected | FIGURE_FLAG.superseded
      | (options.includeTitles ? 0 : FIGURE_FLAG.title)
      | (exclude.includes('hedged') ? FIGURE_FLAG.hedged : 0)
      | (exclude.includes('unattributed') ? FIGURE_FLAG.unattributed : 0);
    this.reports = figures.reports;
    this.canonical = figures.canonical;
  }

  file(r: FigureRow): void {
    this.claimCount += 1;
    const flags = r[FIGURE.flags];
    if ((flags & this.leaveOut) !== 0) return;
    const min = r[FIGURE.min];
    const max = r[FIGURE.max];
    if (min === null && max === null) return;
    const documentId = r[FIGURE.documentId];
    // points.ts's test: an empty statement day is no day.
    const date = r[FIGURE.asOf] ?? earliestPublicationDay(this.publicationsOf(documentId));
    if (!date) return;
    const stored = r[FIGURE.origin];
    let origin: number;
    if (stored === null) origin = this.originNumber(ownVoiceKey(this.publicationsOf(documentId), documentId));
    else {
      const known = this.byStored.get(stored);
      if (known === undefined) this.byStored.set(stored, (origin = this.originNumber(this.canonical(stored))));
      else origin = known;
    }
    let day = this.days.get(date);
    if (!day) this.days.set(date, (day = { slots: [] }));
    const slot = slotOf(day, origin);
    const minKey = min ?? -1;
    const maxKey = max ?? -1;
    const weight = this.reports.size > 0 ? (this.reports.get(documentId) ?? 1) : 1;
    const hedged = (flags & FIGURE_FLAG.hedged) !== 0;
    const period = periodOf(flags, r);
    const point = findPoint(slot, minKey, maxKey);
    if (point) {
      point.hedged &&= hedged;
      if (period !== undefined) mergePeriod(point, period);
      if (documentId !== point.firstDocument && !point.documents?.includes(documentId)) {
        (point.documents ??= []).push(documentId);
        point.reportCount += weight;
      }
      return;
    }
    const low = min ?? (max as number);
    const high = max ?? (min as number);
    addPoint(slot, {
      origin, minKey, maxKey, low, high, value: Math.round((low + high) / 2), hedged, reportCount: weight,
      firstDocument: documentId, documents: undefined, period, periodCount: period === undefined ? 0 : 1, periods: undefined,
    });
  }

  private originNumber(key: string): number {
    let n = this.byKey.get(key);
    if (n === undefined) {
      this.byKey.set(key, (n = this.origins.length));
      this.origins.push(key);
    }
    return n;
  }

  private publicationsOf(documentId: string): readonly SeriesPublication[] {
    return this.publications.get(documentId) ?? NO_PUBLICATIONS;
  }
}

const NO_PUBLICATIONS: readonly SeriesPublication[] = [];

/**
 * The claim's known period, undefined when it states none or 'unknown' (never counted). Keyed
 * as mergePeriods keys periods.
 */
function periodOf(flags: number, r: FigureRow): Period | undefined {
  const code = (flags >> FIGURE_FLAG.periodShift) & FIGURE_FLAG.periodMask;
  if (code !== 1 && code !== 2) return undefined;
  const from = r[FIGURE.periodFrom];
  const to = r[FIGURE.periodTo];
  const interval = code === 2;
  if (from === null && to === null) return interval ? INTERVAL : CUMULATIVE;
  return { key: `${interval ? 'interval' : 'cumulative'}|${from ?? ''}|${to ?? ''}`, interval, from, to };
}

/** comparable.ts's mergePeriods, one claim at a time: the first period to reach the highest count wins. */
function mergePeriod(point: Point, period: Period): void {
  const merged = point.period;
  if (point.periods === undefined) {
    if (merged === undefined) {
      point.period = period;
      point.periodCount = 1;
    } else if (merged.key === period.key) point.periodCount += 1;
    else point.periods = new Map([[merged.key, { period: merged, count: point.periodCount }], [period.key, { period, count: 1 }]]);
    return;
  }
  let entry = point.periods.get(period.key);
  if (entry) entry.count += 1;
  else point.periods.set(period.key, (entry = { period, count: 1 }));
  if (entry.count > point.periodCount) {
    point.period = entry.period;
    point.periodCount = entry.count;
  }
}

function slotOf(day: Day, origin: number): Slot {
  if (day.index) {
    const hit = day.index.get(origin);
    if (hit) return hit;
  } else {
    for (const s of day.slots) if (s.origin === origin) return s;
  }
  const slot: Slot = { origin, points: [] };
  day.slots.push(slot);
  if (day.index) day.index.set(origin, slot);
  else if (day.slots.length > SCAN_LIMIT) day.index = new Map(day.slots.map((s) => [s.origin, s]));
  return slot;
}

function findPoint(slot: Slot, minKey: number, maxKey: number): Point | undefined {
  if (slot.index) return slot.index.get(`${minKey}|${maxKey}`);
  for (const p of slot.points) if (p.minKey === minKey && p.maxKey === maxKey) return p;
  return undefined;
}

function addPoint(slot: Slot, point: Point): void {
  slot.points.push(point);
  if (slot.index) slot.index.set(`${point.minKey}|${point.maxKey}`, point);
  else if (slot.points.length > SCAN_LIMIT) slot.index = new Map(slot.points.map((p) => [`${p.minKey}|${p.maxKey}`, p]));
}

interface Walked {
  points: number;
  contradictions: number;
  revisedDown: number;
  /** The last date on which an origin stated a total, and every origin's standing total then. */
  lastDate: string | null;
  current: Point[];
}

/**
 * Points in time order (days, then origins by key, then figures), as build.ts walks them:
 * each origin's standing total of the day (tracks.ts), its revisions, the contradictions among
 * totals (contradictions.ts, counted) and among counts of the same stretch.
 */
function walk({ days, origins }: Grouped, monotone: boolean, unknownClass: number): Walked {
  const rank = originRanks(origins);
  /** comparable.ts's classes: a stretch with both ends known compares with the same stretch only. */
  const intervals = new Map<string, number>();
  const classOf = ({ period }: Point): number => {
    if (period === undefined) return unknownClass;
    if (!period.interval) return TOTAL;
    if (!period.from || !period.to) return NONE;
    const name = `interval:${period.from}..${period.to}`;
    let n = intervals.get(name);
    if (n === undefined) intervals.set(name, (n = intervals.size + 1));
    return n;
  };
  /** Each origin's standing total so far, and the order in which origins first had one. */
  const standing: (Point | undefined)[] = new Array<Point | undefined>(origins.length).fill(undefined);
  const order: number[] = [];
  /** The date each origin's standing total was stated (it stands from then on). */
  const standingDay = new Int32Array(origins.length).fill(-1);
  /** Per stretch of days, the latest count of each origin. */
  const latestCounts = new Map<number, Map<number, Point>>();
  const out: Walked = { points: 0, contradictions: 0, revisedDown: 0, lastDate: null, current: [] };
  const added: Point[] = [];
  const dates = [...days.keys()].sort();
  for (let d = 0; d < dates.length; d++) {
    const date = dates[d] as string;
    const slots = (days.get(date) as Day).slots;
    if (slots.length > 1) slots.sort((a, b) => (rank[a.origin] as number) - (rank[b.origin] as number));
    added.length = 0;
    for (const slot of slots) {
      const points = slot.points;
      if (points.length > 1) points.sort((a, b) => a.low - b.low || a.high - b.high);
      out.points += points.length;
      let stands: Point | undefined;
      for (const p of points) {
        const cls = classOf(p);
        if (cls === TOTAL) {
          if (!stands || standsOver(p, stands)) stands = p;
        } else if (cls !== NONE) {
          let latest = latestCounts.get(cls);
          if (!latest) latestCounts.set(cls, (latest = new Map()));
          latest.set(p.origin, p);
        }
      }
      if (!stands) continue;
      const before = standing[slot.origin];
      if (monotone && before && stands.high < before.low) out.revisedDown += 1;
      added.push(stands);
    }
    if (added.length === 0) continue;
    for (let i = 0; i < added.length; i++) {
      for (let j = i + 1; j < added.length; j++) if (disjoint(added[i] as Point, added[j] as Point)) out.contradictions += 1;
    }
    for (const q of added) standingDay[q.origin] = d;
    if (monotone) {
      // A total below another origin's standing earlier total (not one stated today).
      for (const q of added) {
        for (const o of order) {
          if (standingDay[o] !== d && q.high < (standing[o] as Point).low) out.contradictions += 1;
        }
      }
    }
    for (const q of added) {
      if (standing[q.origin] === undefined) order.push(q.origin);
      standing[q.origin] = q;
    }
    out.lastDate = date;
  }
  for (const latest of latestCounts.values()) {
    const list = [...latest.values()];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) if (disjoint(list[i] as Point, list[j] as Point)) out.contradictions += 1;
    }
  }
  out.current = order.map((o) => standing[o] as Point);
  return out;
}

/** tracks.ts's rank: the stated figure stands first, then the one more outlets carried, then the narrower. */
function standsOver(a: Point, b: Point): boolean {
  return ((Number(a.hedged) - Number(b.hedged)) || (b.reportCount - a.reportCount) || ((a.high - a.low) - (b.high - b.low))) < 0;
}

/** Each origin's place when origin keys are sorted (points.ts orders a day's origins so). */
function originRanks(origins: readonly string[]): Int32Array {
  const sorted = origins.map((key, n) => ({ key, n })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rank = new Int32Array(origins.length);
  sorted.forEach((o, i) => (rank[o.n] = i));
  return rank;
}
