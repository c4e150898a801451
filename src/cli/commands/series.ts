/**
 * `tally series`: every estimate of one subject × metric over time — who made it, how each
 * source revised itself, where sources contradict each other — and a reconciled low/best/high
 * under a switchable rule. `--all` does it for every subject × metric with enough claims.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { extname } from 'node:path';
import { Command, Option } from 'commander';
import { METRICS, type Metric } from '../../core/vocabulary.ts';
import { UsageError } from '../../core/errors.ts';
import { openLedger } from '../../ledger/ledger.ts';
import { csvHeader, seriesCsvRows } from '../../series/format/csv.ts';
import { seriesTable, summaryTable } from '../../series/format/table.ts';
import { DEFAULT_MIN_CLAIMS, loadAllSummaries, refreshSummaries, type Parallel, type SummaryCounts } from '../../series/ledger-summaries.ts';
import { summaryOf, type SeriesSummary } from '../../series/summary.ts';
import { loadAllSeries, loadSeries } from '../../series/ledger-claims.ts';
import { DEFAULT_RULE, RULE_IDS } from '../../series/rules/index.ts';
import { EXCLUSIONS, type Exclusion, type RuleId, type Series, type SeriesOptions } from '../../series/types.ts';

interface SeriesFlags {
  db: string;
  subject?: string;
  metric?: string;
  all?: boolean;
  minClaims: string;
  rule: RuleId;
  exclude?: string;
  unknownPeriod: 'cumulative' | 'skip';
  includeTitles?: boolean;
  format: 'table' | 'json' | 'csv';
  plot?: string;
}

export function registerSeries(program: Command): void {
  program
    .command('series')
    .description('estimates of one subject × metric over time, per source, contradictions, and a reconciled low/best/high')
    .option('--db <url>', 'ledger: SQLite file or postgres://… URL', process.env.TALLY_DB ?? './tally.db')
    .option('--subject <key>', 'COUNTRY/GROUP, e.g. KP/military ("-/civilian" when no country)')
    .addOption(new Option('--metric <metric>', 'what is counted').choices(METRICS as unknown as string[]))
    .option('--all', 'every subject × metric with at least --min-claims claims')
    .option('--min-claims <n>', 'with --all: least number of claims of a series', String(DEFAULT_MIN_CLAIMS))
    .addOption(new Option('--rule <rule>', 'reconciliation rule (see src/series/RULES.md)').choices(RULE_IDS).default(DEFAULT_RULE))
    .option('--exclude <what>', `leave out, comma-separated: ${EXCLUSIONS.join(', ')}`)
    .addOption(new Option('--unknown-period <how>', 'figures with no stated period: compare as running totals, or skip').choices(['cumulative', 'skip']).default('cumulative'))
    .option('--include-titles', 'keep headline claims (left out by default: a headline repeats its body)')
    .addOption(new Option('--format <format>', 'output').choices(['table', 'json', 'csv']).default('table'))
    .option('--plot <file>', 'also draw a chart: .svg or .png (with --all, one file per series: name-SUBJECT-metric.ext)')
    .action(async (flags: SeriesFlags) => runSeries(flags));
}

async function runSeries(flags: SeriesFlags): Promise<void> {
  // The --all summary table shows no reasons and no list of reports: do not make them.
  const summary = flags.all === true && flags.format === 'table';
  const options = { ...seriesOptions(flags), explain: !summary, reports: !summary };
  const single = flags.all ? null : seriesKey(flags);
  const minClaims = parseMinClaims(flags.minClaims);
  if (flags.plot) plotKind(flags.plot);
  assertLedgerExists(flags.db);
  const ledger = await openLedger(flags.db);
  try {
    if (single) {
      // One series' table lists who carried each point, not the sentences (JSON, CSV and the chart keep them).
      const series = await loadSeries(ledger, single, { ...options, evidence: flags.format !== 'table' || flags.plot !== undefined });
      process.stdout.write(render(series, flags.format, true));
      if (flags.plot) await writePlot(series, flags.plot);
      return;
    }
    if (summary && !flags.plot) {
      // The table: one line per series, kept in the ledger between runs (series/ledger-summaries.ts).
      const summaries: SeriesSummary[] = [];
      const counts: SummaryCounts = { kept: 0, computed: 0 };
      for await (const s of loadAllSummaries(ledger, minClaims, options, counts, [], parallelFor(flags.db))) summaries.push(s);
      process.stdout.write(summaryText(summaries));
      if (counts.notKept) process.stderr.write(`tally: the table's lines could not be kept in the ledger (${counts.notKept}); the next --all computes them again\n`);
      return;
    }
    let count = 0;
    // The table keeps one line per series, not the series (over a large ledger, millions of points).
    const summaries: SeriesSummary[] = [];
    if (flags.format === 'json') process.stdout.write('[\n');
    for await (const series of loadAllSeries(ledger, minClaims, options)) {
      if (flags.format === 'table') summaries.push(summaryOf(series));
      else if (flags.format === 'json') process.stdout.write(`${count > 0 ? ',\n' : ''}${JSON.stringify(series)}`);
      else process.stdout.write(render(series, 'csv', count === 0));
      if (flags.plot) await writePlot(series, plotPathFor(flags.plot, series));
      count += 1;
    }
    if (flags.format === 'json') process.stdout.write('\n]\n');
    if (flags.format === 'table') process.stdout.write(summaryText(summaries));
    if (flags.format === 'csv' && count === 0) process.stdout.write(csvHeader());
  } finally {
    await ledger.close();
  }
}

/**
 * What a write verb (ingest, import, review, sources merge) does before it exits: bring the kept
 * lines of `tally series --all`'s table up to date (src/series/RULES.md section 7), so that the
 * next `--all` reads them instead of computing. The ledger is read as `tally series` reads it (no
 * user aliases). The write is done by then: a failure here costs only the saving, said in one
 * line, and the next `--all` computes what was not kept.
 */
