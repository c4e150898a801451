/**
 * Series bench: `tally series --all` and one series, over generated claims (src/series/__fixtures__/synthetic.ts:
 * 640 subject × metric series of Zipf-distributed size, half the claims repeats of a statement by
 * another outlet, hedges, ranges, intervals).
 *
 * Measured, each as wall time and as the CPU time the process itself spent (on a shared machine
 * wall time includes waiting for a core):
 *  1. the pure computation (`buildAllSeries`, `buildSeries`) over 1,000,000 in-memory claims;
 *     and `summarizeFigures` (what `--all`'s table computes per series) over the same claims;
 *  2. `tally series --all` as a user runs it, over a copy of a SQLite ledger: bench/out/ledger-1m.db
 *     (the same generator's 1,000,000 claims, built once by the server bench) when it exists, else a
 *     100,000-claim ledger built here once through `importRecords` (TALLY_BENCH_SERIES_DB picks a
 *     file): first with nothing kept (cold), again (warm), after one new article and after one
 *     review (one series recomputed each);
 *  3. `loadSeries` (one series through the ledger) for the largest and a median series;
 *  4. the lean read and summary of every series in the bench process: a cold `--all` without the
 *     process start.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openLedger } from '../src/ledger/ledger.ts';
import { buildAllSeries, buildSeries, subjectKey, type SeriesKey } from '../src/series/build.ts';
import { northKoreaKilled, type ArticleCase } from '../src/series/__fixtures__/articles.ts';
import { syntheticDocuments, toLedgerRecords, toSeriesClaims } from '../src/series/__fixtures__/synthetic.ts';
import { figuresOfClaims } from '../src/series/claim-figures.ts';
import { seriesKeys } from '../src/series/ledger-claims.ts';
import { summarizeFigures } from '../src/series/summarize.ts';
import type { SeriesClaim } from '../src/series/types.ts';
import { storePage } from './series-bench-page.ts';

const IN_MEMORY = 1_000_000;
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'out');
const BIN = join(HERE, '..', 'bin', 'tally.js');
const CHILD = join(HERE, 'series-bench-child.ts');

interface Timed<T> { wall: number; cpu: number; value: T }

async function time<T>(fn: () => T | Promise<T>): Promise<Timed<T>> {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const value = await fn();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000, value };
}

/** Best of `runs` by CPU time (the least disturbed by other work on the machine). */
async function best(runs: number, fn: () => unknown): Promise<Timed<null>> {
  let min: Timed<null> = { wall: Infinity, cpu: Infinity, value: null };
  for (let i = 0; i < runs; i++) {
    const t = await time(fn);
    if (t.cpu < min.cpu) min = { wall: t.wall, cpu: t.cpu, value: null };
  }
  return min;
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const both = (t: { wall: number; cpu: number }) => `${ms(t.wall)} | ${ms(t.cpu)}`;
const n = (x: number) => x.toLocaleString('en-US');

/**
 * bin/tally.js runs the CLI bundled by bin/cli-cache.js while the bundle was made from the sources
 * as they are, else the sources through tsx: build it before the CLI rows (a source edited within
 * the last 2 s makes the build give up: try again), and tell afterwards whether it was still fresh.
 */
function buildBundle(): void {
  for (let attempt = 0; attempt < 5; attempt++) {
    const r = spawnSync(process.execPath, [join(HERE, '..', 'bin', 'cli-cache.js')], { encoding: 'utf8' });
    if (r.status === 0) return;
    spawnSync(process.execPath, ['-e', 'setTimeout(() => {}, 2500)']);
  }
  throw new Error('bin/cli-cache.js could not bundle the CLI');
}

function bundleFresh(): boolean {
  const check = `const { cachedCli } = await import(${JSON.stringify(join(HERE, '..', 'bin', 'cli-cache.js'))}); process.stdout.write(String(cachedCli(false) !== null));`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', check], { encoding: 'utf8' }).stdout === 'true';
}

/** `tally ARGS` in a child process, timed by /usr/bin/time when present (CPU of the child). */
function runTally(args: string[], env: Record<string, string> = {}): { wall: number; cpu: number; status: number | null; lines: number; stdout: string } {
  const full = [BIN, ...args];
  const useTime = existsSync('/usr/bin/time');
  const options = { encoding: 'utf8' as const, maxBuffer: 1 << 28, env: { ...process.env, ...env } };
  const start = performance.now();
  const r = useTime
    ? spawnSync('/usr/bin/time', ['-f', 'TIME %U %S', process.execPath, ...full], options)
    : spawnSync(process.execPath, full, options);
  const wall = performance.now() - start;
  const m = /TIME ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  const cpu = m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN;
  if (r.status !== 0) throw new Error(`tally ${args.join(' ')} exited ${r.status}: ${(r.stderr ?? '').slice(0, 500)}`);
  return { wall, cpu, status: r.status, lines: (r.stdout ?? '').split('\n').length, stdout: r.stdout ?? '' };
}

/** `tally series --all` as a user runs it (`--rule conservative` with `conservative`), with any other flags. */
function runCli(db: string, conservative = false, ...flags: string[]): ReturnType<typeof runTally> {
  return runTally(['series', '--all', ...(conservative ? ['--rule', 'conservative'] : []), ...flags, '--db', db]);
}

/**
 * A cold `tally series --all` (nothing kept) with the number of threads set (TALLY_SERIES_THREADS),
 * `runs` times alternating one and two threads: each one's least and most wall and CPU, and the
 * 1-minute load average before each run. Every table must be `reference`.
 */
function coldThreads(db: string, runs: number, reference: string): { one: CliRange; two: CliRange } {
  const out = { one: [] as CliRun[], two: [] as CliRun[] };
  const loads: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [threads, list] of [['1', out.one], ['2', out.two]] as const) {
      forgetLines(db);
      loads.push(loadavg()[0] as number);
      const r = runTally(['series', '--all', '--db', db], { TALLY_SERIES_THREADS: threads });
      if (r.stdout !== reference) throw new Error(`the cold table in ${threads} thread(s) differs from the reference`);
      list.push(r);
    }
  }
  const range = (list: CliRun[]): CliRange => ({
    wall: [Math.min(...list.map((r) => r.wall)), Math.max(...list.map((r) => r.wall))],
    cpu: [Math.min(...list.map((r) => r.cpu)), Math.max(...list.map((r) => r.cpu))],
    load: [Math.min(...loads), Math.max(...loads)],
  });
  return { one: range(out.one), two: range(out.two) };
}

interface CliRange { wall: [number, number]; cpu: [number, number]; load: [number, number] }

const spread = (r: CliRange) => `${ms(r.wall[0])}-${ms(r.wall[1])} | ${ms(r.cpu[0])}-${ms(r.cpu[1])}`;

/** The flags of the other set of options the bench asks for (its lines kept by the write verbs once asked for). */
const HEDGED = ['--exclude', 'hedged'];

/** A measurement that needs a fresh process (bench/series-bench-child.ts), its JSON line. */
function child<T>(...args: string[]): T {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`series-bench-child ${args.join(' ')} exited ${r.status}: ${(r.stderr ?? '').slice(0, 500)}`);
  return JSON.parse((r.stdout ?? '').trim().split('\n').at(-1) as string) as T;
}

function bySeries(claims: readonly SeriesClaim[]): { key: SeriesKey; claims: SeriesClaim[] }[] {
  const out = new Map<string, { key: SeriesKey; claims: SeriesClaim[] }>();
  for (const c of claims) {
    const id = `${subjectKey(c)}|${c.metric}`;
    const entry = out.get(id) ?? { key: { subject: subjectKey(c), metric: c.metric }, claims: [] };
    entry.claims.push(c);
    out.set(id, entry);
  }
  return [...out.values()].sort((a, b) => b.claims.length - a.claims.length);
}

