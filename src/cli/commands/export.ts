/** `tally export --format jsonl|csv [--out FILE]`: the whole ledger as records, for backup or moving engines. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Option, type Command } from 'commander';
import { formatRecord, RECORD_FORMATS, type RecordFormat } from '../../ledger/records-format.ts';
import { ledgerOptions, withLedger, type LedgerFlags } from '../open-ledger.ts';

interface ExportFlags extends LedgerFlags {
  format: RecordFormat;
  out?: string;
}

export function register(program: Command): void {
  ledgerOptions(program.command('export').description('write the whole ledger (sources, documents, publications, claims, reviews) as records'))
    .addOption(new Option('-f, --format <format>', 'jsonl: one JSON record a line; csv: type,id,record').choices(RECORD_FORMATS).default('jsonl'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action(async (flags: ExportFlags) => {
      await withLedger(flags, { mustExist: true }, async (ledger) => {
        const sink = flags.out ? createWriteStream(flags.out) : process.stdout;
        let count = 0;
        if (flags.format === 'csv') sink.write('type,id,record\r\n');
        for await (const record of ledger.exportAll()) {
          if (!sink.write(formatRecord(record, flags.format))) await once(sink, 'drain');
          count++;
        }
        if (flags.out) {
          sink.end();
          await once(sink, 'finish');
          process.stderr.write(`tally: ${count} records written to ${flags.out}\n`);
        }
      });
    });
}
