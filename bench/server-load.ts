/**
 * The load generator of the server bench, run in its own process (so it never shares the
 * server's event loop), cycling through a list of paths, so a run can hit one URL again and
 * again or many distinct ones (nothing the server might cache). Prints a summary as JSON.
 *
 * Flat out (rate 0): autocannon, `connections` requests always in flight.
 * At a rate: an open-loop generator of its own, one request every 1/rate s on a pool of
 * `connections` keep-alive connections, each latency counted from when the request was due (so
 * time spent queued behind a slow answer counts). autocannon's own rate limit is not used: it
 * lets each connection send its share of a second back to back and then wait for the next
 * second, which measures bursts of the whole second's requests, not a steady rate.
 *
 * Usage: node --import tsx bench/server-load.ts '{"base":"http://127.0.0.1:PORT","paths":[...],"rate":500,"connections":20,"seconds":10}'
 */
import { createRequire } from 'node:module';
import { Pool } from 'undici';

interface LoadSpec {
  base: string;
  paths: string[];
  /** Requests per second; 0: as fast as the server answers. */
  rate: number;
  connections: number;
  seconds: number;
}

export interface LoadSummary {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
}

type Autocannon = (options: Record<string, unknown>) => Promise<LoadSummary>;

async function flatOut(spec: LoadSpec): Promise<LoadSummary> {
  // autocannon ships no types; this is the part of its programmatic API used here.
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  let next = 0;
  const { requests, latency, non2xx, errors } = await autocannon({
    url: spec.base,
    connections: spec.connections,
    duration: spec.seconds,
    headers: { 'accept-encoding': 'gzip' },
    requests: [{ method: 'GET', setupRequest: (request: Record<string, unknown>) => ({ ...request, path: spec.paths[next++ % spec.paths.length] }) }],
  });
  return { requests, latency, non2xx, errors };
}

async function atRate(spec: LoadSpec): Promise<LoadSummary> {
  const pool = new Pool(spec.base, { connections: spec.connections, pipelining: 1 });
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const pending: Promise<void>[] = [];
  const interval = 1000 / spec.rate;
  const total = Math.round(spec.rate * spec.seconds);
  const start = performance.now();
  let sent = 0;
  const send = (due: number) => {
    const path = spec.paths[sent % spec.paths.length]!;
    pending.push(pool.request({ method: 'GET', path, headers: { 'accept-encoding': 'gzip' } }).then(
      async (res) => {
        await res.body.dump();
        if (res.statusCode < 200 || res.statusCode >= 300) non2xx++;
        latencies.push(performance.now() - due);
      },
      () => {
        errors++;
      },
    ));
  };
  // Every millisecond or so, send what has come due since (timers are not exact).
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) send(start + sent++ * interval);
      if (sent < total) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return {
    requests: { average: Math.round((latencies.length / elapsed) * 10) / 10, total: latencies.length },
    latency: { p50: at(0.5), p99: at(0.99), max: Math.round(latencies.at(-1) ?? 0) },
    non2xx,
    errors,
  };
}

const spec = JSON.parse(process.argv[2] ?? '{}') as LoadSpec;
process.stdout.write(JSON.stringify(spec.rate > 0 ? await atRate(spec) : await flatOut(spec)));