async function pureSection(): Promise<string[]> {
  const generated = await time(() => toSeriesClaims(syntheticDocuments(IN_MEMORY)));
  const claims = generated.value;
  // Each run's result is summarised and dropped before the next, so two never share the heap.
  const summarise = (explain: boolean) => {
    const series = buildAllSeries(claims, 3, { explain, reports: explain });
    return { count: series.length, points: series.reduce((k, s) => k + s.points.length, 0), contradictions: series.reduce((k, s) => k + s.contradictions.length, 0) };
  };
  const bare = await time(() => summarise(false));
  const worded = await time(() => summarise(true));
  const groups = bySeries(claims);
  const summarized = await time(async () => {
    let contradictions = 0;
    for (const g of groups) if (g.claims.length >= 3) contradictions += (await summarizeFigures(figuresOfClaims(g.claims), g.key)).contradictions;
    return contradictions;
  });
  if (summarized.value !== bare.value.contradictions) throw new Error(`summaries count ${summarized.value} contradictions, the full build ${bare.value.contradictions}`);
  // The same from texts as SQLite's read gives them (1,024 lines a text), made beforehand.
  const withTexts = groups.filter((g) => g.claims.length >= 3).map((g) => ({ key: { ...g.key, claims: g.claims.length }, figures: figuresOfClaims(g.claims, { text: true, linesPerText: 1024 }) }));
  const fromTexts = await time(async () => {
    let contradictions = 0;
    for (const g of withTexts) contradictions += (await summarizeFigures(g.figures, g.key)).contradictions;
    return contradictions;
  });
  if (fromTexts.value !== bare.value.contradictions) throw new Error(`summaries from texts count ${fromTexts.value} contradictions, the full build ${bare.value.contradictions}`);
  const pickAt = (i: number) => groups[Math.min(groups.length - 1, i)] as { key: SeriesKey; claims: SeriesClaim[] };
  const [largest, p90, median] = [pickAt(0), pickAt(Math.floor(groups.length * 0.1)), pickAt(groups.length >> 1)];
  const oneLargest = await best(2, () => buildSeries(largest.claims, largest.key));
  const oneP90 = await best(5, () => buildSeries(p90.claims, p90.key));
  const oneMedian = await best(5, () => buildSeries(median.claims, median.key));
  return [
    `### Pure computation over ${n(IN_MEMORY)} claims in memory`, '',
    `${bare.value.count} series with ≥ 3 claims, ${n(bare.value.points)} points, ${n(bare.value.contradictions)} contradictions ` +
      `(claims generated in ${ms(generated.wall)} ms).`, '',
    '| what | wall ms | CPU ms |', '|---|---|---|',
    `| \`buildAllSeries\` as \`--all\` prints it (summary table: no reasons written, reports counted not listed) | ${both(bare)} |`,
    `| \`buildAllSeries\` with every reason written (\`--all --format json\`) | ${both(worded)} |`,
    `| \`summarizeFigures\` of every series, what \`--all\`'s table computes (claims turned into row arrays by figuresOfClaims, included) | ${both(summarized)} |`,
    `| the same from texts of 1,024 lines as SQLite's read gives them (FIGURE_TEXT), made beforehand: what a cold \`--all\` computes per claim | ${both(fromTexts)} |`,
    `| \`buildSeries\`, largest series (${n(largest.claims.length)} claims), best of 2 | ${both(oneLargest)} |`,
    `| \`buildSeries\`, 90th-percentile series (${n(p90.claims.length)} claims), best of 5 | ${both(oneP90)} |`,
    `| \`buildSeries\`, median series (${n(median.claims.length)} claims), best of 5 | ${both(oneMedian)} |`,
    '',
  ];
}

type CliRun = ReturnType<typeof runCli>;

/**
 * Best of `runs` CLI runs: the least wall time and the least CPU time, each over all runs (on a
 * shared machine the run least delayed by other work is not always the one that spent least).
 */
async function bestCli(runs: number, run: () => Promise<CliRun>): Promise<CliRun> {
  let best: CliRun | undefined;
  for (let i = 0; i < runs; i++) {
    const r = await run();
    best = best ? { ...r, wall: Math.min(best.wall, r.wall), cpu: Math.min(best.cpu, r.cpu), status: best.status || r.status } : r;
  }
  return best as CliRun;
}

/** "met" or "not met (N ms)" against a goal in wall ms. */
function verdict(wall: number, goal = 2000): string {
  return wall <= goal ? `met (${ms(wall)} ms)` : `not met (${ms(wall)} ms)`;
}

/** The ledger file to read: the env's, the server bench's 1M ledger, or one built here. */
async function ledgerFile(): Promise<{ file: string; note: string }> {
  const chosen = process.env.TALLY_BENCH_SERIES_DB;
  if (chosen) return { file: chosen, note: 'TALLY_BENCH_SERIES_DB' };
  const million = join(OUT, 'ledger-1m.db');
  if (existsSync(million)) return { file: million, note: 'a copy of bench/out/ledger-1m.db, built by the server bench from the same generator' };
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'series-100000.db');
  if (existsSync(file)) return { file, note: 'a copy of bench/out/series-100000.db, built earlier' };
  const ledger = await openLedger(file);
  const imported = await time(() => ledger.importRecords(toLedgerRecords(syntheticDocuments(100_000))));
  await ledger.close();
  return { file, note: `a copy of bench/out/series-100000.db, built now with importRecords in ${ms(imported.wall)} ms` };
}

/**
 * A copy of the ledger to run on: `--all` keeps its table lines in the ledger, and the bench must
 * not leave them in a file other benches read (nor start warm from lines a user run left there).
 * SQLite's backup API gives a consistent copy even while another process has the file open.
 */
