/** `tally serve`: the HTTP API and the dashboard over a ledger. */
import type { Command } from 'commander';
import { extract } from '../../extract/index.ts';
import { existsSync } from 'node:fs';
import { parsePort, serveLedger, untilSignal } from '../../server/run.ts';
import { WEB_DIST } from '../../server/web-paths.ts';
import { extractorVersion } from '../extractor-version.ts';
import { aliasesFromFlags, ledgerOptions, withLedger, type LedgerFlags } from '../open-ledger.ts';

interface ServeFlags extends LedgerFlags {
  port: string;
  host: string;
  log?: boolean;
  allowPrivateUrls?: boolean;
}

export function registerServe(program: Command): void {
  ledgerOptions(program.command('serve').description('serve the JSON API (/api/v1) and the web dashboard over the ledger'))
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <address>', 'address to listen on (0.0.0.0: every interface)', '127.0.0.1')
    .option('--log', 'log every request as a JSON line on stdout')
    .option('--allow-private-urls', 'let POST /documents fetch URLs on loopback and private networks (refused by default)')
    .action(async (flags: ServeFlags) => {
      const port = parsePort(flags.port);
      await withLedger(flags, {}, async (ledger) => {
        const server = await serveLedger(ledger, {
          db: flags.db, host: flags.host, port, extract, extractorVersion: extractorVersion(), logger: flags.log ?? false,
          allowPrivateUrls: flags.allowPrivateUrls ?? false, aliases: aliasesFromFlags(flags),
        });
        if (!existsSync(WEB_DIST)) process.stderr.write('tally: the dashboard is not built (npm start builds it, or: npx vite build --config web/vite.config.ts); serving the API only\n');
        process.stdout.write(`tally: serving ${flags.db} at ${server.url} (API ${server.url}api/v1, OpenAPI ${server.url}api/v1/openapi.json); Ctrl-C stops\n`);
        await untilSignal();
        await server.close();
      });
    });
}
