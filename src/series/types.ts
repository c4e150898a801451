/**
 * Types of the series: what goes in (stored claims of one subject × metric) and what comes out
 * (points, per-source tracks, contradictions, reconciled low/best/high). Everything here is
 * plain data, so the CLI, the server and the tests share one shape.
 */
import type { Claim, Metric, Period, SourceKind, SourceLink } from '../core/claim.ts';
import type { StoredClaim } from '../ledger/types.ts';

/**
 * The part of a ledger claim the series reads. A `StoredClaim` from the ledger is one; tests
 * build them by hand.
 * @example { ...claim, id: 'c1', documentId: 'd1', originId: 'kr-nis', status: 'unreviewed',
 *   publications: [{ publisher: 'Reuters', url: null, published: '2025-04-30', title: null }] }
 */
export type SeriesClaim = Claim &
  Pick<StoredClaim, 'id' | 'documentId' | 'originId' | 'status' | 'publications'> & {
    /** False when the claim's document was superseded by an edited version (left out). */
    current?: boolean;
  };

/**
 * What the series computation reads of a claim: a `SeriesClaim` is one, and so is a row of the
 * ledger's series read (`Ledger.readSeries`), which carries only these fields. Of the attribution
 * chain only whether there is one and its last link (the origin) are read.
 */
export interface SeriesInput {
  /** Needed only for listed reports, like `evidence`. */
  id?: string | undefined;
  documentId: string;
  metric: Claim['metric'];
  subject: Pick<Claim['subject'], 'country' | 'group'>;
  min: number | null;
  max: number | null;
  approximate: boolean;
  hedged: boolean;
  asOf: string | null;
  section: Claim['section'];
  period?: Period | undefined;
  source: readonly Pick<SourceLink, 'name' | 'country' | 'kind' | 'id'>[];
  /** Needed only for listed reports: the ledger's series read leaves it out when they are not listed. */
  evidence?: Pick<Claim['evidence'], 'text'> | undefined;
  originId: string | null;
  status: StoredClaim['status'];
  publications: readonly Pick<StoredClaim['publications'][number], 'publisher' | 'url' | 'published'>[];
  /**
   * Set when the document's publications were counted rather than read (the ledger's series read
   * when reports are not listed): it has this many, at most one, and `publications` is empty.
   */
  publicationCount?: number | undefined;
  /** False when the claim's document was superseded by an edited version (left out). */
  current?: boolean | undefined;
}

/** What to leave out before building a series. */
export type Exclusion = 'hedged' | 'unattributed';
export const EXCLUSIONS: readonly Exclusion[] = ['hedged', 'unattributed'];

/** Options of `buildSeries` / `buildAllSeries`. */
export interface SeriesOptions {
  /** Reconciliation rule id (default 'ucdp'). */
  rule?: RuleId;
  exclude?: readonly Exclusion[];
  /**
   * How figures with no stated period are compared: 'cumulative' (default: casualty reports
   * state running totals far more often than not) or 'skip' (shown, never compared).
   */
  unknownPeriod?: 'cumulative' | 'skip';
  /** Keep headline claims (default false: a headline repeats its body and often drops the source). */
  includeTitles?: boolean;
  /**
   * Write the reasons of reconciled rows and contradictions (default true). False leaves them
   * empty, for outputs that do not show them (the `--all` summary): over a whole ledger the words
   * cost more than the arithmetic.
   */
  explain?: boolean;
  /**
   * List every point's reports (default true). False leaves `reports` empty and keeps only
   * `reportCount`, for outputs that show counts (the `--all` summary).
   */
  reports?: boolean;
  /**
   * With listed reports, give each its evidence sentence (default true). False leaves them '',
   * for outputs that do not show them (one series' table): the ledger then reads no claim row.
   */
  evidence?: boolean;
}

export type RuleId = 'conservative' | 'ucdp';

/** The origin of a figure: the institution that first stated it, or the outlet's own voice. */
export interface OriginRef {
  /** Canonical entity id ("kr-nis"), else "<country>-<kind>", else "outlet:<publisher>". */
  key: string;
  /** Name as first written ("the country's intelligence agency"), or the outlet's name. */
  name: string;
  kind: SourceKind | 'outlet';
  country: string | null;
  /** False for the outlet's own voice (a claim with no attribution). */
  attributed: boolean;
}

