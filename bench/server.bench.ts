/**
 * API throughput and latency over a 1,000,000-claim ledger: `tally serve`'s server in this
 * process, autocannon in a second process on loopback. Measures a filtered claims page and two
 * series (the largest and a middling one), each at a fixed 500 requests/s and flat out, and the
 * cold time of a series (first request, nothing cached). Goal: p99 ≤ 50 ms at 500 requests/s.
 *
 * The ledger (the series fixture's synthetic claims, loaded with importRecords) is kept in
 * bench/out/ledger-1m.db and reused; TALLY_BENCH_CLAIMS makes a smaller one for a quick run.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openLedger, type Ledger } from '../src/ledger/ledger.ts';
import { syntheticDocuments, toLedgerRecords } from '../src/series/__fixtures__/synthetic.ts';
import { buildServer } from '../src/server/app.ts';
import { createIngestor } from '../src/server/ingestor.ts';
import { openTokenStore } from '../src/server/tokens.ts';

const here = dirname(fileURLToPath(import.meta.url));
const CLAIMS = Number(process.env.TALLY_BENCH_CLAIMS ?? 1_000_000);
const LEDGER = join(here, 'out', CLAIMS === 1_000_000 ? 'ledger-1m.db' : `ledger-${CLAIMS}.db`);
const AUTOCANNON = join(here, '..', 'node_modules', '.bin', 'autocannon');
const DURATION_S = 10;
const run$ = promisify(execFile);

async function ledgerWithClaims(): Promise<Ledger> {
  if (!existsSync(LEDGER)) {
    mkdirSync(dirname(LEDGER), { recursive: true });
    const partial = `${LEDGER}.partial`;
    rmSync(partial, { force: true });
    process.stderr.write(`server bench: building a ${CLAIMS.toLocaleString('en-US')}-claim ledger at ${LEDGER} (once; about 20 min for 1M)\n`);
    const fresh = await openLedger(partial);
    await fresh.importRecords(toLedgerRecords(syntheticDocuments(CLAIMS)));
    await fresh.close();
    for (const suffix of ['-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
    renameSync(partial, LEDGER);
  }
  return openLedger(LEDGER);
}

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
}

/** autocannon in its own process; `rate` 0 means as fast as it can. */
async function cannon(url: string, rate: number, connections: number): Promise<CannonResult> {
  const args = ['-j', '-c', String(connections), '-d', String(DURATION_S), '-H', 'accept-encoding: gzip'];
  if (rate > 0) args.push('-R', String(rate));
  const { stdout } = await run$(AUTOCANNON, [...args, url], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as CannonResult;
}

async function timeOnce(url: string): Promise<{ ms: number; bytes: number }> {
  const t = performance.now();
  const res = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  const body = await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return { ms: performance.now() - t, bytes: body.byteLength };
}

export async function run(): Promise<string> {
  const ledger = await ledgerWithClaims();
  const tokens = await openTokenStore(LEDGER);
  const app = await buildServer({ ledger, tokens, ingestor: createIngestor(ledger, () => { throw new Error('no ingest in the bench'); }) }, { webRoot: null });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v1`;
  try {
    const stats = await ledger.stats();
    const subjects = (await ledger.listSubjects()).sort((a, b) => b.claimCount - a.claimCount);
    const big = subjects[0]!;
    const middle = subjects[Math.floor(subjects.length / 4)]!;
    const seriesOf = async (key: string) => {
      // The metric with the most claims for that subject.
      const counts = await Promise.all((['killed', 'wounded', 'displaced', 'deployed'] as const).map(async (m) => ({ m, n: await ledger.countClaims({ subject: key, metric: m }) })));
      const best = counts.sort((a, b) => b.n - a.n)[0]!;
      // What the dashboard asks for: the chart view, gzipped.
      return { url: `${base}/series?subject=${encodeURIComponent(key)}&metric=${best.m}&rule=ucdp&view=chart`, claims: best.n, label: `${key} ${best.m}` };
    };
    const largest = await seriesOf(big.key);
    const typical = await seriesOf(middle.key);
    const claimsUrl = `${base}/claims?subject=${encodeURIComponent(middle.key)}&metric=killed&since=2023-01-01&limit=50`;
    const textUrl = `${base}/claims?text=${encodeURIComponent('said')}&country=${middle.country ?? '-'}&limit=50`;

    const rows: string[] = [];
    const cases: [string, string][] = [
      [`claims page (subject ${middle.key}, killed, since 2023, 50 rows)`, claimsUrl],
      [`claims page, text search "said" + country ${middle.country ?? '-'}`, textUrl],
      [`series ${typical.label} (${typical.claims.toLocaleString('en-US')} claims, cached)`, typical.url],
      [`series ${largest.label} (${largest.claims.toLocaleString('en-US')} claims, cached)`, largest.url],
    ];
    const cold = new Map<string, { ms: number; bytes: number }>();
    for (const [label, url] of cases) {
      // A series is built on its first request (timed here as cold), then served from the cache.
      if (url.includes('/series?')) cold.set(url, await timeOnce(url));
      const paced = await cannon(url, 500, 20);
      const flat = await cannon(url, 0, 20);
      rows.push(`| ${label} | ${paced.requests.average} | ${paced.latency.p50} | ${paced.latency.p99} | ${paced.non2xx + paced.errors} | ${flat.requests.average} | ${flat.latency.p50} | ${flat.latency.p99} |`);
    }
    return [
      '## Server: API over a 1,000,000-claim ledger',
      '',
      `Ledger: SQLite, ${stats.claims.toLocaleString('en-US')} claims in ${stats.documents.toLocaleString('en-US')} documents (synthetic, src/series/__fixtures__/synthetic.ts).`,
      `The server runs in the bench process; autocannon (${DURATION_S} s per run, 20 connections) in a second process on loopback.`,
      'Requests carry `accept-encoding: gzip`, as browsers do. Series are the chart view the dashboard draws (`view=chart`), cached as checked',
      'JSON after the first request (2 min, then served stale while rebuilt); the cold figures are the first request (uncompressed size).',
      `Machine load while measuring: ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min) on ${cpus().length} cores.`,
      '',
      '| request | req/s at 500/s | p50 ms | p99 ms | errors | req/s flat out | p50 ms | p99 ms |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      `Cold series (nothing cached; the event loop is busy for that long): ${[largest, typical].map((s) => `${s.label} ${Math.round(cold.get(s.url)!.ms)} ms (${Math.round(cold.get(s.url)!.bytes / 1024)} KiB)`).join(', ')}.`,
      'Goal: p99 ≤ 50 ms at 500 requests/s.',
    ].join('\n');
  } finally {
    await app.close();
    await tokens.close();
    await ledger.close();
  }
}
