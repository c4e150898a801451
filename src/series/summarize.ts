/**
 * The `--all` table line of one series (summary.ts), computed from the lean series read
 * (src/ledger/series-figures.ts) without building the series: the same points, standing totals,
 * revisions, contradictions and last reconciled row as build.ts, under the same rules
 * (RULES.md), but as counts. Contradictions are counted, never listed or worded, and only the last
 * date is reconciled.
 *
 * This runs for every claim of a ledger (a cold `--all` over 1,000,000 claims), so nothing is
 * made per claim but its document's id: claims are filed in ingest order into typed arrays (their
 * day, origin, figure, hedge, period, weight), from the SQLite read's texts where it gives them
 * (FIGURE_TEXT, read in place) or else its rows; days, origins and periods are numbered once per
 * series; claims that need their documents' publications (no statement day, the outlet's own
 * voice) get their day and origin once every claim is read. Then the days are walked in order
 * (claims bucketed by day with a counting sort, in ingest order within a day): a day's claims are
 * made into its points (a small hash of origin and figure; a point's documents a short list),
 * which are put in build.ts's order (origin, figure, then the order they were first met) and
 * walked; each origin's standing total is kept as its figures.
 *
 * Why it equals `summaryOf(buildSeries(...))`, where the two are built differently:
 * - points of one origin on one day are ordered here by their ends (low, high), then by the order
 *   their first claims were met (build.ts orders them by ends alone, ties in the order their
 *   figures were first met). Points with the same ends differ at most in hedge, reports and
 *   period: the first two decide which total stands before order does, and the period puts them
 *   in different comparisons; so whichever comes first, every count and figure comes out the same;
 * - a point's period is merged as `mergePeriods` does, one claim at a time in ingest order.
 * A property test (summarize.test.ts) holds the two to the same output.
 */
import type { Metric } from '../core/claim.ts';
import { FIGURE, FIGURE_FLAG, FIGURE_TEXT, type FigureRow, type SeriesFigures } from '../ledger/series-figures.ts';
import type { SeriesPublication } from '../ledger/series-read.ts';
import { isMonotone } from './metric-nature.ts';
import { ownVoiceKey } from './origin.ts';
import { DEFAULT_RULE, ruleById } from './rules/index.ts';
import { earliestPublicationDay } from './select.ts';
import { reconcileTally, type SeriesSummary, type SummaryTally } from './summary.ts';
import type { SeriesOptions } from './types.ts';

/** Comparison classes: a running total or level, none, or (from 1 on) one stretch of days. */
const TOTAL = 0;
const NONE = -1;
/** A period class not yet worked out (Grouping.periodClass). */
const UNCLASSED = -2;

/** Bits of a claim as filed: hedged, and which end of its figure is open. */
const CLAIM_BITS = { hedged: 1, noMin: 2, noMax: 4 } as const;

/** The day of a claim left out once its publications are read (they give no day). */
const NO_DAY = -1;

/** Period numbers of the bare periods (most claims state one of these), keyed as mergePeriods keys them. */
const BARE_CUMULATIVE = 0;
const BARE_INTERVAL = 1;

/** The summary of `key` from its lean read; `options` as for `buildSeries` (explain and reports play no part). */
export async function summarizeFigures(figures: SeriesFigures, key: { subject: string; metric: Metric }, options: SeriesOptions = {}): Promise<SeriesSummary> {
  return reconcileTally(await tallyFigures(figures, key, options), ruleById(options.rule ?? DEFAULT_RULE));
}

/** The summary of `key` before its reconciliation (summary.ts): what every rule shares; `options.rule` plays no part. */
export async function tallyFigures(figures: SeriesFigures, key: { subject: string; metric: Metric }, options: SeriesOptions = {}): Promise<SummaryTally> {
  const space = acquire();
  try {
    // Room for every claim at once where the caller knows how many there are (the ledger's list).
    space.growClaims((key as { claims?: number }).claims ?? 0);
    let grouping = new Grouping(figures, options, space);
    let filed = false;
    if (figures.texts !== undefined) {
      filed = true;
      for (const text of figures.texts) {
        if (grouping.fileText(text)) continue;
        // A text holds what only the rows tell exactly: file the rows instead, from the start.
        filed = false;
        grouping = new Grouping(figures, options, space);
        break;
      }
    }
    if (!filed) for (const r of figures.rows) grouping.file(r);
    await grouping.resolvePending(figures);
    const walked = grouping.walk(isMonotone(key.metric), options.unknownPeriod === 'skip' ? NONE : TOTAL);
    return {
      subject: key.subject, metric: key.metric, claimCount: grouping.claimCount, points: walked.points,
      sources: grouping.origins.length, contradictions: walked.contradictions, revisedDown: walked.revisedDown,
      lastDate: walked.lastDate, current: walked.current,
    };
  } finally {
    release(space);
  }
}

