/**
 * `tally series --all`'s table over a ledger, with summaries kept between runs: each series'
 * summary is stored in the ledger with the state it was computed from (src/ledger/
 * series-summaries.ts), and a later run reads it back instead of reading and recomputing a series
 * whose claims, reviews, publications and merged origins have not changed. A run after an ingest,
 * a review, a merge or a known text from another outlet recomputes only the series they touch.
 *
 * A kept line holds the series' counts and the current figures of its last date, not yet
 * reconciled (SummaryTally): the rule is applied when the line is read, so one kept line serves
 * every rule (`--rule conservative` finds what a write verb kept as `--all` with no flags does).
 *
 * Raise SUMMARY_VERSION whenever what a summary holds or how a series is computed changes: kept
 * summaries of another version are not used.
 */
import type { KeptSummary, Ledger, LedgerState, SeriesKeyCount } from '../ledger/ledger.ts';
import { SERIES_TRAIT } from '../ledger/series-read.ts';
import { seriesState } from '../ledger/series-summaries.ts';
import { bySubject } from './ledger-claims.ts';
import { DEFAULT_RULE, ruleById } from './rules/index.ts';
import { SummaryHelper, tallyJob, TallyRunner, type TallyJob } from './summary-jobs.ts';
import { reconcileTally, type SeriesSummary, type SummaryTally } from './summary.ts';
import { EXCLUSIONS, type Exclusion, type SeriesOptions } from './types.ts';

export const SUMMARY_VERSION = 5;

/** `--all`'s default least number of claims of a series (`--min-claims`). */
export const DEFAULT_MIN_CLAIMS = 3;

/**
 * Up to this many claims in the series to compute, each series' documents with several reports
 * are read with it; beyond, those of the whole ledger once (a scan of every publication).
 */
const FEW_CLAIMS = 50_000;

/** Written to the ledger in groups, so an interrupted first run keeps what it computed. */
const KEEP_EVERY = 64;

export type SummaryLedger = Pick<
  Ledger, 'seriesFigures' | 'seriesKeys' | 'seriesKeysSince' | 'seriesLedgerState' | 'seriesMarks' | 'readSeriesSummaries' | 'keepSeriesSummaries'
> & Partial<Pick<Ledger, 'seriesSummaryOptions'>>;

/** What the kept summaries depend on besides the ledger: the version and the options but the rule (applied on read). */
function optionsKey(options: SeriesOptions): string {
  return JSON.stringify({
    v: SUMMARY_VERSION, exclude: [...(options.exclude ?? [])].sort(),
    unknownPeriod: options.unknownPeriod ?? 'cumulative', includeTitles: options.includeTitles ?? false,
  });
}

/**
 * Where a run may compute in a helper thread too (summary-jobs.ts): the ledger's URL, which the
 * thread opens itself, and how many threads the machine runs at once (one: no helper).
 */
export interface Parallel {
  db: string;
  threads: number;
  /** Claims to compute from which the helper is used (default FEW_CLAIMS: fewer are done sooner alone). */
  from?: number;
  /** False: the main thread leaves every series to the helper while it runs (tests). */
  mainTakes?: boolean;
}

export interface SummaryCounts {
  /** Read back from the ledger. */
  kept: number;
  /** Computed now. */
  computed: number;
  /** Series computed by a helper thread (Parallel), for any set of options. */
  helped?: number;
  /** Why the computed ones could not be kept (a read-only ledger): the output is whole all the same. */
  notKept?: string;
}

/** The row that keeps the list of series itself, with the whole ledger's state (no subject is "*"). */
const LIST = { subject: '*', metric: '*' };

/** What the list row keeps: every series with its state, and the parts of the ledger's state the next run starts from. */
interface KeptList {
  keys: SeriesKeyCount[];
  shared: string;
  removed: number;
  lastSeq: number;
  claims: number | null;
}

/**
 * The summary of every series with at least `minClaims` claims, in `loadAllSeries`' order,
 * kept ones read back and the others computed (and kept). `counts` tells how many of each.
 *
 * `along`: other sets of options whose lines are brought up to date in the same pass (what a
 * write verb does for every set a user has asked for, refreshSummaries): a series that changed
 * is read once and summarised under each set that has no line of its state; only the lines of
 * `options` are yielded.
 */
