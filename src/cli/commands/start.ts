/**
 * `tally start` (what `npm start` runs): ingest the bundled samples into ./tally.db (idempotent:
 * a second start adds nothing), print what the ledger holds, build the dashboard when its build
 * is missing or older than its sources, and serve it on http://127.0.0.1:8080.
 */
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { extract } from '../../extract/index.ts';
import { parsePort, serveLedger, untilSignal } from '../../server/run.ts';
import { buildWeb } from '../../server/web-build.ts';
import { extractorVersion } from '../extractor-version.ts';
import { aliasesFromFlags, ledgerOptions, withLedger, type LedgerFlags } from '../open-ledger.ts';
import { runIngest } from './ingest.ts';

const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));

interface StartFlags extends LedgerFlags {
  port: string;
  host: string;
}

export function registerStart(program: Command): void {
  ledgerOptions(program.command('start').description('ingest the bundled samples, build the dashboard if needed, and serve it (http://127.0.0.1:8080)'))
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .action(async (flags: StartFlags) => {
      const port = parsePort(flags.port);
      const out = process.stdout;
      out.write(`tally: ingesting the samples (${SAMPLES}) into ${flags.db}\n`);
      await runIngest([SAMPLES], { ...flags, progress: false }, { stdout: out, stderr: process.stderr });
      if (await buildWeb()) out.write('tally: built the dashboard (web/dist)\n');
      await withLedger(flags, {}, async (ledger) => {
        const stats = await ledger.stats();
        const subjects = await ledger.listSubjects();
        out.write(`tally: the ledger holds ${stats.documents} documents, ${stats.claims} claims from ${stats.sources} sources about ${subjects.length} subjects\n`);
        const server = await serveLedger(ledger, { db: flags.db, host: flags.host, port, extract, extractorVersion: extractorVersion(), aliases: aliasesFromFlags(flags) });
        out.write(`tally: dashboard at ${server.url}  (API ${server.url}api/v1; to review or ingest from the page: tally token create NAME)\n`);
        out.write('tally: Ctrl-C stops\n');
        await untilSignal();
        out.write('tally: stopping\n');
        await server.close();
      });
    });
}
