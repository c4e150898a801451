/**
 * Serve an open ledger: open the token table beside it, build the server and listen. What
 * `tally serve` and `tally start` share. The caller owns the ledger (and closes it); close()
 * here stops listening and closes the token table.
 */
import { UsageError } from '../core/errors.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { buildServer } from './app.ts';
import { createIngestor, type ExtractFn } from './ingestor.ts';
import { openTokenStore } from './tokens.ts';
import { WEB_DIST } from './web-paths.ts';

export interface ListenOptions {
  /** The ledger's URL (SQLite path or postgres://…): the token table lives in the same database. */
  db: string;
  host: string;
  port: number;
  extract: ExtractFn;
  extractorVersion?: string;
  logger?: boolean;
  /** Let token holders have URLs on loopback and private networks fetched (default: refused). */
  allowPrivateUrls?: boolean;
  /** The built dashboard; default web/dist. */
  webRoot?: string | null;
  /** The user's source aliases the ledger was opened with (the series worker opens it again). */
  aliases?: Record<string, string>;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${value} is not a port number`, undefined, 'use 0-65535');
  return port;
}

export async function serveLedger(ledger: Ledger, options: ListenOptions): Promise<RunningServer> {
  const tokens = await openTokenStore(options.db);
  const app = await buildServer(
    {
      ledger, tokens, ingestor: createIngestor(ledger, options.extract, options.extractorVersion, { allowPrivateUrls: options.allowPrivateUrls ?? false }),
      // An in-memory ledger exists only in this thread: its series are built here.
      ...(options.db === ':memory:' ? {} : { seriesFrom: { url: options.db, options: options.aliases ? { aliases: options.aliases } : {} } }),
    },
    { webRoot: options.webRoot === undefined ? WEB_DIST : options.webRoot, logger: options.logger ?? false },
  );
  try {
    await app.listen({ host: options.host, port: options.port });
  } catch (err) {
    await app.close();
    await tokens.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${options.port} on ${options.host} is in use`, undefined, 'pick another with --port');
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EACCES') throw new UsageError(`cannot listen on ${options.host}:${options.port} (${code})`, undefined, 'use an address of this machine, e.g. 127.0.0.1, and a port above 1023');
    throw err;
  }
  // Build the overview now: on a large ledger it reads every claim, better before the first visitor.
  void app.inject({ method: 'GET', url: '/api/v1/overview' }).catch(() => undefined);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    async close() {
      await app.close();
      await tokens.close();
    },
  };
}

/** Resolve when the process is asked to stop (Ctrl-C, SIGTERM). */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
