/**
 * Series bench: `tally series --all` and one series, over generated claims (src/series/__fixtures__/synthetic.ts:
 * 640 subject × metric series of Zipf-distributed size, half the claims repeats of a statement by
 * another outlet, hedges, ranges, intervals).
 *
 * Measured:
 *  1. the pure computation (`buildAllSeries`, `buildSeries`) over 1,000,000 in-memory claims;
 *  2. the ledger path (`loadAllSeries` / `loadSeries`, paging `queryClaims`) over a SQLite ledger
 *     of TALLY_BENCH_SERIES_LEDGER claims (default 100,000; the ledger is built once through
 *     `importRecords` and kept in bench/out/);
 *  3. for comparison, one raw streaming SELECT of the columns a series reads, over the same file:
 *     what a dedicated bulk query in the ledger would cost.
 * A calibration loop is timed first: on a shared machine it shows how loaded the CPU was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openLedger } from '../src/ledger/ledger.ts';
import { buildAllSeries, buildSeries, subjectKey, type SeriesKey } from '../src/series/build.ts';
import { syntheticDocuments, toLedgerRecords, toSeriesClaims } from '../src/series/__fixtures__/synthetic.ts';
import { loadAllSeries, loadSeries, seriesKeys } from '../src/series/ledger-claims.ts';
import type { SeriesClaim } from '../src/series/types.ts';

const IN_MEMORY = 1_000_000;
const LEDGER_CLAIMS = Number(process.env.TALLY_BENCH_SERIES_LEDGER ?? 100_000);
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'out');
const BIN = join(HERE, '..', 'bin', 'tally.js');

async function time<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** Best of `runs` (the least disturbed by other work on the machine). */
async function best(runs: number, fn: () => unknown): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) min = Math.min(min, (await time(fn)).ms);
  return min;
}

