/** `tally import FILE | -`: load an export (jsonl or csv, detected) into an empty ledger of either engine. */
import { createReadStream, existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { InputError } from '../../core/errors.ts';
import { parseRecords, RECORD_FORMATS, type RecordFormat } from '../../ledger/records-format.ts';
import { ledgerOptions, withLedger, type LedgerFlags } from '../open-ledger.ts';

interface ImportFlags extends LedgerFlags {
  format?: RecordFormat;
}

/**
 * The lines of a byte stream, read with the stream's own async iterator (back-pressure kept
 * while the ledger writes), not readline's, whose iterator we saw stall under a slow consumer.
 */
async function* linesOf(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  let rest = '';
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of input) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n', start)) {
      yield rest.slice(start, nl);
      start = nl + 1;
    }
    rest = rest.slice(start);
  }
  rest += decoder.decode();
  if (rest !== '') yield rest;
}

export function register(program: Command): void {
  ledgerOptions(program.command('import').description('load a `tally export` into an empty ledger').argument('<file>', 'export file, or "-" for stdin'))
    .addOption(new Option('-f, --format <format>', 'default: detected from the first line').choices(RECORD_FORMATS))
    .action(async (file: string, flags: ImportFlags) => {
      if (file !== '-' && !existsSync(file)) throw new InputError('no such file', { file });
      const input = file === '-' ? process.stdin : createReadStream(file);
      await withLedger(flags, { keepSeriesTable: true }, async (ledger) => {
        const summary = await ledger.importRecords(parseRecords(linesOf(input), file, flags.format));
        process.stdout.write(`imported ${summary.documents} documents, ${summary.publications} publications, ${summary.claims} claims, ${summary.sources} sources, ${summary.reviews} reviews\n`);
      });
    });
}