async function workingCopy(file: string): Promise<string> {
  const copy = join(OUT, 'series-bench-copy.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
  const source = new Database(file, { readonly: true });
  await source.backup(copy);
  source.close();
  const ledger = await openLedger(copy);
  await ledger.close();
  forgetLines(copy);
  return copy;
}

/** No table line kept: the ledger as an earlier version of tally, or a write made another way, leaves it. */
function forgetLines(file: string): void {
  const raw = new Database(file);
  raw.exec('delete from series_summaries');
  raw.close();
}

/** A text `tally ingest` reads as a new article: the fixture story of North Korean losses (KP/military killed and more), filed again. */
function articleFile(n: number): string {
  const file = join(OUT, `series-bench-article-${n}.txt`);
  writeFileSync(file, `${(northKoreaKilled()[0] as ArticleCase).article.text}\n\nFiled again by the bench (${n}).\n`);
  return file;
}

/** One new article with one claim in the series `key`, as `tally ingest` would store it. */
async function ingestOne(file: string, key: SeriesKey, n: number): Promise<void> {
  const ledger = await openLedger(file);
  try {
    await storePage(ledger, key, n);
  } finally {
    await ledger.close();
  }
}

/** A reviewer sets one claim of the series `key` to a new figure, as `tally review` would. */
async function reviewOne(file: string, key: SeriesKey, n: number): Promise<void> {
  const ledger = await openLedger(file);
  try {
    const claim = (await ledger.queryClaims({ subject: key.subject, metric: key.metric }, { limit: 1 })).rows[0];
    if (!claim) throw new Error(`no claim in ${key.subject} ${key.metric}`);
    await ledger.review(claim.id, { kind: 'set', changes: { min: 1000 + n, max: 1000 + n } }, 'bench');
  } finally {
    await ledger.close();
  }
}

interface ChildTimed { wall: number; cpu: number }

/** Median by CPU of the last half of the runs: the JIT has warmed over the first (~20 calls). */
function medianOf(runs: readonly ChildTimed[]): ChildTimed {
  const warmed = runs.slice(runs.length >> 1);
  return [...warmed].sort((a, b) => a.cpu - b.cpu)[warmed.length >> 1] as ChildTimed;
}

async function ledgerSection(): Promise<string[]> {
  const { file, note } = await ledgerFile();
  const copy = await workingCopy(file);
  buildBundle();
  // Nothing kept: what --all costs over a ledger written before this version, or with other options.
  // As the CLI chooses the number of threads (a second one when a core is free): the load now.
  const coldLoad = loadavg()[0] as number;
  const cold = runCli(copy);
  const reference = cold.stdout;
  const threads = coldThreads(copy, 3, reference);
  forgetLines(copy);
  const coldConservative = runCli(copy, true);
  // What `tally import` (or the first write verb on an older ledger) now does before it exits, then the first --all.
  forgetLines(copy);
  // What keeping every set of options at every write would cost (not done: RULES.md section 7).
  const keepEvery = child<ChildTimed>('keep-every', copy);
  forgetLines(copy);
  const keepAll = child<ChildTimed>('keep', copy);
  const first = runCli(copy);
  if (first.stdout !== reference) throw new Error('the table from kept lines differs from the table computed cold');
  // The same lines serve the other rule, and any --min-claims.
  const firstConservative = runCli(copy, true);
  if (firstConservative.stdout !== coldConservative.stdout) throw new Error('the conservative table from kept lines differs from the one computed cold');
  const minOne = runCli(copy, false, '--min-claims', '1');
  // Another set of options, asked for the first time: computed (the default's lines kept), then kept by the write verbs.
  const hedgedFirst = runCli(copy, false, ...HEDGED);
  // A set that changes nothing where no claim is a headline: those series take the default's lines.
  const titlesFirst = runCli(copy, false, '--include-titles');
  const warm = await bestCli(3, async () => runCli(copy));
  const ledger = await openLedger(copy, { migrate: false });
  let claims = 0;
  let rows: string[];
  let mid: SeriesKey & { claims: number };
  let midClaim: string;
  let oneMid: { first: ChildTimed; warm: ChildTimed[] };
  let oneBig: { first: ChildTimed; warm: ChildTimed[] };
  let oneMidTable: { first: ChildTimed; warm: ChildTimed[] };
  let oneBigTable: { first: ChildTimed; warm: ChildTimed[] };
  let cliMid: CliRun;
  let cliBig: CliRun;
  let refreshes: { how: 'thread' | 'in-process'; wall: number; cpu: number; gap: number; computed: number }[];
  try {
    claims = (await ledger.stats()).claims;
    const keys = await seriesKeys(ledger, 3);
    const big = keys[0] as SeriesKey & { claims: number };
    mid = keys[keys.length >> 1] as SeriesKey & { claims: number };
    midClaim = ((await ledger.queryClaims({ subject: mid.subject, metric: mid.metric }, { limit: 1 })).rows[0] as { id: string }).id;
    // Three fresh processes each: the least first call, the warm runs of the one with it.
    const fresh = (key: SeriesKey, runs: number, evidence = '1') => {
      let pick: { first: ChildTimed; warm: ChildTimed[] } | undefined;
      for (let i = 0; i < 3; i++) {
        const r = child<{ first: ChildTimed; warm: ChildTimed[] }>('one', copy, key.subject, key.metric, String(runs), evidence);
        if (!pick || r.first.cpu < pick.first.cpu) pick = r;
      }
      return pick as { first: ChildTimed; warm: ChildTimed[] };
    };
    oneMid = fresh(mid, 40);
    oneBig = fresh(big, 1);
    oneMidTable = fresh(mid, 0, '0');
    oneBigTable = fresh(big, 0, '0');
    // One series as a user runs it: the table, the process's start and its writing of the output included.
    const single = (key: SeriesKey) => bestCli(3, async () => runTally(['series', '--subject', key.subject, '--metric', key.metric, '--db', copy]));
    cliMid = await single(mid);
    cliBig = await single(big);
    refreshes = child('refresh', copy, big.subject, big.metric, mid.subject, mid.metric, '3');
    const summarizeAll = await time(async () => {
      const figures = await ledger.seriesFigures();
      let k = 0;
      for (const key of await ledger.seriesKeys(1)) k += (await summarizeFigures(await figures.read(key), key)).claimCount;
      return k;
    });
    rows = [
      `| \`loadSeries\` (one series through the ledger, every reason and report), median series (${n(mid.claims)} claims), first call in a fresh process (what \`tally series --subject S --metric M\` does once after its start), least of 3 processes | ${both(oneMid.first)} |`,
      `| the same series again in that process (as the server, a long-running process, does it): 40 more calls, median of the last 20 (the JIT warms over the first ~20) | ${both(medianOf(oneMid.warm))} |`,
      `| \`loadSeries\`, largest series (${n(big.claims)} claims), first call in a fresh process, least of 3 | ${both(oneBig.first)} |`,
      `| \`loadSeries\` as one series' table reads it (no evidence sentence: the CLI's table, the default format), median series, first call in a fresh process, least of 3 | ${both(oneMidTable.first)} |`,
      `| the same, largest series, least of 3 | ${both(oneBigTable.first)} |`,
      `| \`tally series --subject ${mid.subject} --metric ${mid.metric} --db …\` as a user runs it (the median series' table: the process's start, the ledger's opening, the read, the build, the table written, ${cliMid.lines} lines), best of 3 | ${both(cliMid)} |`,
      `| the same for the largest series (\`--subject ${big.subject} --metric ${big.metric}\`, ${n(cliBig.lines)} lines, ${n(Math.round(Buffer.byteLength(cliBig.stdout) / 1e6))} MB), best of 3 | ${both(cliBig)} |`,
      `| lean read (\`seriesFigures\`) and \`summarizeFigures\` of every series in the bench process: a cold \`--all\` without the process start, the state queries and the writes (${n(summarizeAll.value)} claims) | ${both(summarizeAll)} |`,
    ];
  } finally {
    await ledger.close();
  }
  // Written through the ledger itself (the HTTP API, the workers): nothing kept by the write.
  let article = 0;
  const incremental = await bestCli(3, async () => {
    await ingestOne(copy, mid, (article += 1));
    return runCli(copy);
  });
  let review = 0;
  const reviewed = await bestCli(3, async () => {
    await reviewOne(copy, mid, (review += 1));
    return runCli(copy);
  });
  // Written through the CLI's write verbs, which keep the lines before they exit.
  let ingestVerb: CliRun | undefined;
  let conservativeAfter: CliRun | undefined;
  let hedgedAfter: CliRun | undefined;
  const afterIngestVerb = await bestCli(3, async () => {
    const r = runTally(['ingest', articleFile((article += 1)), '--db', copy]);
    ingestVerb = ingestVerb ? { ...r, wall: Math.min(ingestVerb.wall, r.wall), cpu: Math.min(ingestVerb.cpu, r.cpu) } : r;
    const plain = runCli(copy);
    const c = runCli(copy, true);
    conservativeAfter = conservativeAfter ? { ...c, wall: Math.min(conservativeAfter.wall, c.wall), cpu: Math.min(conservativeAfter.cpu, c.cpu) } : c;
    const h = runCli(copy, false, ...HEDGED);
    hedgedAfter = hedgedAfter ? { ...h, wall: Math.min(hedgedAfter.wall, h.wall), cpu: Math.min(hedgedAfter.cpu, h.cpu), stdout: h.stdout } : h;
    return plain;
  });
  let reviewVerb: CliRun | undefined;
  const afterReviewVerb = await bestCli(3, async () => {
    const figure = 2000 + (review += 1);
    const r = runTally(['review', midClaim, '--set', `min=${figure}`, `max=${figure}`, '--db', copy]);
    reviewVerb = reviewVerb ? { ...r, wall: Math.min(reviewVerb.wall, r.wall), cpu: Math.min(reviewVerb.cpu, r.cpu) } : r;
    return runCli(copy);
  });
  // The other set's lines as the write verbs kept them, held to a computation with nothing kept.
  const hedgedKept = runCli(copy, false, ...HEDGED);
  forgetLines(copy);
  const hedgedCold = runCli(copy, false, ...HEDGED);
  const afterHedged = hedgedAfter as CliRun;
  if (hedgedCold.stdout !== hedgedKept.stdout) throw new Error('the --exclude hedged table from lines kept by the write verbs differs from the one computed cold');
  const bundled = bundleFresh();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
  for (let i = 1; i <= article; i++) rmSync(join(OUT, `series-bench-article-${i}.txt`), { force: true });
  const verbs = ingestVerb as CliRun;
  const reviews = reviewVerb as CliRun;
  const afterConservative = conservativeAfter as CliRun;
  const refreshRow = (how: 'thread' | 'in-process') => {
    const runs = refreshes.filter((r) => r.how === how);
    const range = (f: (r: (typeof runs)[number]) => number) => `${ms(Math.min(...runs.map(f)))}-${ms(Math.max(...runs.map(f)))}`;
    return `${range((r) => r.wall)} | ${range((r) => r.cpu)} | ${range((r) => r.gap)} | ${runs.map((r) => r.computed).join(', ')}`;
  };
  return [
    `### Through the ledger: ${n(claims)} claims in SQLite (${note})`, '',
    '| what | wall ms | CPU ms |', '|---|---|---|',
    `| \`tally series --all --db …\` as a user runs it, first run after the write verbs (every line kept by \`tally import\` / \`tally ingest\` before they exited; table identical to the cold one) | ${both(first)} |`,
    `| \`tally series --all --rule conservative\`, first run after the write verbs (the same kept lines serve both rules; table identical to its cold one) | ${both(firstConservative)} |`,
    `| \`tally series --all --min-claims 1\` then (the write verbs keep every series' line; ${minOne.lines} lines) | ${both(minOne)} |`,
    `| \`tally series --all --exclude hedged\` then, the first run with that set of options (its lines computed, those of the default kept) | ${both(hedgedFirst)} |`,
    `| \`tally series --all --include-titles\` then, its first run (no series of this ledger has a headline claim: every line is the default's, after one read of what each series' claims are) | ${both(titlesFirst)} |`,
    `| what keeping every line costs the write verb that leaves none kept (\`tally import\` of a whole ledger, the first write verb over a ledger of an earlier version): keepSeriesTable in a fresh process, without its start | ${both(keepAll)} |`,
    `| the same if the write verbs kept the lines of all 16 sets of options (--exclude × --unknown-period × --include-titles), each series read once for all: not done, only sets asked for are kept | ${both(keepEvery)} |`,
    `| \`tally series --all\` with nothing kept (a ledger written by an earlier version, or other options than the default): new process, every series read and computed (exit ${cold.status}, ${cold.lines} lines); threads as the CLI chooses them (a second when the 1-minute load, ${coldLoad.toFixed(1)} then, is below ${availableParallelism() - 0.5}) | ${both(cold)} |`,
    `| the same, one thread (\`TALLY_SERIES_THREADS=1\`), 3 runs alternated with the next row's (least-most; load ${threads.one.load[0].toFixed(1)}-${threads.one.load[1].toFixed(1)}) | ${spread(threads.one)} |`,
    `| the same, two threads (\`TALLY_SERIES_THREADS=2\`: the main thread and a helper, series/summary-jobs.ts), 3 runs (least-most) | ${spread(threads.two)} |`,
    `| \`tally series --all --rule conservative\` with nothing kept | ${both(coldConservative)} |`,
    `| the same command again (every table line kept, ledger unchanged), best of 3 (least wall, least CPU) | ${both(warm)} |`,
    `| \`tally ingest\` of one article (the fixture story of North Korean losses: claims in KP/military killed and more), lines kept before it exits (the default's and those of \`--exclude hedged\`, asked for above), best of 3 | ${both(verbs)} |`,
    `| \`tally series --all\` after it, best of 3 | ${both(afterIngestVerb)} |`,
    `| \`tally series --all --rule conservative\` after it, best of 3 | ${both(afterConservative)} |`,
    `| \`tally series --all --exclude hedged\` after it (that set asked for before: its lines kept by the write verb too; after the reviews below, the table from its kept lines identical to its cold one), best of 3 | ${both(afterHedged)} |`,
    `| \`tally series --all --exclude hedged\` with nothing kept | ${both(hedgedCold)} |`,
    `| \`tally review\` of one claim of the median series (\`--set min=… max=…\`), lines kept before it exits (both sets; the list of series read again, with what each series' claims are), best of 3 | ${both(reviews)} |`,
    `| \`tally series --all\` after it, best of 3 | ${both(afterReviewVerb)} |`,
    `| \`tally series --all\` after one new article with one claim in the median series written through the ledger itself (the HTTP API, the workers: nothing kept by the write; that series recomputed), best of 3 | ${both(incremental)} |`,
    `| \`tally series --all\` after a review of one claim of the median series through the ledger itself (that series recomputed), best of 3 | ${both(reviewed)} |`,
    ...rows,
    '',
    `\`tally worker\`'s refresh of the kept lines after 20 new pages (one in the largest series, 19 in the median one; 2 series recomputed), 3 runs each in a fresh process on the same ledger: `
      + 'in the worker\'s own thread (series-table-thread.ts, as the worker runs it) against in the thread that stores pages; the longest gap between 5 ms ticks of that thread is how long fetches and stores would have waited.', '',
    '| refresh | wall ms | CPU ms (process) | longest gap ms | lines computed |', '|---|---|---|---|---|',
    `| in the worker's thread | ${refreshRow('thread')} |`,
    `| in the storing thread (for comparison) | ${refreshRow('in-process')} |`,
    '',
    `Against the goals, as measured here: \`--all\` ≤ 2 s is ${verdict(first.wall)} for the first run after the write verbs ` +
      `(with \`--rule conservative\`: ${verdict(firstConservative.wall)} then, ${verdict(afterConservative.wall)} after \`tally ingest\`), ` +
      `${verdict(afterIngestVerb.wall)} after \`tally ingest\`, ${verdict(afterReviewVerb.wall)} after \`tally review\`, ` +
      `with \`--min-claims 1\` ${verdict(minOne.wall)} after the write verbs, with \`--exclude hedged\` ${verdict(afterHedged.wall)} after \`tally ingest\` once asked for before ` +
      `and ${verdict(hedgedFirst.wall)} the first time, with \`--include-titles\` the first time ${verdict(titlesFirst.wall)}, ` +
      `${verdict(incremental.wall)} after an article and ${verdict(reviewed.wall)} after a review written through the ledger itself, ` +
      `and ${verdict(cold.wall)} with nothing kept (threads as the CLI chose them; in one thread ${verdict(threads.one.wall[0])} at best, in two ${verdict(threads.two.wall[0])}; ` +
      `${verdict(coldConservative.wall)} with \`--rule conservative\`); one series ≤ 20 ms is ${verdict(oneMid.first.wall, 20)} for the median series ` +
      `on its first call in a fresh process (${verdict(oneMidTable.first.wall, 20)} as its table reads it) and ${verdict(medianOf(oneMid.warm).wall, 20)} warm, ` +
      `and ${verdict(oneBig.first.wall, 20)} for the largest (${verdict(oneBigTable.first.wall, 20)} as its table reads it).`,
    '',
    '`--all`\'s table lines are computed from a lean read (src/ledger/series-figures.ts: on SQLite each claim\'s fields written ' +
      'by SQLite\'s printf as a line of text, kept in an index (migration 0010; since 0012 with what the claim is after it, for the list) from which SQLite reads it as written, 1,024 lines ' +
      'joined by group_concat into one string, read in a single snapshot; on ' +
      'PostgreSQL eight plain columns as row arrays) by summarize.ts, which files claims into typed arrays, makes each day\'s points ' +
      'as it walks the days, counts points, contradictions and revisions and reconciles only the last date, never building the ' +
      'series. They are kept in the ledger with the ' +
      'state they were computed from, and the write verbs (ingest, import, review, sources merge) bring them up to date ' +
      'before they exit, once per command (src/series/RULES.md section 7), for every series and every set of options `--all` ' +
      'has been run with on the ledger (each changed series read once for all sets): the cost of computing moves from the first ' +
      '`--all` to the write that changed the ledger. Runs are on a copy of the ledger with no kept lines at the start; ' +
      'CPU of the CLI rows is the child process\'s (user + system, /usr/bin/time). The CLI rows run bin/tally.js as a user does, ' +
      `which runs the CLI as bundled by bin/cli-cache.js (built before them; ${bundled ? 'still fresh after them, so no row ran through tsx' : 'NOT fresh after them: a source changed meanwhile, and later rows may have run the sources through tsx, ~1 s more CPU each'}).`,
    '',
    'This round (2026-11-28 11:31-12:50; Intel Xeon again, 2 cores: the calibration loop 734 ms in the round\'s first run of this bench and 988 in its second (load 17-25 then), ' +
      'against 0.63 s on this machine at 07:00 and 0.88-0.97 on the AMD EPYC of the round before; load 8-32 all round, the other ' +
      'engineer\'s runs taking far more than one core at times (twenty node processes), so every CPU figure below is inflated and ' +
      'scattered, ±30% and more; the 1M ledger rebuilt here by importRecords in 333 s; every A/B in alternated fresh processes against ' +
      'a detached worktree at the round\'s start, b0ff016, each side on its own copy of the ledger). At the round\'s start (commit ' +
      '22beb7a, this bench at b0ff016, load 8-23): cold `--all` 2,117 ms wall / 2,030 CPU (one thread: the load was above 1.5), in one ' +
      'thread 2,660-3,140 CPU, in two 3,080-3,930; `--exclude hedged`\'s first run 2,900 / 3,340; `--include-titles`\' first run 1,088 ' +
      '/ 1,070; `tally review` with the hedged set kept 900 / 820; the largest series\' first `loadSeries` 1,646 / 1,926, the median\'s ' +
      '12.2 / 12.9. A CPU profile of the cold `--all` in one thread (2.18 s of samples at load ~20): the texts\' read 340 ms (SQLite ' +
      'walking the index of lines ~120 of a pass and group_concat ~100: the same statement counting its lines, measuring their length ' +
      'and returning them, 120 / 220 / 225 ms: the text\'s conversion to a JavaScript string costs nothing measurable), the statements ' +
      'run through Kysely (the list of series, the marks, the state) 300, fileText 530, the walk 480 (pointsOf 115), the documents of ' +
      'several reports 80, the garbage collector 76, the process\'s start ~150. The round\'s work: the first run of `--all` with ' +
      'another set of options, which reads the list of series with what each series\' claims are (SERIES_TRAIT: whether any claim is ' +
      'hedged, a headline, in an outlet\'s own voice, of no known period), as does every write verb\'s refresh once such a set is kept. ' +
      'That list was read from claims_series (190 MB here, the evidence sentence in it since 0011) where the list without traits reads ' +
      'the index of lines (91 MB), and the lines the summaries read next were still to be touched. Migration 0012 makes the index of ' +
      'lines again under its name with each claim\'s traits after its line (SERIES_TRAITS_SQL, which SQLite reads from the index for ' +
      'the same expression, as the line: the list\'s statement visits no claim row, a test holds it), so both are read from one index: ' +
      'the migration 4.5 s on the 1M ledger, its entries one small integer wider. Against the round\'s start, its ledger\'s ' +
      'claims_series and index of lines rebuilt by REINDEX so that neither side gains from an index written at once (a scan of an index ' +
      'made by CREATE INDEX faults ~4k pages in a fresh process where the same index grown by inserts faults ~17.5k: its pages are in ' +
      'order in the file, and the kernel maps up to 16 neighbours a fault): the list with its traits 387-448 -> 305-323 ms CPU (3 ' +
      'pairs, the same list by sha-256); the list and every series\' texts, what the first `--exclude hedged` reads, 1,050-1,254 -> ' +
      '693-1,044 (4 pairs, page faults 24.3-27.4k -> 17.6-21.0k); the whole `tally series --all --exclude hedged`, the default\'s lines ' +
      'kept, median 2,340 -> 2,120 ms CPU (11 pairs: 7 lower, 1 even, 3 higher; load 10-17); `--include-titles`\' first run 810-1,060 ' +
      '-> 620-840 (3 pairs); `tally review` of a claim of the median series with the hedged set kept, median ~920 -> ~740 (6 pairs, 5 ' +
      'lower); the cold `--all` unchanged (7 pairs, 1,920-3,380 against 1,940-2,880: noise); `importRecords` of 50,000 claims 10.2-14.0 ' +
      's CPU before, 10.7-17.0 after (7 pairs: this load\'s noise, the machine slowing through them), and measured alone, 200,000 claims ' +
      'copied by SQL into a ledger whose claims keep only the index of lines, 1,230-1,294 ms -> 1,300-1,915 (4 pairs; the least +70 ' +
      'ms, ~0.35 µs a claim, against ~45 µs a claim copied with every index and ~200 µs through importRecords). Same outputs before and after (stdout, stderr and status by sha-256, on ' +
      'two copies of the ledger with two articles more, one a one-claim series, CL/military killed: the table, JSON and CSV of the ' +
      'largest, the median and the one-claim series under both rules and with `--exclude hedged`; `--all` cold and then from its kept ' +
      'lines under both rules, with `--exclude hedged` under both, `--min-claims 1`, `--include-titles`, `--unknown-period skip ' +
      '--exclude unattributed`, `--format csv` under both; a cold run in two threads, `--exclude hedged`\'s and `--include-titles`\' ' +
      'first runs after the default\'s: 46 comparisons, none different). Tried, not kept: (1) fileText walking each line once, ' +
      'character by character, instead of six indexOf calls a line (~40% of its samples): the tallies of every series from texts read ' +
      'beforehand, 7 alternated pairs, first pass (what a cold run pays) 1,015-1,276 ms against 844-1,187 and best pass 561-929 against ' +
      '553-568: no gain, V8\'s indexOf is a fast scan; (2) the traits taken from each line by SQL (substr and instr to the flags field, ' +
      'the index of lines unchanged): 2.36-2.42 s against 0.44 from claims_series, string functions over a million lines; (3) V8\'s ' +
      '--maglev and --no-lazy-feedback-allocation for the tallies\' first pass in a fresh process (~1.0 s against ~0.6 warm: the walk ' +
      'deoptimized ~20 times, "insufficient type feedback", as OSR reaches parts not yet run): no difference; (4) warming the JIT on ' +
      'the 100 smallest series before the largest: they cost 190-265 ms themselves and the pass after was no faster. Not done: one scan ' +
      'of publications for the marks\' syndicated documents and the documents of several reports (each a GROUP BY of ' +
      'publications_document, 64-72 ms CPU here; ~3% of a cold run, but the marks join claims to the documents in SQL and the reports ' +
      'read their outlets, so sharing the scan means carrying the documents\' ids between the two reads). What is not met here, and ' +
      'why: the cold `--all` (and `--exclude hedged`\'s first run, and `--rule conservative` cold) at 1.9-3.6 s of CPU in one thread, ' +
      'with both cores taken by other work so that the helper thread is not started (and would get no core); on this machine at ' +
      'load 1-3.8 this morning a cold run took ~1.3 s in one thread (the 07:00 round, below). The largest series\' first call, for the reasons the round before gives: its ' +
      'table\'s profile here 2.37 s of samples, the read 670 ms, the garbage collector 460, the table\'s text 130.',
    '',
    'The round of 2026-11-28 09:22-10:20 (another machine: AMD EPYC, the calibration loop 0.88-0.97 s in its two runs of this bench against 0.63 the round before on ' +
      'Intel Xeon, so the rows above run ~1.5× the round before\'s for the same code; load 1.1-4.4 with another engineer\'s evaluation ' +
      'runs, and the machine reclaims idle pages of the page cache, so a first read may fault pages in from disk; the 1M ledger rebuilt ' +
      'here by importRecords in 293 s; every A/B in alternated fresh processes against a worktree at the round\'s start, 34cec2b, on its ' +
      'own copy of the ledger, unmigrated). The cold `--all` and `--exclude hedged`\'s first run pass 2 s here for the machine, not the ' +
      'round\'s changes: cold `--all` in one thread, 4 pairs, 2,240-3,100 ms CPU before and 2,110-2,740 after (the same table); ' +
      '`--include-titles`\' first run, which reads the list with what each series\' claims are, 3 pairs, 1,010-1,210 against 870-1,150; ' +
      '`importRecords` of 100,000 claims, 2 pairs, 28.8-31.6 s CPU against 29.1-30.3 (the wider index below costs the writes nothing ' +
      'measurable here, where sentences have ~32 characters; a real ledger\'s are several times that). The round\'s work: one ' +
      'series\' first call. (1) Its evidence sentences: a series read with them visited each claim\'s row in the claims table, a page ' +
      'and the page of the tree above it for nearly every claim (a series\' claims are spread over the ingest order), ~700 of the ' +
      'median read\'s ~1,560 page faults (a fault costs ~5 µs on this VM). Migration 0011 makes claims_series again with evidence_text ' +
      'after its columns (SQLite only: a PostgreSQL b-tree entry cannot hold a long sentence): the median\'s statement alone 10.4-12.8 ms ' +
      'cold -> 5.1-5.5 (~860 faults), the largest\'s 657-660 -> 476-485; the ledger 1,577 -> 1,600 MB, the migration 3.8 s. (2) The ' +
      'statement is text on SQLite (sqliteSeriesSql), not built and compiled by Kysely at every call (~1.5 ms of code run for the first ' +
      'time, as the round before found), and the merged sources are read by the driver (Kysely\'s executor: ~0.5 ms). (3) A document\'s publications are shared ' +
      'with the next claim of the same document, not kept in a map of every document of the series (the largest\'s read 1,014-1,128 -> ' +
      '892-912 ms CPU). (4) A rule reconciles and words its reasons in one call (ucdp sorted each date\'s figures twice), and reports are ' +
      'told apart without a closure per publication: the median\'s build allocates 2.6 -> 2.3 MB. `loadSeries`, first call: median ' +
      'series 15 pairs, CPU median 24.3 -> 16.6 ms, wall 24.9 -> 15.3 (load 3-3.6); largest 3 pairs at load ~3, CPU 1,910 -> 1,521 ms, ' +
      'wall 1,961 -> 1,488, and 5 pairs at load ~4, 2,143 -> 1,832. `tally series --subject … --metric …` (the table, whole process): ' +
      'largest 3,270 -> 2,850 ms CPU (3 pairs), median 230 -> 220 (8 pairs: the process\'s start and the bundle\'s freshness check are ' +
      'most of it). Same outputs before and after (stdout, stderr and status of the table, JSON and CSV of the largest, the median, the ' +
      '90th-percentile and a one-claim series, each with the default options, `--rule conservative` and `--exclude hedged`, on a copy of ' +
      'the ledger with two articles more, migrated against not: 36 comparisons, none different). Where the median\'s first call goes ' +
      'now (fresh processes, timings inside, medians of 15-21): the read 6.3-6.8 ms (SQLite ~4.5 of it, ~500 of its faults the ' +
      'publications: one random seek per claim\'s document in publications_document_shown), the build ~5.5 (points 2, tracks and walk ' +
      '0.6, contradictions 1.5, reconciling 1-1.4), and in about 2 of 5 processes a scavenge of the young generation that the start ' +
      'left nearly full (3.5-4.4 ms). The largest\'s: SQLite stepping ~140 ms, the driver\'s 2.3 million values ~340, the rows ~100-200, the ' +
      'build ~600 with 21 scavenges (~330 ms: everything it builds survives; a larger young generation did not help, again). Tried, not ' +
      'kept: the detail read as texts (printf lines joined by group_concat, the publications by a correlated subquery: the largest ' +
      '430-475 ms against 486-510 as rows, printf costing what the driver\'s values cost), `.all()` instead of iterating (the heap grows: ' +
      '690-870 ms cold against 483-526), the publication id left out of the row (no difference). Not done: keeping one series\' read or ' +
      'its built series at write time, the way `--all`\'s lines are kept. The read would skip the publications\' random seeks (~3 ms of ' +
      'the median, ~300 ms of the largest) but needs the series\' state checked at each read, whose marks (reviews, syndicated ' +
      'documents, merges) cost more than that unless checked ledger-wide, which any write anywhere makes stale; the built series of the ' +
      'largest is 75-110 MB of JSON (its parse alone ~450 ms, its table 22 MB to write) and would cost every write to the series a ' +
      'build (~1.5 s). So 20 ms for the largest is out of reach of any read that shows all 142,100 claims; what a user can expect of ' +
      'it is about a second and a half of CPU for the series and three seconds for the whole table, and the server\'s cached series ' +
      '(p99 3-8 ms at 500 requests/s after the first request, in the server bench) and `--all`\'s kept line for everyday use.',
    '',
    'The round of 2026-11-28 07:00-09:15 (calibration loop 0.6-0.8 s, the machine faster than the round before; load 1-3.8 ' +
      'with another engineer\'s test runs; a worktree at the round\'s start, d9997f1, for every A/B, its own bundle; the 1M ledger ' +
      'rebuilt here by importRecords in 193 s): (1) a cold `--all` read and tallied its 640 series in one thread, ~0.85 s of its ' +
      '~1.3 s here (start 0.18, list 0.14, marks 0.05, documents of several reports 0.05, texts 0.21 and tallies ~0.57, of which ' +
      '~0.25 the JIT and heap of a fresh process: the same tallies take 0.43 s warm). When more than 50,000 claims\' lines are to ' +
      'compute, a helper thread (series/summary-thread.ts) now opens the ledger itself, finds the documents of several reports ' +
      'while the main thread reads the list, and both take the next series, largest first, from one shared counter ' +
      '(summary-jobs.ts); the bundle holds the thread\'s entry compiled (bin/cli-cache.js THREAD_ENTRIES, src/core/bundle.ts), so ' +
      'the thread starts without tsx, what sank the try two rounds before. Alternated fresh processes, cold: with a core mostly ' +
      'free (load 1.3-1.9) 1.15-1.37 s wall against 1.32-1.54 in one thread, CPU 1.8-2.1 s against 1.5-1.6 (the helper\'s ' +
      'isolate, its compile and heap, its own scan of the publications); with both cores busy (load 2-3.4) 1.46-2.58 against ' +
      '1.31-1.97: a thread with no core only adds its start. So the CLI starts the helper only when the 1-minute load is at ' +
      'least half a core below the number of cores (TALLY_SERIES_THREADS overrides), and the write verbs\' refresh uses it the ' +
      'same way. (2) Every ledger open read world-countries\' 1.4 MB countries.json and the gazetteer for the resolver, which ' +
      'a read never uses: both are now read at the first resolve (`tally series --subject … --metric …` 0.214 -> 0.198 s CPU, 10 ' +
      'alternated runs). (3) The lean read compiled a rows statement for each series that the texts make unneeded (640 kysely ' +
      'compiles, ~15 ms of a cold run): made only when the rows are read. (4) The start of every series verb: `tally series` ' +
      'loaded zod (790 KB of bundled JavaScript) for the lists of metrics and groups that lived beside the claim\'s schemas ' +
      '(now core/vocabulary.ts), made an Intl.NumberFormat at load (~10 ms of ICU; formatCount now writes whole numbers itself, ' +
      'held to Intl by a property test), and ran Kysely\'s Migrator, which made sure of its tables and lock before finding ' +
      'nothing to do (~15 ms; now one read of the recorded names first). `tally series --subject KP/civilian --metric detained` ' +
      '0.224 -> 0.174 s CPU with (2)-(4) but the migrations, 0.208 -> 0.150 with them (10 alternated runs each against d9997f1\'s ' +
      'bundle, load 2.6-3.2); `--all` from kept lines 0.221 -> 0.171. Same outputs, before and after (stdout, stderr and ' +
      'status, each cold and again from kept lines, two threads forced: the `--all` table under both rules, with and without ' +
      '`--exclude hedged`, `--min-claims 1`, `--unknown-period skip --include-titles`, `--exclude unattributed`, `--format csv`, ' +
      'and the table, JSON and CSV of the largest and the median series: 28 comparisons, none different). Tried, not kept: ' +
      'the walk split into smaller functions (V8 deoptimizes it a dozen times on a fresh process\'s first series, "insufficient ' +
      'type feedback" as OSR reaches parts not yet run): first pass over the 1M claims 683-754 ms CPU against 661-806, no ' +
      'difference. One series, the median\'s first call in a fresh process (~15-20 ms here, 3-4 warm): its SQLite read ~6.8 ms ' +
      'cold against 2.9 warm (a table row for each claim\'s evidence and a publications seek each: ~900 pages touched for the ' +
      'first time), kysely building and compiling the statement 1.5 ms, merges 0.6, the build ~5-8 cold against ~3 warm (code run ' +
      'for the first time, and a scavenge or two of a young heap where all it makes survives); nothing in it is a waste to cut, ' +
      'short of not reading the evidence and publications, which the output lists.',
    '',
    'The round of 2026-11-27 23:20-01:10 (calibration loop ~1.16 s, load 3-5 with another engineer\'s profiling runs; every figure ' +
      'an alternated A/B against the round\'s start, commit 27eff49, on two copies of the same 1M ledger): (1) the process start. ' +
      'bin/tally.js ran the TypeScript through tsx, whose loader resolves and loads every module through its hooks thread, and ' +
      'kysely\'s and zod\'s hundreds of files each: ~1.2 s of CPU before a verb did anything. Now bin/cli-cache.js bundles ' +
      'src/cli/main.ts with esbuild (kysely, zod and commander inlined, a chunk per verb, each source keeping its own ' +
      'import.meta.url) into node_modules/.cache/tally-cli, with the mtime and size of every source, and bin/tally.js runs the ' +
      'bundle while they are unchanged, else the sources through tsx as before while a detached process bundles them again (no ' +
      'build step: npm ci && npm start and npm test unchanged; test/cli-cache.test.ts holds the bundle\'s output to the sources\' ' +
      'byte for byte): `series --help` 1.12-1.55 s CPU -> 0.29-0.35, `--help` (every verb loaded) 4.4 -> 1.6. (2) SQLite\'s printf ' +
      'wrote each claim\'s line at every cold run (1.5-1.8 s of CPU for the 1M claims, 0.7 of it the flags\' comparisons over four ' +
      'text columns; a scan reading one constant per claim costs 0.4-0.5): migration 0010 keeps each current claim\'s line in an ' +
      'index of its own after the series key and seq (claims_series_lines, 83 MB), from which SQLite takes the value of the same ' +
      'expression instead of computing it; the texts read it `indexed by` it (0.61-0.65 s), and so does the list of series ' +
      '(0.48-0.55 -> 0.30-0.40), so the texts find its pages in memory. It costs importRecords 5-9 % more CPU (200k claims: ' +
      '93.5-95.2 s -> 99.8-103.5) and the migration 9 s on the 1M ledger; PostgreSQL is unchanged. Cold `--all`, alternated fresh ' +
      'processes, 4 pairs at load 3.4-3.5 (calibration 1.37 s): 5.0-7.3 s wall / 5.0-7.3 s CPU and 53.6-58.0k page faults before, ' +
      '2.9-4.8 / 2.9-4.4 and 31.6-33.3k after (each pair 0.41-0.61 of its CPU before); `--rule conservative`, 2 pairs: 4.9-5.7 s CPU ' +
      '-> 2.6-3.4; `--exclude hedged` the first time, the default\'s lines kept, 2 pairs: 6.0-6.3 -> 4.1-4.3. The same outputs before and after (sha-256 of stdout, stderr and exit status, each cold and again from ' +
      'kept lines): on the 1M ledger the `--all` table under both rules with and without `--exclude hedged` and with `--min-claims 1`, ' +
      '`--unknown-period skip --include-titles`, `--exclude unattributed`, `--format csv` (both rules) and `--format json`, and the table, ' +
      'JSON and CSV of the largest and the median series under both rules (and JSON with `--exclude hedged`); the same over the ' +
      'samples ledger and a 12,000-claim synthetic one with own-voice, undated, headline, open, hedged, period and reviewed claims ' +
      '(89 comparisons, none different). What is left of a cold run (in-process, load ~3): opening the ledger 0.15-0.2 s, the ' +
      'list 0.3, the marks 0.13-0.16, the documents of several reports 0.13-0.16, the texts 0.7-0.9, the tallies 1.8 (fileText 0.5, ' +
      'the walk and points 0.5, days and periods 0.3). Tried, not kept: SQLite through pread instead of the memory map (mmap_size 0: ' +
      'page faults 47k -> 45k, CPU the same within noise, 3 alternated pairs: the kernel maps 16 pages a fault, so the map costs ' +
      'little here); the list of series as a seek per series (slower than the group-by, 0.31-0.33 s against 0.25-0.27); the texts ' +
      'read ahead in a thread of plain JavaScript with its own connection (no tsx to start) while this one summarises: 3 alternated ' +
      'pairs 4.0-4.5 s CPU / 4.5-4.9 wall against 3.8-4.1 / 3.8-4.2 without (the second thread\'s heap and page cache, 15k more ' +
      'page faults; no wall gained at this load). One series: the median\'s first call in a fresh process is spread over compiling ' +
      'the series code (no function above 4 ms of it); unchanged.',
    '',
    'The round before (2026-11-27 20:40-22:30; this machine ran 2.5-3.5× slower than in the rounds before all evening, idle or not: ' +
      'the calibration loop took 1.5-2.2 s CPU against 611 ms then, its page faults costing ~25-40 µs each; every figure below ' +
      'is an alternated A/B against the session\'s start, commit cf67261): the cold `--all` spent its CPU on better-sqlite3 making ' +
      'an array, its values (each a Set through V8\'s API on Node 20) and an iterator record per claim, on filing claims into ' +
      'point objects through maps of strings, and on page faults. Now (1) summarize.ts files claims into typed arrays and makes ' +
      'points one day at a time (claims bucketed by day with a counting sort, a small per-day hash of origin and figure, a point\'s ' +
      'documents a short list): tallyFigures of the 1M in-memory claims 2.9-3.4 s CPU -> 0.49-0.69; (2) the SQLite read gives ' +
      'texts (a statement reading the schema held open so that a series\' texts are one snapshot; a text with a figure that is no ' +
      'whole number of up to 15 digits or a separator inside a field falls back to the rows): reading every series of the 1M ' +
      'ledger warm 1,450-1,650 ms CPU as rows -> 590-620 as texts; (3) the ledger state reads the largest rowid of documents and ' +
      'publications (only ever added) instead of counting them: 225-314 ms and 6.6-7.3k page faults -> 8-14 ms at every `--all`, ' +
      'kept or not. Cold `--all`, 4 alternated pairs of fresh processes at load 0.5-0.9 (calibration 2.0-2.2 s): 6.0-7.3 s wall / ' +
      '6.8-7.7 s CPU and 81.8-82.6k page faults before, 3.9-4.9 / 4.9-5.9 and 55.5-58.5k after; the same tables (cmp: cold and kept ' +
      '--all under both rules with and without --exclude hedged, --min-claims 1, --unknown-period skip --include-titles, --exclude ' +
      'unattributed, and the table, JSON and CSV of four series under each rule and exclusion: 60 outputs). Kept-line runs 1.63-1.76 ' +
      '-> 1.28-1.42 s CPU (load 3.2-3.8). What is left of a cold run here (in-process, load ~1.5): the process start ~1.2 s CPU ' +
      '(tsx, kysely, the ledger modules), the list of series 0.76-0.86 s (a scan of the 150 MB claims_series index whose first ' +
      'touch is most of it: ~12.7k page faults; reading the texts first instead only moves that cost to them), the texts ~0.6 s ' +
      'warm, the tallies ~0.5 s warm and ~1.0 s in a fresh process (compiling and growing the heap), the marks and documents of ' +
      'several reports ~0.15 s (two scans of the publications index), writing the kept lines and the WAL checkpoint at close ' +
      '0.1-0.25 s.',
    '',
    'Before the 20:40 round (2026-11-27 18:39, load 3.3-3.9): the write verbs kept the lines of the default options only, and of series ' +
      'with at least 3 claims: `--all` with any other set of options (`--exclude hedged`…) computed every series at every run after ' +
      'a write (nothing kept: 3,552 ms wall / 3,460 CPU), and `--min-claims` 1 or 2 the smaller series; `loadSeries` of the largest ' +
      'series read its documents\' publications in a second query (1,663 ms wall / 1,658 CPU on its first call). ' +
      'Before that (2026-11-27 17:58, load 5.3-5.4): the write verbs kept the lines of the default rule only, so ' +
      '`--all --rule conservative` after them computed every series (4,361 ms wall / 3,610 CPU like a cold run; 3,380-3,790 CPU ' +
      'in an A/B against this round at load 3-5), and `tally worker` kept none. ' +
      'Before the session (2026-11-27 16:40, load 0.9-3.8, same generator): first run 7,825 ms wall / 6,160 ms CPU (nothing ' +
      'was kept by the writes), kept 1,142 / 1,360, after one article 2,241 / 2,070, after a review 1,801 / 2,030; median ' +
      '`loadSeries` 45.5 / 39.0 best of 5 in the bench process after the largest series (its garbage collected during the runs).',
    '',
    'Tried in the round before, not kept: one text per series (the largest ~8 MB: each a fresh mapping for SQLite\'s buffer and V8\'s string, ' +
      '8-11k more page faults per pass; 1,024-line texts stay in the young heap); a map of every document of a series to number ' +
      'them (~550 ns a claim, its inserts); one hash of every point of a series (day, origin, figure: cache misses over a series\' ' +
      'points; a day\'s are few); the flags of a claim from the raw section, status and period columns instead of comparisons (no ' +
      'cheaper); the list of series read from a narrower index (claims_subject_metric_day): its first touch is smaller but the ' +
      'texts then pay claims_series\' (the same in total). Not done, outside series code: SQLite reads through pread with a small ' +
      'page cache instead of the 2 GB memory map for one-pass scans (the first scan of claims_series: ~0.97 s CPU with the map, ' +
      '0.25 s without, in a fresh process here; whole cold runs inconclusive under load; no gain this round); a narrower index of the lean columns (done this round, as the index of lines).',
    '',
    'Tried for the cold run two rounds before, not kept (2026-11-27 18:30, load 2.5-3.7): the cold computation split over worker threads (the main ' +
      'thread and one worker on 2 cores, each series read through the thread\'s own SQLite connection, threads started while the ' +
      'list of series is read; table identical), in 9 alternated cold runs each: 3,700 ms wall median (least 2,380) / 4,360 CPU ' +
      'against 3,370 (least 2,890) / 3,520 one thread: a thread\'s start (tsx, kysely, the ledger modules) costs ~0.5 s of CPU and ' +
      'the second core is seldom free here (branch helper/series-threads, with its tests). A CPU profile of the cold run then: the lean ' +
      'read ~1.0 s (SQLite stepping and row arrays: 0.6 s with the numeric columns alone), filing claims into points 0.45 s, GC ' +
      '0.4 s, the walk 0.26 s, the list of series and its state 0.25 s, the process start 0.5 s; reading the dating publications ' +
      'before the rows (so that rows need not be held) cost 160 ms more CPU than it saved.',
    '',
    'One series, two rounds before (2026-11-27 19:25-19:50, load 4-5.4; unchanged since): each claim\'s document\'s publications come in the claims\' own query ' +
      '(one pass; before, a second query over the series\' 129,090 documents): `loadSeries` of the largest series in 7 pairs of alternated ' +
      'fresh processes took 1,661-1,937 ms CPU before, 1,438-1,827 after, with identical output (cmp of the table, JSON and CSV of five ' +
      'series, the largest and a one-claim series among them, and of `--all --format csv`). What is left of its first call: SQLite\'s read ' +
      'of 142,100 claims with their evidence and publications (~0.7 s CPU), building 70,782 points with their reports (~0.5 s) and the ' +
      'scavenges of a heap where everything built survives (0.3-0.5 s; larger young generations did not help). Not done: keeping the built ' +
      'series at write time (its JSON is 75 MB, whose JSON.parse alone takes 450 ms, and each write to the series would build it again). ' +
      'The round before, the largest series\' first call in a fresh process took 4.5-6.3 s CPU here (the machine\'s slowness above) with ' +
      '66-74k page faults: its read of 142,100 claims with evidence and publications as row arrays ~37% of the profile, GC ~18%.',
  ];
}

export async function run(): Promise<string> {
  const load = loadavg()[0]?.toFixed(1);
  const calibration = await time(() => {
    const m = new Map<string, { i: number }>();
    for (let i = 0; i < 1_000_000; i++) m.set(`k${i}`, { i });
    return m.size;
  });
  const lines = [
    '## Series (`tally series`, issue 4)', '',
    'Goals: `--all` over 1,000,000 claims ≤ 2 s; one series ≤ 20 ms.', '',
    `Calibration: 1,000,000 \`Map.set\` of a new string key and object took ${ms(calibration.cpu)} CPU ms here: ` +
      'run the same loop on another machine and scale the CPU figures below by the ratio to compare.', '',
  ];
  lines.push(...(await pureSection()));
  lines.push(...(await ledgerSection()));
  lines.push('', `1-min load average ${load} at the start and ${loadavg()[0]?.toFixed(1)} at the end: 2 cores shared with other work, so compare CPU ms, not wall ms.`);
  return lines.join('\n');
}
