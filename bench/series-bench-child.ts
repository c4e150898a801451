/**
 * The series bench's measurements that need a process of their own (bench/series.bench.ts runs
 * this file with `node --import tsx`), printing one JSON line:
 *
 * - `one DB SUBJECT METRIC RUNS`: `loadSeries` of one series in a fresh process, as `tally series
 *   --subject S --metric M` does it once after its start (first call: nothing compiled or cached
 *   yet), then RUNS more times as a long-running process (the server) does it, the JIT warming
 *   over the first ~20: the bench's own process is no place for this, its heap full of a million
 *   generated claims and the largest series' garbage;
 * - `keep DB`: what a write verb does before it exits (keepSeriesTable), timed.
 */
import { openLedger } from '../src/ledger/ledger.ts';
import { keepSeriesTable } from '../src/cli/commands/series.ts';
import { loadSeries } from '../src/series/ledger-claims.ts';
import type { Metric } from '../src/core/claim.ts';

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
  const [subject, metric, runs] = rest as [string, Metric, string];
  const ledger = await openLedger(db as string, { migrate: false });
  const key = { subject, metric };
  const first = await time(() => loadSeries(ledger, key));
  const warm: Timed[] = [];
  for (let i = 0; i < Number(runs); i++) warm.push(await time(() => loadSeries(ledger, key)));
  await ledger.close();
  process.stdout.write(`${JSON.stringify({ first, warm })}\n`);
} else if (mode === 'keep') {
  process.stdout.write(`${JSON.stringify(await time(() => keepSeriesTable(db as string)))}\n`);
} else {
  throw new Error(`unknown mode ${mode}`);
}
