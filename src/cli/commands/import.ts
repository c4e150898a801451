/** `tally import FILE | -`: load an export (jsonl or csv, detected) into an empty ledger of either engine. */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Option, type Command } from 'commander';
import { InputError } from '../../core/errors.ts';
import { parseRecords, RECORD_FORMATS, type RecordFormat } from '../../ledger/records-format.ts';
import { ledgerOptions, withLedger, type LedgerFlags } from '../open-ledger.ts';

interface ImportFlags extends LedgerFlags {
  format?: RecordFormat;
}

export function register(program: Command): void {
  ledgerOptions(program.command('import').description('load a `tally export` into an empty ledger').argument('<file>', 'export file, or "-" for stdin'))
    .addOption(new Option('-f, --format <format>', 'default: detected from the first line').choices(RECORD_FORMATS))
    .action(async (file: string, flags: ImportFlags) => {
      if (file !== '-' && !existsSync(file)) throw new InputError('no such file', { file });
      const input = file === '-' ? process.stdin : createReadStream(file);
      await withLedger(flags, {}, async (ledger) => {
        const lines = createInterface({ input, crlfDelay: Infinity });
        const summary = await ledger.importRecords(parseRecords(lines, file, flags.format));
        process.stdout.write(`imported ${summary.documents} documents, ${summary.publications} publications, ${summary.claims} claims, ${summary.sources} sources, ${summary.reviews} reviews\n`);
      });
    });
}