/** A fixed amount of plain JS work (1M small objects into a Map): ~60–120 ms on an idle core. */
function calibrate(): number {
  const start = performance.now();
  const m = new Map<string, { i: number }>();
  for (let i = 0; i < 1_000_000; i++) m.set(`k${i}`, { i });
  return performance.now() - start;
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

function bySeries(claims: readonly SeriesClaim[]): Map<string, { key: SeriesKey; claims: SeriesClaim[] }> {
  const out = new Map<string, { key: SeriesKey; claims: SeriesClaim[] }>();
  for (const c of claims) {
    const id = `${subjectKey(c)}|${c.metric}`;
    const entry = out.get(id) ?? { key: { subject: subjectKey(c), metric: c.metric }, claims: [] };
    entry.claims.push(c);
    out.set(id, entry);
  }
  return out;
}

export async function run(): Promise<string> {
  const lines: string[] = ['## Series (`tally series`)', ''];
  const calibration = Math.min(calibrate(), calibrate());
  lines.push(`Calibration loop (1M objects into a Map): ${ms(calibration)} ms (an idle core: ~60–120 ms; more means a loaded machine, scale the figures below accordingly).`, '');

  // 1. Pure computation over 1M in-memory claims.
  const generated = await time(() => toSeriesClaims(syntheticDocuments(IN_MEMORY)));
  const claims = generated.value;
  // Each run's result is summarised and dropped before the next, so two never share the heap.
  const summarise = (explain = false) => {
    const series = buildAllSeries(claims, 3, { explain });
    return { count: series.length, points: series.reduce((n, s) => n + s.points.length, 0), contradictions: series.reduce((n, s) => n + s.contradictions.length, 0) };
  };
  const all = await time(() => summarise());
  const allAgain = await time(() => summarise());
  const allWorded = await time(() => summarise(true));
  const { count, points, contradictions } = all.value;
  const groups = [...bySeries(claims).values()].sort((a, b) => b.claims.length - a.claims.length);
  const largest = groups[0] as { key: SeriesKey; claims: SeriesClaim[] };
  const median = groups[groups.length >> 1] as { key: SeriesKey; claims: SeriesClaim[] };
  const p90 = groups[Math.floor(groups.length * 0.1)] as { key: SeriesKey; claims: SeriesClaim[] };
  const oneLargest = await best(3, () => buildSeries(largest.claims, largest.key));
  const oneP90 = await best(5, () => buildSeries(p90.claims, p90.key));
  const oneMedian = await best(5, () => buildSeries(median.claims, median.key));
  lines.push(
    `### Pure computation, ${IN_MEMORY.toLocaleString('en-US')} claims in memory`, '',
    `${count} series with ≥ 3 claims, ${points.toLocaleString('en-US')} points, ${contradictions.toLocaleString('en-US')} contradictions (generated in ${ms(generated.ms)} ms).`, '',
    '| what | time (ms) |', '|---|---|',
    `| \`buildAllSeries\` as \`--all\` (summary table, no reasons written), first run / second run | ${ms(all.ms)} / ${ms(allAgain.ms)} |`,
    `| \`buildAllSeries\` with every reason written (\`--all --format json\`) | ${ms(allWorded.ms)} |`,
    `| \`buildSeries\`, largest series (${largest.claims.length.toLocaleString('en-US')} claims), best of 3 | ${ms(oneLargest)} |`,
    `| \`buildSeries\`, 90th-percentile series (${p90.claims.length.toLocaleString('en-US')} claims), best of 5 | ${ms(oneP90)} |`,
    `| \`buildSeries\`, median series (${median.claims.length.toLocaleString('en-US')} claims), best of 5 | ${ms(oneMedian)} |`,
    '',
  );

  // 2. Through the ledger (SQLite file, built once).
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `series-${LEDGER_CLAIMS}.db`);
  let built = 'reused';
  if (!existsSync(file)) {
    const ledger = await openLedger(file);
    const imported = await time(() => ledger.importRecords(toLedgerRecords(syntheticDocuments(LEDGER_CLAIMS))));
    await ledger.close();
    built = `built with importRecords in ${ms(imported.ms)} ms`;
  }
  const ledger = await openLedger(file);
  try {
    const keys = await time(() => seriesKeys(ledger, 3));
    const viaLedger = await time(async () => {
      let n = 0;
      for await (const s of loadAllSeries(ledger, 3, { explain: false })) n += s.claimCount;
      return n;
    });
    const big = keys.value[0] as SeriesKey & { claims: number };
    const mid = keys.value[keys.value.length >> 1] as SeriesKey & { claims: number };
    const oneBig = await best(2, () => loadSeries(ledger, big));
    const oneMid = await best(5, () => loadSeries(ledger, mid));
    const cli = await time(() => spawnSync(process.execPath, [BIN, 'series', '--all', '--db', file], { encoding: 'utf8', maxBuffer: 1 << 28 }));
    // What a dedicated query would give: one streaming pass over the columns a series reads.
    const raw = new Database(file, { readonly: true });
    const stream = await time(() => {
      let n = 0;
      const rows = raw.prepare(`
        SELECT c.id, c.document_id, c.subject_country, c.subject_group, c.metric, c.min, c.max, c.approximate, c.hedged,
               c.as_of, c.origin_id, c.section, c.status, c.evidence_text, json_extract(c.data, '$.period') AS period,
               p.publisher, p.url, p.published
        FROM claims c LEFT JOIN publications p ON p.document_id = c.document_id
        WHERE c.current = 1 ORDER BY c.subject_country, c.subject_group, c.metric`).iterate();
      for (const _row of rows) n++;
      return n;
    });
    raw.close();
    lines.push(
      `### Through the ledger, ${LEDGER_CLAIMS.toLocaleString('en-US')} claims (SQLite, ${built})`, '',
      '| what | time (ms) |', '|---|---|',
      `| \`loadAllSeries\` (\`tally series --all\` without start-up and printing): ${keys.value.length} series, ${viaLedger.value.toLocaleString('en-US')} claims | ${ms(viaLedger.ms)} |`,
      `| \`seriesKeys\` alone (listSubjects + a count per subject × metric; part of the row above) | ${ms(keys.ms)} |`,
      `| \`tally series --all --db …\` as a user runs it (process start, tsx, ledger, output; exit ${cli.value.status}) | ${ms(cli.ms)} |`,
      `| \`loadSeries\`, largest series (${big.claims.toLocaleString('en-US')} claims), best of 2 | ${ms(oneBig)} |`,
      `| \`loadSeries\`, median series (${mid.claims.toLocaleString('en-US')} claims), best of 5 | ${ms(oneMid)} |`,
      `| one raw streaming SELECT of every claim's series columns joined to its publications (${stream.value.toLocaleString('en-US')} rows) | ${ms(stream.ms)} |`,
      '',
      'The ledger path pages `queryClaims` (10,000 a page): each page parses every claim\'s stored JSON and fetches its ' +
        'documents\' publications, and `--all` counts each subject × metric before reading it. The raw SELECT row shows ' +
        'what a dedicated bulk query (one ordered pass over subject × metric, only the columns a series reads) would ' +
        'cost instead; `--all` would then be that pass plus the pure computation above.',
    );
  } finally {
    await ledger.close();
  }
  return lines.join('\n');
}