const FIELD = FIGURE_TEXT.field.charCodeAt(0);
const MINUS = 45;
/** Days a series may have for dayOrder's numeric sort (2^21). */
const DAY_IDS = 2_097_152;
/** More digits than this and a figure is read as JavaScript reads a number (exact only to 2^53). */
const DIGITS = 15;

/**
 * Typed arrays a series is filed into, grown as needed and reused by the next series (one set
 * per series being summarised at a time: summaries awaiting publications each hold their own).
 */
class Space {
  // Per claim filed, in ingest order.
  day = new Int32Array(1024);
  origin = new Int32Array(1024);
  minKey = new Float64Array(1024);
  maxKey = new Float64Array(1024);
  /** CLAIM_BITS. */
  bits = new Uint8Array(1024);
  period = new Int32Array(1024);
  weight = new Float64Array(1024);
  document: string[] = [];
  /** Claims filed, by day (a counting sort: in ingest order within a day). */
  byDay = new Int32Array(1024);

  // Per point of the day being walked, and the documents counted in each (a list per point).
  pointOrigin = new Int32Array(256);
  pointMin = new Float64Array(256);
  pointMax = new Float64Array(256);
  pointLow = new Float64Array(256);
  pointHigh = new Float64Array(256);
  pointHedged = new Uint8Array(256);
  pointReports = new Float64Array(256);
  pointPeriod = new Int32Array(256);
  pointPeriodCount = new Int32Array(256);
  pointDocuments = new Int32Array(256);
  /** The day's points in build.ts's order. */
  ordered = new Int32Array(256);
  entryDocument: string[] = [];
  entryNext = new Int32Array(256);
  /** The day's point hash: point number + 1, 0 for an empty place. */
  table = new Int32Array(512);

  growClaims(need: number): void {
    if (need <= this.day.length) return;
    const size = Math.max(need, this.day.length * 2);
    this.day = grow(this.day, size);
    this.origin = grow(this.origin, size);
    this.minKey = grow(this.minKey, size);
    this.maxKey = grow(this.maxKey, size);
    this.bits = grow(this.bits, size);
    this.period = grow(this.period, size);
    this.weight = grow(this.weight, size);
    this.byDay = new Int32Array(size);
  }

  /** Room for a day of `claims` claims: as many points and document entries, a hash twice as large. */
  growDay(claims: number): void {
    if (claims > this.pointOrigin.length) {
      const size = Math.max(claims, this.pointOrigin.length * 2);
      this.pointOrigin = new Int32Array(size);
      this.pointMin = new Float64Array(size);
      this.pointMax = new Float64Array(size);
      this.pointLow = new Float64Array(size);
      this.pointHigh = new Float64Array(size);
      this.pointHedged = new Uint8Array(size);
      this.pointReports = new Float64Array(size);
      this.pointPeriod = new Int32Array(size);
      this.pointPeriodCount = new Int32Array(size);
      this.pointDocuments = new Int32Array(size);
      this.ordered = new Int32Array(size);
      this.entryNext = new Int32Array(size);
    }
    const places = smallestPower(2 * claims);
    if (places > this.table.length) this.table = new Int32Array(places);
  }
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(a: T, size: number): T {
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a);
  return out;
}

const spaces: Space[] = [];

function acquire(): Space {
  return spaces.pop() ?? new Space();
}

function release(space: Space): void {
  // The strings of the last series are not kept alive by the pool.
  space.document.length = 0;
  space.entryDocument.length = 0;
  spaces.push(space);
}

/** A day as filed: YYYYMMDD for a well-formed `YYYY-MM-DD` (their order is the strings' order), else -1. */
function dayNumber(date: string): number {
  return date.length === 10 ? dayNumberIn(date, 0) : -1;
}