export async function keepSeriesTable(db: string): Promise<void> {
  if (db === ':memory:') return;
  let notKept: string | undefined;
  try {
    const ledger = await openLedger(db, { migrate: false });
    try {
      notKept = (await refreshSummaries(ledger, {}, parallelFor(db))).notKept;
    } finally {
      await ledger.close();
    }
  } catch (err) {
    notKept = err instanceof Error ? err.message : String(err);
  }
  if (notKept !== undefined) process.stderr.write(`tally: the series table's lines could not be kept up to date (${notKept}); the next \`tally series --all\` computes them\n`);
}

/** The --all table, the largest series first. */
function summaryText(summaries: SeriesSummary[]): string {
  summaries.sort((a, b) => b.claimCount - a.claimCount || a.subject.localeCompare(b.subject) || a.metric.localeCompare(b.metric));
  return `${summaryTable(summaries)}\n`;
}

function render(series: Series, format: SeriesFlags['format'], header: boolean): string {
  if (format === 'json') return `${JSON.stringify(series, null, 2)}\n`;
  if (format === 'csv') return `${header ? csvHeader() : ''}${seriesCsvRows(series)}`;
  return `${seriesTable(series)}\n`;
}

function seriesOptions(flags: SeriesFlags): SeriesOptions {
  const exclude: Exclusion[] = [];
  for (const part of (flags.exclude ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!(EXCLUSIONS as readonly string[]).includes(part)) {
      throw new UsageError(`unknown --exclude value "${part}"`, undefined, `use ${EXCLUSIONS.join(', ')}`);
    }
    exclude.push(part as Exclusion);
  }
  return { rule: flags.rule, exclude, unknownPeriod: flags.unknownPeriod, includeTitles: flags.includeTitles ?? false };
}

function seriesKey(flags: SeriesFlags): { subject: string; metric: Metric } {
  if (!flags.subject || !flags.metric) {
    throw new UsageError('tell which series', undefined, 'give --subject and --metric (e.g. --subject KP/military --metric killed), or --all');
  }
  const [country = '', group = ''] = flags.subject.split('/');
  if (!/^(?:[A-Za-z]{2}|-)$/.test(country) || group === '') {
    throw new UsageError(`invalid --subject "${flags.subject}"`, undefined, 'COUNTRY/GROUP, e.g. KP/military, or -/civilian when no country');
  }
  return { subject: `${country.toUpperCase()}/${group}`, metric: flags.metric as Metric };
}

function parseMinClaims(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`invalid --min-claims "${text}"`, undefined, 'a whole number ≥ 1');
  return n;
}

function plotKind(path: string): 'svg' | 'png' {
  const ext = extname(path).toLowerCase();
  if (ext === '.svg' || ext === '.png') return ext.slice(1) as 'svg' | 'png';
  throw new UsageError(`cannot draw "${path}"`, undefined, 'name the chart file .svg or .png');
}

/** "out/series.svg" → "out/series-KP-military-killed.svg"; a missing country is "none". */
function plotPathFor(path: string, series: Series): string {
  const ext = extname(path);
  const subject = series.subject.replace(/^-\//, 'none/').replace('/', '-');
  return `${path.slice(0, path.length - ext.length)}-${subject}-${series.metric}${ext}`;
}

async function writePlot(series: Series, path: string): Promise<void> {
  // Loaded only to draw: the charting library takes longer to load than a kept --all takes to run.
  const { seriesSvg, svgToPng } = await import('../../series/format/plot.ts');
  const svg = seriesSvg(series);
  await writeFile(path, plotKind(path) === 'png' ? await svgToPng(svg) : svg);
  process.stderr.write(`tally: chart written to ${path}\n`);
}

/**
 * Where many series are to compute, a helper thread computes some of them with a connection of its
 * own (series/summary-jobs.ts), when a core is free: on a machine whose cores are busy with other
 * work (the 1-minute load average within half a core of their number), a second thread gets no core
 * of its own and its start (~0.4 s of CPU: its heap, the code compiled again) only adds to the wait.
 * TALLY_SERIES_THREADS sets the number instead (1: one thread). Not over an in-memory ledger, which
 * no other connection sees.
 */
function parallelFor(db: string): Parallel | undefined {
  if (db === ':memory:') return undefined;
  const cores = availableParallelism();
  const threads = Number(process.env.TALLY_SERIES_THREADS) || ((loadavg()[0] as number) < cores - 0.5 ? cores : 1);
  return { db, threads };
}

/** A read-only verb must not create an empty ledger where the user mistyped a path. */
function assertLedgerExists(db: string): void {
  if (/^postgres(?:ql)?:\/\//.test(db) || db === ':memory:') return;
  if (!existsSync(db)) throw new UsageError(`no ledger at ${db}`, undefined, 'ingest articles first, or pass --db (or set TALLY_DB)');
}