/** One outlet's publication of one claim. */
export interface Report {
  claimId: string;
  documentId: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
  /** The sentence that states the figure in this document. */
  evidence: string;
  hedged: boolean;
}

/**
 * How a point may be compared: `total` = a running total or a level (cumulative, or unknown
 * treated as cumulative); `interval:<from>..<to>` = a count over that stretch; null = not
 * comparable with anything (an interval with no stated bounds, or unknown with `skip`).
 */
export type ComparableClass = 'total' | `interval:${string}` | null;

/**
 * One statement, many reports: the same figure (min, max) from the same origin about the same
 * subject and metric, stated the same day, however many outlets carried it.
 */
export interface SeriesPoint {
  /** Stable within a series: date|origin|min|max. */
  id: string;
  /** YYYY-MM-DD: the statement day (asOf), or the first publication day when asOf is missing. */
  date: string;
  dateFrom: 'asOf' | 'published';
  origin: OriginRef;
  min: number | null;
  max: number | null;
  /** True when any report gives the figure as approximate ("about 600"). */
  approximate: boolean;
  /** True only when every report hedges it: one plain report makes the figure stated. */
  hedged: boolean;
  period: Period;
  comparable: ComparableClass;
  /** Lower end used in comparisons: min, or max when the lower end is open. */
  low: number;
  /** Upper end used in comparisons: max, or min when the upper end is open. */
  high: number;
  /** One number for the figure: the exact value, the midpoint of a range, or its one bound. */
  value: number;
  /** Every outlet's publication of the statement ([] when the `reports` option is false). */
  reports: Report[];
  /** How many reports, always set. */
  reportCount: number;
  /** False for a second, different figure of the same origin on the same day (not current). */
  primary: boolean;
  /** 'revised-down' (a monotone total below the source's own earlier figure), 'contradicted'. */
  flags: PointFlag[];
}

export type PointFlag = 'revised-down' | 'contradicted';

/** One step in a source's own figures. */
export interface Revision {
  from: string;
  to: string;
  fromDate: string;
  toDate: string;
  /** up / down: ranges do not overlap; same: equal figure; overlap: ranges overlap. */
  change: 'up' | 'down' | 'same' | 'overlap';
  /** True when a running total went down (it cannot, unless the earlier figure was wrong). */
  flagged: boolean;
}

/** Per origin: its points in time order, its latest total, and how it revised itself. */
export interface SourceTrack {
  origin: OriginRef;
  /** Point ids, time order. */
  points: string[];
  /** Id of the latest comparable total, null when the origin gave none. */
  latest: string | null;
  revisions: Revision[];
}

/** Two current figures of different origins that cannot both hold. */
export interface Contradiction {
  date: string;
  /**
   * same-date: disjoint ranges stated the same day. later-lower: a running total stated below
   * another source's standing earlier total. same-interval: disjoint counts for the same stretch.
   */
  kind: 'same-date' | 'later-lower' | 'same-interval';
  a: string;
  b: string;
  /** In words ('' when `explain` is false). */
  reason: string;
}

/** The reconciled figure at one date, from the current total of every origin. */
export interface ReconciledRow {
  date: string;
  low: number;
  best: number;
  high: number;
  /** Ids of the current points the rule looked at. */
  current: string[];
  /** Human-readable, one per bound: which figures gave low, best, high ([] when `explain` is false). */
  reasons: string[];
}

/** Counts of claims left out, by reason. */
export interface ExcludedCounts {
  hedged: number;
  unattributed: number;
  rejected: number;
  superseded: number;
  titles: number;
  undated: number;
  /** Both ends open: no figure to place. */
  noFigure: number;
}

/** Everything about one subject × metric. */
export interface Series {
  /** "KP/military", "-/people" when no country (the ledger's subject key). */
  subject: string;
  metric: Metric;
  /** Running totals never fall (killed, wounded...); levels can (deployed, displaced...). */
  monotone: boolean;
  rule: { id: RuleId; explanation: string };
  claimCount: number;
  excluded: ExcludedCounts;
  /** Time order. */
  points: SeriesPoint[];
  sources: SourceTrack[];
  contradictions: Contradiction[];
  reconciled: ReconciledRow[];
}