/** dayNumber of the ten characters of `text` from `start`. */
function dayNumberIn(text: string, start: number): number {
  if (text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = text.charCodeAt(start + i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

interface Walked {
  points: number;
  contradictions: number;
  revisedDown: number;
  /** The last date on which an origin stated a total, null when none did. */
  lastDate: string | null;
  /** Every origin's standing total then, in the order origins first had one. */
  current: SummaryTally['current'];
}

/**
 * Claims filed as select.ts and points.ts file them, keeping only what the summary counts: each
 * claim's day, origin, figure, hedge, period and document, in ingest order. Points are made one
 * day at a time when the days are walked (a point is one day's), so that what a point is found
 * in stays small.
 */
class Grouping {
  claimCount = 0;
  /** Claims filed (not left out). */
  filed = 0;
  /** Origin keys by their number. */
  readonly origins: string[] = [];
  publications: ReadonlyMap<string, readonly SeriesPublication[]> = new Map();
  /** Flags that leave a claim out under the options. */
  private readonly leaveOut: number;
  private readonly byKey = new Map<string, number>();
  /** Stored origin id → its number, after merges (several ids may be one entity). */
  private readonly byStored = new Map<string, number>();
  private readonly reports: ReadonlyMap<string, number>;
  private readonly canonical: (id: string) => string;

  /** Days: by YYYYMMDD, or by their text when not of that form; each day's text. */
  private readonly dayOf = new Map<number, number>();
  private readonly oddDayOf = new Map<string, number>();
  private readonly dayText: string[] = [];
  private readonly dayValue: number[] = [];

  /** The day and own-voice origin a document's publications give (claims that need them). */
  private readonly publishedDay = new Map<string, string | null>();
  private readonly ownVoice = new Map<string, number>();

  /** Known periods by key (kind|from|to, as mergePeriods keys them), with their kind and ends. */
  private readonly periodOf = new Map<string, number>([['cumulative||', BARE_CUMULATIVE], ['interval||', BARE_INTERVAL]]);
  private readonly periodInterval: boolean[] = [false, true];
  private readonly periodFrom: (string | null)[] = [null, null];
  private readonly periodTo: (string | null)[] = [null, null];

  constructor(figures: SeriesFigures, options: SeriesOptions, readonly space: Space) {
    const exclude = options.exclude ?? [];
    this.leaveOut = FIGURE_FLAG.rejected | FIGURE_FLAG.superseded
      | (options.includeTitles ? 0 : FIGURE_FLAG.title)
      | (exclude.includes('hedged') ? FIGURE_FLAG.hedged : 0)
      | (exclude.includes('unattributed') ? FIGURE_FLAG.unattributed : 0);
    this.reports = figures.reports;
    this.canonical = figures.canonical;
  }

  /** File one row of the lean read (FigureRow). */
  file(r: FigureRow): void {
    this.claimCount += 1;
    const flags = r[FIGURE.flags];
    if ((flags & this.leaveOut) !== 0) return;
    const min = r[FIGURE.min];
    const max = r[FIGURE.max];
    if (min === null && max === null) return;
    const asOf = r[FIGURE.asOf];
    // points.ts's test: an empty statement day is no day.
    if (asOf === '') return;
    const stored = r[FIGURE.origin];
    const c = this.add(flags, min, max, r[FIGURE.documentId], this.periodNumber(flags, r[FIGURE.periodFrom], r[FIGURE.periodTo]));
    if (asOf !== null && stored !== null) {
      this.space.day[c] = this.dayNumberOf(asOf);
      this.space.origin[c] = this.storedOrigin(stored);
    } else this.pending.push(c, asOf, stored);
  }

  /**
   * File every line of a text of the series (FIGURE_TEXT), as `file` files rows; false where a
   * line holds what only the rows tell exactly (a figure no whole number of up to DIGITS digits, a
   * separator inside a field): then nothing filed so far counts.
   */
  fileText(text: string): boolean {
    const n = text.length;
    for (let i = 0; i < n;) {
      // Each field ends at the next field separator, the last at the line's end; a separator
      // anywhere else (inside a field) makes the line one the rows must tell.
      const lineStart = i;
      let lineEnd = text.indexOf(FIGURE_TEXT.line, i);
      if (lineEnd < 0) lineEnd = n;
      const documentEnd = text.indexOf(FIGURE_TEXT.field, i);
      if (documentEnd < 0 || documentEnd > lineEnd) return false;
      const asOfStart = documentEnd + 1;
      const asOfEnd = text.indexOf(FIGURE_TEXT.field, asOfStart);
      if (asOfEnd < 0 || asOfEnd > lineEnd) return false;
      const min = this.figureAt(text, asOfEnd + 1);
      if (min === undefined || text.charCodeAt(this.end) !== FIELD) return false;
      const max = this.figureAt(text, this.end + 1);
      if (max === undefined || text.charCodeAt(this.end) !== FIELD) return false;
      let flags = 0;
      let j = this.end + 1;
      const flagsStart = j;
      let c = 0;
      for (; j < n && (c = text.charCodeAt(j)) >= 48 && c <= 57; j++) flags = flags * 10 + (c - 48);
      if (c !== FIELD || j === flagsStart || j - flagsStart > 4) return false;
      const originStart = j + 1;
      const originEnd = text.indexOf(FIGURE_TEXT.field, originStart);
      if (originEnd < 0 || originEnd > lineEnd) return false;
      const fromEnd = text.indexOf(FIGURE_TEXT.field, originEnd + 1);
      if (fromEnd < 0 || fromEnd > lineEnd) return false;
      const toStart = fromEnd + 1;
      const extra = text.indexOf(FIGURE_TEXT.field, toStart);
      if (extra >= 0 && extra < lineEnd) return false;
      i = lineEnd + 1;
      this.claimCount += 1;
      if ((flags & this.leaveOut) !== 0) continue;
      if (min === null && max === null) continue;
      const noAsOf = (flags & FIGURE_FLAG.noAsOf) !== 0;
      if (!noAsOf && asOfStart === asOfEnd) continue;
      const code = (flags >> FIGURE_FLAG.periodShift) & FIGURE_FLAG.periodMask;
      const fromStart = originEnd + 1;
      const period = code !== 1 && code !== 2 ? -1
        : this.periodNumber(flags, fromStart === fromEnd ? null : text.slice(fromStart, fromEnd), toStart === lineEnd ? null : text.slice(toStart, lineEnd));
      const claim = this.add(flags, min, max, text.slice(lineStart, documentEnd), period);
      const noOrigin = (flags & FIGURE_FLAG.noOrigin) !== 0;
      if (!noAsOf && !noOrigin) {
        this.space.day[claim] = this.dayAt(text, asOfStart, asOfEnd);
        this.space.origin[claim] = this.originAt(text, originStart, originEnd);
      } else this.pending.push(claim, noAsOf ? null : text.slice(asOfStart, asOfEnd), noOrigin ? null : text.slice(originStart, originEnd));
    }
    return true;
  }

  /** Where figureAt stopped. */
  private end = 0;

  /**
   * The figure whose field starts at `start`: null when empty, undefined when it is no whole
   * number of up to DIGITS digits (the rows read it exactly). Sets `end` to the field's end.
   */
  private figureAt(text: string, start: number): number | null | undefined {
    let i = start;
    const negative = text.charCodeAt(i) === MINUS;
    if (negative) i += 1;
    const digits = i;
    let value = 0;
    let c = 0;
    for (; i < text.length && (c = text.charCodeAt(i)) >= 48 && c <= 57; i++) value = value * 10 + (c - 48);
    this.end = i;
    if (i === start) return null;
    if (i === digits || i - digits > DIGITS) return undefined;
    return negative ? -value : value;
  }

  /**
   * A claim filed (past the options and its figure): its number. Its day and origin are set by
   * the caller, or once its document's publications are read (`pending`).
   */
  private add(flags: number, min: number | null, max: number | null, documentId: string, period: number): number {
    const c = this.filed++;
    const s = this.space;
    s.growClaims(this.filed);
    s.minKey[c] = min ?? -1;
    s.maxKey[c] = max ?? -1;
    s.bits[c] = ((flags & FIGURE_FLAG.hedged) !== 0 ? CLAIM_BITS.hedged : 0) | (min === null ? CLAIM_BITS.noMin : 0) | (max === null ? CLAIM_BITS.noMax : 0);
    s.period[c] = period;
    s.weight[c] = this.reports.size > 0 ? (this.reports.get(documentId) ?? 1) : 1;
    s.document[c] = documentId;
    return c;
  }

  /** Claims with no statement day or in the outlet's own voice: each one's number, statement day and stored origin. */
  private readonly pending: (number | string | null)[] = [];

  /**
   * The day and origin of claims that need their documents' publications (no statement day, or
   * the outlet's own voice), read once every claim is filed; a claim they give no day is left out.
   */
  async resolvePending(figures: SeriesFigures): Promise<void> {
    const pending = this.pending;
    if (pending.length === 0) return;
    const s = this.space;
    const wanted = new Set<string>();
    for (let i = 0; i < pending.length; i += 3) wanted.add(s.document[pending[i] as number] as string);
    this.publications = await figures.publications([...wanted]);
    for (let i = 0; i < pending.length; i += 3) {
      const c = pending[i] as number;
      const documentId = s.document[c] as string;
      const date = (pending[i + 1] as string | null) ?? this.dayPublished(documentId);
      if (!date) {
        s.day[c] = NO_DAY;
        continue;
      }
      const stored = pending[i + 2] as string | null;
      s.day[c] = this.dayNumberOf(date);
      s.origin[c] = stored === null ? this.ownVoiceOrigin(documentId) : this.storedOrigin(stored);
    }
  }

  /** Stored origins as met in texts: a hash of their characters → their place in `textOrigins` + 1. */
  private originTable = new Int32Array(64);
  private readonly textOrigins: { text: string; origin: number }[] = [];

  /** storedOrigin of the text's `start..end`, cut out of the text only the first time it is met. */
  private originAt(text: string, start: number, end: number): number {
    let h = 0x811c9dc5 ^ (end - start);
    for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    const table = this.originTable;
    const mask = table.length - 1;
    let at = (h ^ (h >>> 15)) & mask;
    for (let entry = table[at] as number; entry !== 0; entry = table[at] as number) {
      const known = this.textOrigins[entry - 1] as { text: string; origin: number };
      if (known.text.length === end - start && text.startsWith(known.text, start)) return known.origin;
      at = (at + 1) & mask;
    }
    const stored = text.slice(start, end);
    const origin = this.storedOrigin(stored);
    this.textOrigins.push({ text: stored, origin });
    table[at] = this.textOrigins.length;
    if (this.textOrigins.length * 2 > table.length) this.rehashOrigins();
    return origin;
  }

  private rehashOrigins(): void {
    const table = new Int32Array(this.originTable.length * 2);
    const mask = table.length - 1;
    this.textOrigins.forEach(({ text }, i) => {
      let h = 0x811c9dc5 ^ text.length;
      for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
      let at = (h ^ (h >>> 15)) & mask;
      while (table[at] !== 0) at = (at + 1) & mask;
      table[at] = i + 1;
    });
    this.originTable = table;
  }

  private storedOrigin(stored: string): number {
    const known = this.byStored.get(stored);
    if (known !== undefined) return known;
    const origin = this.originNumber(this.canonical(stored));
    this.byStored.set(stored, origin);
    return origin;
  }

  /** dayNumberOf of the text's `start..end`, its text made only for a day not met before. */
  private dayAt(text: string, start: number, end: number): number {
    if (end - start === 10) {
      const value = dayNumberIn(text, start);
      if (value >= 0) {
        const day = this.dayOf.get(value);
        if (day !== undefined) return day;
      }
    }
    return this.dayNumberOf(text.slice(start, end));
  }

  private dayNumberOf(date: string): number {
    const value = dayNumber(date);
    if (value >= 0) {
      const day = this.dayOf.get(value);
      if (day !== undefined) return day;
      this.dayOf.set(value, this.dayText.length);
    } else {
      const day = this.oddDayOf.get(date);
      if (day !== undefined) return day;
      this.oddDayOf.set(date, this.dayText.length);
    }
    this.dayText.push(date);
    this.dayValue.push(value);
    return this.dayText.length - 1;
  }

  private dayPublished(documentId: string): string | null {
    let day = this.publishedDay.get(documentId);
    if (day === undefined) this.publishedDay.set(documentId, (day = earliestPublicationDay(this.publicationsOf(documentId))));
    return day;
  }

  private ownVoiceOrigin(documentId: string): number {
    let origin = this.ownVoice.get(documentId);
    if (origin === undefined) this.ownVoice.set(documentId, (origin = this.originNumber(ownVoiceKey(this.publicationsOf(documentId), documentId))));
    return origin;
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

  /**
   * The claim's known period, -1 when it states none or 'unknown' (never counted). Keyed as
   * mergePeriods keys periods; a key's kind and ends are those of the first claim that has it.
   */
  private periodNumber(flags: number, from: string | null, to: string | null): number {
    const code = (flags >> FIGURE_FLAG.periodShift) & FIGURE_FLAG.periodMask;
    if (code !== 1 && code !== 2) return -1;
    const interval = code === 2;
    if (from === null && to === null) return interval ? BARE_INTERVAL : BARE_CUMULATIVE;
    const key = `${interval ? 'interval' : 'cumulative'}|${from ?? ''}|${to ?? ''}`;
    let n = this.periodOf.get(key);
    if (n === undefined) {
      this.periodOf.set(key, (n = this.periodInterval.length));
      this.periodInterval.push(interval);
      this.periodFrom.push(from);
      this.periodTo.push(to);
    }
    return n;
  }

  /**
   * Days in order, each day's claims made into its points (the same day, origin and figure: one
   * point, its reports one per document, hedged only if every claim is, its period merged as
   * `mergePeriods` does), and its points in build.ts's order (origins by key, then figures): each
   * origin's standing total of the day (tracks.ts), its revisions, the contradictions among
   * totals (contradictions.ts, counted) and among counts of the same stretch.
   */
  walk(monotone: boolean, unknownClass: number): Walked {
    const s = this.space;
    const filed = this.filed;
    const origins = this.origins.length;
    const out: Walked = { points: 0, contradictions: 0, revisedDown: 0, lastDate: null, current: [] };
    if (filed === 0) return out;
    const days = this.dayText.length;
    const { ids: dayIds, rank: dayRank } = this.dayOrder();
    const rank = originRanks(this.origins);
    // Claims by day (a counting sort, stable: ingest order within a day); those left out with no day aside.
    const start = new Int32Array(days + 1);
    for (let c = 0; c < filed; c++) {
      const day = s.day[c] as number;
      if (day === NO_DAY) continue;
      const d = (dayRank[day] as number) + 1;
      start[d] = (start[d] as number) + 1;
    }
    let most = 0;
    for (let d = 0; d < days; d++) {
      most = Math.max(most, start[d + 1] as number);
      start[d + 1] = (start[d + 1] as number) + (start[d] as number);
    }
    const fill = start.slice(0, days);
    const byDay = s.byDay;
    for (let c = 0; c < filed; c++) {
      const day = s.day[c] as number;
      if (day === NO_DAY) continue;
      const d = dayRank[day] as number;
      const at = fill[d] as number;
      byDay[at] = c;
      fill[d] = at + 1;
    }
    s.growDay(most);
    const classes = new Int32Array(this.periodInterval.length).fill(UNCLASSED);
    /** comparable.ts's classes: a stretch with both ends known compares with the same stretch only. */
    const intervals = new Map<string, number>();
    const classOf = (period: number): number => {
      if (period < 0) return unknownClass;
      let cls = classes[period] as number;
      if (cls === UNCLASSED) {
        const from = this.periodFrom[period];
        const to = this.periodTo[period];
        if (!this.periodInterval[period]) cls = TOTAL;
        else if (!from || !to) cls = NONE;
        else {
          const name = `interval:${from}..${to}`;
          const n = intervals.get(name);
          if (n === undefined) intervals.set(name, (cls = intervals.size + 1));
          else cls = n;
        }
        classes[period] = cls;
      }
      return cls;
    };
    // Each origin's standing total so far (its figures), and the order in which origins first had one.
    const hasStanding = new Uint8Array(origins);
    const standingLow = new Float64Array(origins);
    const standingHigh = new Float64Array(origins);
    const standingHedged = new Uint8Array(origins);
    const standingReports = new Float64Array(origins);
    const order: number[] = [];
    /** The day each origin's standing total was stated (it stands from then on). */
    const standingDay = new Int32Array(origins).fill(-1);
    /** Per stretch of days, the latest count of each origin (its ends, by number in latestLow / latestHigh). */
    const latestCounts = new Map<number, Map<number, number>>();
    const latestLow: number[] = [];
    const latestHigh: number[] = [];
    const added: number[] = [];
    let lastDay = -1;
    const { pointOrigin, pointLow, pointHigh, pointHedged, pointReports, ordered } = s;
    const byOrder = (a: number, b: number) =>
      ((rank[pointOrigin[a] as number] as number) - (rank[pointOrigin[b] as number] as number))
      || ((pointLow[a] as number) - (pointLow[b] as number)) || ((pointHigh[a] as number) - (pointHigh[b] as number)) || (a - b);
    for (let d = 0; d < days; d++) {
      const points = this.pointsOf(byDay, start[d] as number, start[d + 1] as number);
      out.points += points;
      for (let i = 0; i < points; i++) ordered[i] = i;
      if (points > 1) sortPoints(ordered, points, byOrder);
      added.length = 0;
      for (let i = 0; i < points;) {
        const o = pointOrigin[ordered[i] as number] as number;
        let stands = -1;
        for (; i < points && pointOrigin[ordered[i] as number] === o; i++) {
          const p = ordered[i] as number;
          const cls = classOf(s.pointPeriod[p] as number);
          if (cls === TOTAL) {
            if (stands < 0 || standsOver(s, p, stands)) stands = p;
          } else if (cls !== NONE) {
            let latest = latestCounts.get(cls);
            if (!latest) latestCounts.set(cls, (latest = new Map()));
            latest.set(o, latestLow.length);
            latestLow.push(pointLow[p] as number);
            latestHigh.push(pointHigh[p] as number);
          }
        }
        if (stands < 0) continue;
        if (monotone && hasStanding[o] === 1 && (pointHigh[stands] as number) < (standingLow[o] as number)) out.revisedDown += 1;
        added.push(stands);
      }
      if (added.length === 0) continue;
      for (let i = 0; i < added.length; i++) {
        const a = added[i] as number;
        for (let j = i + 1; j < added.length; j++) {
          const b = added[j] as number;
          if ((pointHigh[a] as number) < (pointLow[b] as number) || (pointHigh[b] as number) < (pointLow[a] as number)) out.contradictions += 1;
        }
      }
      for (const q of added) standingDay[pointOrigin[q] as number] = d;
      if (monotone) {
        // A total below another origin's standing earlier total (not one stated today).
        for (const q of added) {
          const high = pointHigh[q] as number;
          for (const o of order) if (standingDay[o] !== d && high < (standingLow[o] as number)) out.contradictions += 1;
        }
      }
      for (const q of added) {
        const o = pointOrigin[q] as number;
        if (hasStanding[o] === 0) {
          hasStanding[o] = 1;
          order.push(o);
        }
        standingLow[o] = pointLow[q] as number;
        standingHigh[o] = pointHigh[q] as number;
        standingHedged[o] = pointHedged[q] as number;
        standingReports[o] = pointReports[q] as number;
      }
      lastDay = d;
    }
    for (const latest of latestCounts.values()) {
      const list = [...latest.values()];
      for (let i = 0; i < list.length; i++) {
        const a = list[i] as number;
        for (let j = i + 1; j < list.length; j++) {
          const b = list[j] as number;
          if ((latestHigh[a] as number) < (latestLow[b] as number) || (latestHigh[b] as number) < (latestLow[a] as number)) out.contradictions += 1;
        }
      }
    }
    if (lastDay >= 0) {
      out.lastDate = this.dayText[dayIds[lastDay] as number] as string;
      out.current = order.map((o) => {
        const low = standingLow[o] as number;
        const high = standingHigh[o] as number;
        return [low, high, Math.round((low + high) / 2), standingHedged[o] === 1 ? 1 : 0, standingReports[o] as number];
      });
    }
    return out;
  }

  /**
   * The points of one day's claims (`byDay[from..to)`, in ingest order) into the point arrays,
   * numbered in the order they were first met; their number.
   */
  private pointsOf(byDay: Int32Array, from: number, to: number): number {
    const s = this.space;
    const size = smallestPower(2 * (to - from));
    const mask = size - 1;
    const table = s.table;
    table.fill(0, 0, size);
    let points = 0;
    let entries = 0;
    let conflicts: Map<number, Map<number, number>> | undefined;
    for (let i = from; i < to; i++) {
      const c = byDay[i] as number;
      const origin = s.origin[c] as number;
      const minKey = s.minKey[c] as number;
      const maxKey = s.maxKey[c] as number;
      const period = s.period[c] as number;
      const document = s.document[c] as string;
      let at = hashPoint(origin, minKey, maxKey) & mask;
      let p = -1;
      for (let entry = table[at] as number; entry !== 0; entry = table[at] as number) {
        const q = entry - 1;
        if (s.pointOrigin[q] === origin && s.pointMin[q] === minKey && s.pointMax[q] === maxKey) {
          p = q;
          break;
        }
        at = (at + 1) & mask;
      }
      if (p < 0) {
        p = points++;
        table[at] = p + 1;
        s.pointOrigin[p] = origin;
        s.pointMin[p] = minKey;
        s.pointMax[p] = maxKey;
        const bits = s.bits[c] as number;
        // An open end takes the other end's value (points.ts).
        s.pointLow[p] = (bits & CLAIM_BITS.noMin) !== 0 ? maxKey : minKey;
        s.pointHigh[p] = (bits & CLAIM_BITS.noMax) !== 0 ? minKey : maxKey;
        s.pointHedged[p] = bits & CLAIM_BITS.hedged;
        s.pointReports[p] = s.weight[c] as number;
        s.pointPeriod[p] = period;
        s.pointPeriodCount[p] = period < 0 ? 0 : 1;
        s.entryDocument[entries] = document;
        s.entryNext[entries] = -1;
        s.pointDocuments[p] = entries++;
        continue;
      }
      if (((s.bits[c] as number) & CLAIM_BITS.hedged) === 0) s.pointHedged[p] = 0;
      if (period >= 0) conflicts = mergePeriod(s, p, period, conflicts);
      // A document counts once in a point (a headline and its body are one report).
      let counted = false;
      for (let e = s.pointDocuments[p] as number; e >= 0; e = s.entryNext[e] as number) {
        if (s.entryDocument[e] === document) {
          counted = true;
          break;
        }
      }
      if (!counted) {
        s.entryDocument[entries] = document;
        s.entryNext[entries] = s.pointDocuments[p] as number;
        s.pointDocuments[p] = entries++;
        s.pointReports[p] = (s.pointReports[p] as number) + (s.weight[c] as number);
      }
    }
    return points;
  }

  /** The days in the order of their texts: day numbers by place, and each day's place. */
  private dayOrder(): { ids: number[]; rank: Int32Array } {
    const days = this.dayText.length;
    const rank = new Int32Array(days);
    const value = this.dayValue;
    if (this.oddDayOf.size === 0 && days < DAY_IDS) {
      // YYYYMMDD and the day's number in one float (< 2^48), sorted as numbers.
      const keys = new Float64Array(days);
      for (let id = 0; id < days; id++) keys[id] = (value[id] as number) * DAY_IDS + id;
      keys.sort();
      const ids = new Array<number>(days);
      for (let r = 0; r < days; r++) {
        const id = (keys[r] as number) % DAY_IDS;
        ids[r] = id;
        rank[id] = r;
      }
      return { ids, rank };
    }
    const ids = Array.from({ length: days }, (_, i) => i);
    if (this.oddDayOf.size === 0) ids.sort((a, b) => (value[a] as number) - (value[b] as number));
    else {
      const text = this.dayText;
      ids.sort((a, b) => ((text[a] as string) < (text[b] as string) ? -1 : (text[a] as string) > (text[b] as string) ? 1 : 0));
    }
    ids.forEach((id, i) => (rank[id] = i));
    return { ids, rank };
  }
}

/**
 * comparable.ts's mergePeriods, one claim at a time: the first period to reach the highest count
 * wins. `conflicts`: counts per period of the day's points whose claims state more than one.
 */
function mergePeriod(s: Space, p: number, period: number, conflicts: Map<number, Map<number, number>> | undefined): Map<number, Map<number, number>> | undefined {
  const merged = s.pointPeriod[p] as number;
  const counts = conflicts?.get(p);
  if (counts === undefined) {
    if (merged < 0) {
      s.pointPeriod[p] = period;
      s.pointPeriodCount[p] = 1;
    } else if (merged === period) s.pointPeriodCount[p] = (s.pointPeriodCount[p] as number) + 1;
    else (conflicts ??= new Map()).set(p, new Map([[merged, s.pointPeriodCount[p] as number], [period, 1]]));
    return conflicts;
  }
  const count = (counts.get(period) ?? 0) + 1;
  counts.set(period, count);
  if (count > (s.pointPeriodCount[p] as number)) {
    s.pointPeriod[p] = period;
    s.pointPeriodCount[p] = count;
  }
  return conflicts;
}

/** Sort the first `n` of `ids` by `compare`: by insertion when few (most days), else the engine's sort. */
function sortPoints(ids: Int32Array, n: number, compare: (a: number, b: number) => number): void {
  if (n > 24) {
    ids.subarray(0, n).sort(compare);
    return;
  }
  for (let i = 1; i < n; i++) {
    const x = ids[i] as number;
    let j = i - 1;
    while (j >= 0 && compare(ids[j] as number, x) > 0) {
      ids[j + 1] = ids[j] as number;
      j--;
    }
    ids[j + 1] = x;
  }
}

function smallestPower(n: number): number {
  let size = 16;
  while (size < n) size *= 2;
  return size;
}

const NO_PUBLICATIONS: readonly SeriesPublication[] = [];

/** A hash of a point's key on its day: its origin and figure as filed. */
function hashPoint(origin: number, minKey: number, maxKey: number): number {
  let h = Math.imul(origin + 0x7f4a7c15, 0x85ebca6b) ^ Math.imul(minKey | 0, 0xc2b2ae35) ^ Math.imul((maxKey | 0) + 0x27d4eb2f, 0x165667b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** tracks.ts's rank: the stated figure stands first, then the one more outlets carried, then the narrower. */
function standsOver(s: Space, a: number, b: number): boolean {
  return (((s.pointHedged[a] as number) - (s.pointHedged[b] as number)) || ((s.pointReports[b] as number) - (s.pointReports[a] as number))
    || (((s.pointHigh[a] as number) - (s.pointLow[a] as number)) - ((s.pointHigh[b] as number) - (s.pointLow[b] as number)))) < 0;
}

/** Each origin's place when origin keys are sorted (points.ts orders a day's origins so). */
function originRanks(origins: readonly string[]): Int32Array {
  const sorted = origins.map((key, n) => ({ key, n })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rank = new Int32Array(origins.length);
  sorted.forEach((o, i) => (rank[o.n] = i));
  return rank;
}
