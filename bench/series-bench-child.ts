/**
 * The series bench's measurements that need a process of their own (bench/series.bench.ts runs
 * this file with `node --import tsx`), printing one JSON line:
 *
 * - `one DB SUBJECT METRIC RUNS [EVIDENCE]`: `loadSeries` of one series in a fresh process, as `tally
 *   series --subject S --metric M` does it once after its start (first call: nothing compiled or
 *   cached yet), then RUNS more times as a long-running process (the server) does it, the JIT
 *   warming over the first ~20: the bench's own process is no place for this, its heap full of a
 *   million generated claims and the largest series' garbage; EVIDENCE 0 reads no evidence
 *   sentence, as the CLI does for one series' table (JSON and CSV read them);
 * - `keep DB`: what a write verb does before it exits (keepSeriesTable), timed;
 * - `keep-every DB`: the same if it kept the lines of all 16 sets of options (what it does not do), timed;
 * - `refresh DB BIG_SUBJECT BIG_METRIC MID_SUBJECT MID_METRIC ROUNDS`: what `tally worker` does
 *   after pages are stored: 20 new pages (one in the largest series, 19 in the median one) through
 *   the ledger, then the kept lines refreshed in the worker's thread (series-table-thread.ts) and,
 *   for comparison, in this thread; timed, with the longest gap between 5 ms ticks of this thread
 *   (how long a worker's fetches and stores would have waited).
 */
import { openLedger } from '../src/ledger/ledger.ts';
import { keepSeriesTable } from '../src/cli/commands/series.ts';
import { loadSeries } from '../src/series/ledger-claims.ts';
import { loadAllSummaries, refreshSummaries } from '../src/series/ledger-summaries.ts';
import type { SeriesOptions } from '../src/series/types.ts';
import { SeriesTableThread } from '../src/workers/series-table-thread.ts';
import type { Metric } from '../src/core/claim.ts';
import { storePage } from './series-bench-page.ts';

interface Timed { wall: number; cpu: number }

async function time(fn: () => Promise<unknown>): Promise<Timed> {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  await fn();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const [mode, db, ...rest] = process.argv.slice(2);
if (mode === 'one') {
  const [subject, metric, runs, evidence] = rest as [string, Metric, string, string | undefined];
  const ledger = await openLedger(db as string, { migrate: false });
  const key = { subject, metric };
  // EVIDENCE 0: as one series' table reads it (no evidence sentence), else with every reason and report's sentence.
  const options = { evidence: evidence !== '0' };
  const first = await time(() => loadSeries(ledger, key, options));
  const warm: Timed[] = [];
  for (let i = 0; i < Number(runs); i++) warm.push(await time(() => loadSeries(ledger, key, options)));
  await ledger.close();
  process.stdout.write(`${JSON.stringify({ first, warm })}\n`);
} else if (mode === 'refresh') {
  const [bigSubject, bigMetric, midSubject, midMetric, rounds] = rest as [string, Metric, string, Metric, string];
  const ledger = await openLedger(db as string, { migrate: false });
  const thread = new SeriesTableThread(db as string);
  // Numbered apart from the bench's own new articles (the same text at the same url is no new page).
  let page = 10_000;
  const pages = async () => {
    await storePage(ledger, { subject: bigSubject, metric: bigMetric }, (page += 1));
    for (let i = 0; i < 19; i++) await storePage(ledger, { subject: midSubject, metric: midMetric }, (page += 1));
  };
  // The thread started once (a worker starts it on its first refresh).
  await pages();
  await thread.refresh();
  const runs: { how: string; wall: number; cpu: number; gap: number; computed: number }[] = [];
  for (let r = 0; r < Number(rounds); r++) {
    for (const how of ['thread', 'in-process'] as const) {
      await pages();
      let last = performance.now();
      let gap = 0;
      const tick = setInterval(() => {
        const now = performance.now();
        gap = Math.max(gap, now - last);
        last = now;
      }, 5);
      let computed = 0;
      const t = await time(async () => {
        computed = (how === 'thread' ? await thread.refresh() : await refreshSummaries(ledger)).computed;
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      clearInterval(tick);
      runs.push({ how, ...t, gap, computed });
    }
  }
  await thread.close();
  await ledger.close();
  process.stdout.write(`${JSON.stringify(runs)}\n`);
} else if (mode === 'keep') {
  process.stdout.write(`${JSON.stringify(await time(() => keepSeriesTable(db as string)))}\n`);
} else if (mode === 'keep-every') {
  // What keepSeriesTable would cost if it kept every set of options, not only those asked for.
  const sets: SeriesOptions[] = [];
  for (const exclude of [[], ['hedged'], ['unattributed'], ['hedged', 'unattributed']] as const) {
    for (const unknownPeriod of ['cumulative', 'skip'] as const) {
      for (const includeTitles of [false, true]) sets.push({ exclude: [...exclude], unknownPeriod, includeTitles });
    }
  }
  const ledger = await openLedger(db as string, { migrate: false });
  const timed = await time(async () => {
    for await (const _ of loadAllSummaries(ledger, 1, {}, { kept: 0, computed: 0 }, sets)) { /* kept as it goes */ }
  });
  await ledger.close();
  process.stdout.write(`${JSON.stringify(timed)}\n`);
} else {
  throw new Error(`unknown mode ${mode}`);
}

