/**
 * The load generator of the server bench, run in its own process (so it never shares the
 * server's event loop): autocannon against one base URL, cycling through a list of paths, so a
 * run can hit one URL again and again or many distinct ones (nothing the server might cache).
 * Prints autocannon's summary as JSON on stdout.
 *
 * Usage: node --import tsx bench/server-load.ts '{"base":"http://127.0.0.1:PORT","paths":[...],"rate":500,"connections":20,"seconds":10}'
 */
import { createRequire } from 'node:module';

interface LoadSpec {
  base: string;
  paths: string[];
  /** Requests per second across all connections; 0: as fast as the server answers. */
  rate: number;
  connections: number;
  seconds: number;
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
}

type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

// autocannon ships no types; this is the part of its programmatic API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
const spec = JSON.parse(process.argv[2] ?? '{}') as LoadSpec;
let next = 0;
const result = await autocannon({
  url: spec.base,
  connections: spec.connections,
  duration: spec.seconds,
  ...(spec.rate > 0 ? { overallRate: spec.rate } : {}),
  headers: { 'accept-encoding': 'gzip' },
  requests: [{ method: 'GET', setupRequest: (request: Record<string, unknown>) => ({ ...request, path: spec.paths[next++ % spec.paths.length] }) }],
});
const { requests, latency, non2xx, errors } = result;
process.stdout.write(JSON.stringify({ requests, latency, non2xx, errors }));
