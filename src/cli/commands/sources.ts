/** `tally sources list` and `tally sources merge FROM INTO`: sources as entities, and joining two that are one. */
import { Option, type Command } from 'commander';
import type { SourceEntity } from '../../ledger/types.ts';
import { alignRows } from '../format/index.ts';
import { ledgerOptions, withLedger, type LedgerFlags } from '../open-ledger.ts';

interface ListFlags extends LedgerFlags {
  format: 'table' | 'json';
}

const MAX_ALIASES_SHOWN = 4;

export function sourcesTable(sources: SourceEntity[]): string {
  if (sources.length === 0) return '(no sources)\n';
  const sorted = [...sources].sort((a, b) => b.claimCount - a.claimCount || a.id.localeCompare(b.id));
  const rows = sorted.map((s) => {
    const aliases = s.aliases.filter((a) => a !== s.name);
    const shown = aliases.slice(0, MAX_ALIASES_SHOWN).map((a) => `"${a}"`).join(', ');
    const more = aliases.length > MAX_ALIASES_SHOWN ? ` +${aliases.length - MAX_ALIASES_SHOWN}` : '';
    return [s.id, s.kind, s.country ?? '—', String(s.claimCount), s.name, `${shown}${more}`];
  });
  return `${alignRows([['ID', 'KIND', 'COUNTRY', 'CLAIMS', 'NAME', 'ALSO WRITTEN AS'], ...rows]).join('\n')}\n`;
}

export function register(program: Command): void {
  const sources = program.command('sources').description('sources as entities: list them, merge two that are one');
  ledgerOptions(sources.command('list').description('every source entity with its kind, country, claims and the names it goes by'))
    .addOption(new Option('-f, --format <format>', 'output').choices(['table', 'json']).default('table'))
    .action(async (flags: ListFlags) => {
      await withLedger(flags, { mustExist: true }, async (ledger) => {
        const list = await ledger.listSources();
        process.stdout.write(flags.format === 'json' ? `${JSON.stringify(list, null, 2)}\n` : sourcesTable(list));
      });
    });
  ledgerOptions(sources.command('merge').description('merge entity FROM into entity INTO (claims of FROM count as INTO from now on)')
    .argument('<from>', 'entity id to merge away').argument('<into>', 'entity id that remains'))
    .action(async (from: string, into: string, flags: LedgerFlags) => {
      await withLedger(flags, { mustExist: true, keepSeriesTable: true }, async (ledger) => {
        const merged = await ledger.mergeSources(from, into);
        process.stdout.write(`merged ${from} into ${merged.id} (${merged.name}): ${merged.claimCount} claims, ${merged.aliases.length} names\n`);
      });
    });
}