export async function* loadAllSummaries(
  ledger: SummaryLedger, minClaims: number, options: SeriesOptions = {}, counts: SummaryCounts = { kept: 0, computed: 0 },
  along: readonly SeriesOptions[] = [], parallel?: Parallel,
): AsyncGenerator<SeriesSummary> {
  const rule = ruleById(options.rule ?? DEFAULT_RULE);
  // The state is read before any series, so what is kept is never newer than its state says.
  const state = await ledger.seriesLedgerState();
  const sets: OptionSet[] = [];
  for (const o of [options, ...along]) {
    const key = optionsKey(o);
    if (!sets.some((x) => x.key === key)) sets.push({ key, options: o, kept: await ledger.readSeriesSummaries(key), fresh: [] });
  }
  const primary = sets[0] as OptionSet;
  // No line kept with these options in a ledger of many claims (as many seqs as were ever written):
  // every series, or most, is to compute, so the helper thread starts now, while the list of
  // series is read.
  const from = parallel?.from ?? FEW_CLAIMS;
  let helper = parallel && parallel.threads > 1 && primary.kept.size === 0 && state.lastSeq > from ? new SummaryHelper(parallel.db) : undefined;
  try {
    // Lines of the default options can be shared with any set in a series where it changes nothing,
    // so they are read even when they are not kept here.
    const sources = [...sets];
    const defaultKey = optionsKey({});
    if (!sets.some((set) => set.key === defaultKey)) sources.push({ key: defaultKey, options: {}, kept: await ledger.readSeriesSummaries(defaultKey), fresh: [] });
    // What each series' claims are (SERIES_TRAIT) tells where another set changes nothing: read with
    // the list only when a set other than the default is in play (it costs the list's scan more).
    const traits = sets.some((set) => set.key !== defaultKey);
    const list = primary.kept.get(`${LIST.subject} ${LIST.metric}`);
    const previous = list ? (JSON.parse(list.summary) as KeptList) : undefined;
    // While the whole ledger is as it was, so is the list of series and each one's state (read again
    // where the traits are wanted and the kept list has none).
    const untold = traits && previous !== undefined && previous.keys.some((k) => k.traits === undefined);
    const unchanged = list?.state === state.whole && !untold;
    let all: SeriesKeyCount[];
    let listHolds = true;
    if (unchanged) all = (previous as KeptList).keys;
    else {
      const grown = previous && !untold ? await onlyAdded(ledger, previous, state) : null;
      all = grown ?? await withMarks(ledger, traits);
      if ((await ledger.seriesKeysSince(state.lastSeq)).added > 0) {
        // Claims written while the list was read (another worker, a write verb): it may count claims
        // after its state's last seq, which the next run would count again. It is not kept; each
        // series' state read straight from its claims is still one its line can be kept with. (Any
        // other write meanwhile changes the state the next run compares, which then reads the list
        // afresh; so does a claim committed late below the last seq on PostgreSQL, see onlyAdded.)
        listHolds = false;
        if (grown) all = await withMarks(ledger, traits);
      }
    }
    const keptList = JSON.stringify({ keys: all, shared: state.shared, removed: state.removed, lastSeq: state.lastSeq, claims: state.claims } satisfies KeptList);
    // The list is the same whatever the options: each set keeps it where its own is out of date (or
    // the list was read again).
    for (const set of sets) {
      if (listHolds && (!unchanged || set.kept.get(`${LIST.subject} ${LIST.metric}`)?.state !== state.whole)) {
        set.fresh.push({ ...LIST, state: state.whole, summary: keptList });
      }
    }
    let pending = 0;
    const keep = async () => {
      for (const set of sets) {
        if (set.fresh.length === 0) continue;
        if (counts.notKept === undefined) {
          try {
            await ledger.keepSeriesSummaries(set.key, set.fresh);
          } catch (err) {
            // Keeping is a saving, not part of the answer: a ledger we may not write still gets its table.
            counts.notKept = err instanceof Error ? err.message : String(err);
          }
        }
        set.fresh = [];
      }
      pending = 0;
    };
    const shown = bySubject(all, minClaims);
    const stale = (set: OptionSet, k: SeriesKeyCount) => set.kept.get(`${k.subject} ${k.metric}`)?.state !== k.state;
    // Each series shown: the sets without a line of its state, grouped by the options that count in
    // it (sets that differ only in what none of its claims is, no hedged claim, no headline…, have
    // one line), and the job of those groups no kept line serves.
    const plan = shown.map((k) => {
      const id = `${k.subject} ${k.metric}`;
      const groups = new Map<string, { options: SeriesOptions; sets: OptionSet[]; summary?: string; tally?: SummaryTally }>();
      for (const set of sets) {
        if (!stale(set, k)) continue;
        const options = effectiveOptions(set.options, k.traits);
        const key = optionsKey(options);
        const group = groups.get(key);
        if (group) group.sets.push(set);
        else groups.set(key, { options, sets: [set] });
      }
      const toCount: { options: SeriesOptions; tally?: SummaryTally }[] = [];
      for (const [key, group] of groups) {
        // A line kept with the same options in effect (another set's, or the default's) is this set's line.
        const source = sources.find((s) => !stale(s, k) && optionsKey(effectiveOptions(s.options, k.traits)) === key);
        if (source) group.summary = (source.kept.get(id) as KeptSummary).summary;
        else toCount.push(group);
      }
      const job: TallyJob | undefined = toCount.length > 0
        ? { subject: k.subject, metric: k.metric, claims: k.claims, options: toCount.map((g) => g.options) }
        : undefined;
      return { k, id, groups, toCount, job };
    });
    // The jobs, the largest first (the order both threads take them in).
    const jobs: TallyJob[] = [];
    for (const p of plan) if (p.job) jobs.push(p.job);
    jobs.sort((a, b) => b.claims - a.claims);
    const jobIndex = new Map(jobs.map((job, j) => [job, j]));
    const toCompute = jobs.reduce((n, job) => n + job.claims, 0);
    // A few series to compute (after a write) read their own multi-report documents, not the ledger's.
    const reports = toCompute <= FEW_CLAIMS ? 'series' : 'ledger';
    // Many: a helper thread computes some of them (one started early if none was).
    if (parallel && parallel.threads > 1 && toCompute > from) helper ??= new SummaryHelper(parallel.db);
    else if (helper) {
      const unused = helper;
      helper = undefined;
      await unused.close();
    }
    let figures: Awaited<ReturnType<SummaryLedger['seriesFigures']>> | undefined;
    const runner = new TallyRunner(jobs, async (job) => tallyJob((figures ??= await ledger.seriesFigures(reports)), job), helper, parallel?.mainTakes);
    for (const { k, id, groups, toCount, job } of plan) {
      let line: SummaryTally | undefined;
      let computed = false;
      if (groups.size > 0) {
        if (job) {
          // The lean read and the counts alone (summarize.ts): the table shows no point, reason or report.
          const tallies = await runner.result(jobIndex.get(job) as number);
          toCount.forEach((group, i) => (group.tally = tallies[i]));
        }
        for (const group of groups.values()) {
          const summary = (group.summary ??= JSON.stringify(group.tally));
          for (const set of group.sets) {
            set.fresh.push({ subject: k.subject, metric: k.metric, state: k.state, summary });
            pending += 1;
            if (set === primary) {
              line = group.tally ?? (JSON.parse(summary) as SummaryTally);
              computed = group.tally !== undefined;
            }
          }
        }
        if (pending >= KEEP_EVERY) await keep();
      }
      if (computed) counts.computed += 1;
      else counts.kept += 1;
      yield reconcileTally(line ?? (JSON.parse((primary.kept.get(id) as KeptSummary).summary) as SummaryTally), rule);
    }
    await keep();
    if (runner.helped > 0) counts.helped = (counts.helped ?? 0) + runner.helped;
  } finally {
    await helper?.close();
  }
}

