/** `tally migrate`: bring the ledger's schema up to date explicitly (every verb also does so on open). */
import type { Command } from 'commander';
import { ledgerOptions, withLedger, type LedgerFlags } from '../open-ledger.ts';

export function register(program: Command): void {
  ledgerOptions(program.command('migrate').description('apply pending schema migrations to the ledger'))
    .action(async (flags: LedgerFlags) => {
      await withLedger(flags, { migrate: false }, async (ledger) => {
        const applied = await ledger.migrate();
        const stats = await ledger.stats();
        process.stdout.write(applied.length > 0 ? `applied ${applied.join(', ')}\n` : 'ledger schema up to date\n');
        process.stdout.write(`${stats.engine}: ${stats.documents} documents, ${stats.claims} claims, ${stats.sources} sources, ${stats.reviews} reviews\n`);
      });
    });
}