/**
 * The options as they count in a series with these SERIES_TRAIT bits: leaving out hedged or
 * unattributed claims where it has none, skipping figures of no known period where it has none,
 * keeping headlines where it has none all change nothing in it. (Unknown traits: every option counts.)
 */
function effectiveOptions(options: SeriesOptions, traits: number | undefined): SeriesOptions {
  if (traits === undefined) return options;
  const has = (bit: number) => (traits & bit) !== 0;
  return {
    exclude: (options.exclude ?? []).filter((e) => has(e === 'hedged' ? SERIES_TRAIT.hedged : SERIES_TRAIT.unattributed)),
    unknownPeriod: options.unknownPeriod === 'skip' && has(SERIES_TRAIT.unknownPeriod) ? 'skip' : 'cumulative',
    includeTitles: options.includeTitles === true && has(SERIES_TRAIT.title),
  };
}

/** One set of options whose lines a run reads and keeps. */
interface OptionSet {
  key: string;
  options: SeriesOptions;
  kept: Map<string, KeptSummary>;
  /** Computed, not yet written. */
  fresh: KeptSummary[];
}

/**
 * Bring the kept lines of `--all`'s table up to date: what a write verb does before it exits
 * (RULES.md section 7), so that the next `tally series --all` finds every line kept. Lines are
 * kept for every series (any `--min-claims` is then a filter of them), with the default options
 * and every other set of options lines are kept with (a set a user ran `--all` with), each
 * series read once for all of them. Computes only the series changed since the lines were last
 * kept (all of them the first time); what it could not keep is said in the counts, never thrown.
 */
export async function refreshSummaries(ledger: SummaryLedger, options: SeriesOptions = {}, parallel?: Parallel): Promise<SummaryCounts> {
  const counts: SummaryCounts = { kept: 0, computed: 0 };
  const along = ledger.seriesSummaryOptions ? keptOptionSets(await ledger.seriesSummaryOptions()) : [];
  for await (const _ of loadAllSummaries(ledger, 1, options, counts, along, parallel)) { /* kept as it goes */ }
  return counts;
}

/** The sets of options lines of this version are kept with, from their keys (optionsKey). */
export function keptOptionSets(keys: readonly string[]): SeriesOptions[] {
  const out: SeriesOptions[] = [];
  for (const key of keys) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(key);
    } catch {
      continue;
    }
    const o = parsed as { v?: unknown; exclude?: unknown; unknownPeriod?: unknown; includeTitles?: unknown };
    if (o.v !== SUMMARY_VERSION || !Array.isArray(o.exclude) || !o.exclude.every((e) => (EXCLUSIONS as readonly unknown[]).includes(e))) continue;
    if ((o.unknownPeriod !== 'cumulative' && o.unknownPeriod !== 'skip') || typeof o.includeTitles !== 'boolean') continue;
    const options: SeriesOptions = { exclude: o.exclude as Exclusion[], unknownPeriod: o.unknownPeriod, includeTitles: o.includeTitles };
    // Only a key this version writes: anything else is no set of this version's.
    if (optionsKey(options) === key) out.push(options);
  }
  return out;
}

/** Every series' key with its whole state: its claims' count and last seq, and its marks. */
async function withMarks(ledger: SummaryLedger, traits: boolean): Promise<SeriesKeyCount[]> {
  const keys = await ledger.seriesKeys(1, { traits });
  const marks = await ledger.seriesMarks();
  return keys.map((k) => ({ ...k, state: `${k.state}|${marks.get(`${k.subject} ${k.metric}`) ?? ''}` }));
}

/**
 * The list of series after a run of ingests that only added claims (the common case), without
 * reading every claim again: each series the new claims joined grows by them. Null when anything
 * else happened since `previous` (a review, a publication, a merge, a claim deleted by a
 * re-extraction or left behind by a new version): then every series' state is read afresh.
 */
async function onlyAdded(ledger: SummaryLedger, previous: KeptList, state: LedgerState): Promise<SeriesKeyCount[] | null> {
  // Every claim there was is still there, and every one that was current still is: none removed.
  if (previous.shared !== state.shared || previous.removed !== state.removed || state.lastSeq < previous.lastSeq) return null;
  const since = await ledger.seriesKeysSince(previous.lastSeq);
  // Where a claim can commit below the last seq seen (PostgreSQL), every claim is after it.
  if (state.claims !== null && state.claims !== (previous.claims ?? NaN) + since.added) return null;
  // Each series the new claims joined keeps its marks: with no review, publication or merge since,
  // the new claims sit in new documents of one publication each (no document gained one, or the
  // shared state would differ) and have no review. Its claims' count and last seq change, so its
  // line is computed now whatever its marks (a mark that a full read would word otherwise, a new
  // claim's merged origin, can only make a later run compute the line again, never keep a stale one).
  const byKey = new Map(previous.keys.map((k) => [`${k.subject} ${k.metric}`, k]));
  for (const a of since.series) {
    const id = `${a.subject} ${a.metric}`;
    const before = byKey.get(id);
    const claims = (before?.claims ?? 0) + a.claims;
    const marks = before ? before.state.slice(before.state.indexOf('|') + 1) : '';
    // What the series' claims are grows by what the new ones are (unknown stays unknown).
    const traits = before && before.traits === undefined ? undefined : (before?.traits ?? 0) | a.traits;
    byKey.set(id, { subject: a.subject, metric: a.metric, claims, state: `${seriesState(claims, a.last)}|${marks}`, traits });
  }
  return [...byKey.values()];
}
