/**
 * How the ledger verbs (ingest, claims, show, sources, review, export, import, migrate) open the
 * ledger: `--db` (default $TALLY_DB or ./tally.db) and the user's source aliases file
 * (`--aliases FILE`, else $TALLY_ALIASES, else ./tally-aliases.json when present).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../core/errors.ts';
import { isPostgresUrl } from '../ledger/engine.ts';
import { openLedger, type Ledger } from '../ledger/ledger.ts';
import { keepSeriesTable } from './commands/series.ts';

export interface LedgerFlags {
  db: string;
  aliases?: string;
}

const DEFAULT_ALIASES = './tally-aliases.json';

/** Add --db and --aliases to a verb. */
export function ledgerOptions(command: Command): Command {
  return command
    .option('--db <url>', 'ledger: SQLite file or postgres://… URL (default $TALLY_DB or ./tally.db)', process.env.TALLY_DB ?? './tally.db')
    .option('--aliases <file>', `source aliases, JSON {"name or id": "entity id"} (default $TALLY_ALIASES or ${DEFAULT_ALIASES} when present)`);
}

export function loadAliases(file: string): Record<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read aliases: ${(err as Error).message}`, { file }, 'a JSON object {"name or id": "entity id"}');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !Object.values(data).every((v) => typeof v === 'string')) {
    throw new UsageError('aliases must be a JSON object of strings', { file }, 'e.g. {"South Korea\'s spy agency": "kr-nis"}');
  }
  return data as Record<string, string>;
}

/**
 * Open the ledger the flags name. `mustExist` for read-only verbs: a mistyped path must not
 * quietly create an empty ledger.
 */
/** The source aliases the flags (or the environment, or ./tally-aliases.json) name, if any. */
export function aliasesFromFlags(flags: LedgerFlags): Record<string, string> | undefined {
  const aliasesFile = flags.aliases ?? process.env.TALLY_ALIASES ?? (existsSync(DEFAULT_ALIASES) ? DEFAULT_ALIASES : undefined);
  return aliasesFile ? loadAliases(aliasesFile) : undefined;
}

export async function openFromFlags(flags: LedgerFlags, options: { mustExist?: boolean; migrate?: boolean } = {}): Promise<Ledger> {
  const aliases = aliasesFromFlags(flags);
  if (options.mustExist && !isPostgresUrl(flags.db) && flags.db !== ':memory:' && !existsSync(flags.db)) {
    throw new UsageError(`no ledger at ${flags.db}`, undefined, 'ingest articles first, or pass --db (or set TALLY_DB)');
  }
  return openLedger(flags.db, {
    ...(aliases ? { aliases } : {}),
    ...(options.migrate === false ? { migrate: false } : {}),
  });
}

/**
 * Run `body` with an open ledger and close it whatever happens. `keepSeriesTable` (the write
 * verbs): once `body` has written, bring the kept lines of `tally series --all` up to date.
 */
export async function withLedger<T>(
  flags: LedgerFlags, options: { mustExist?: boolean; migrate?: boolean; keepSeriesTable?: boolean }, body: (ledger: Ledger) => Promise<T>,
): Promise<T> {
  const ledger = await openFromFlags(flags, options);
  let result: T;
  try {
    result = await body(ledger);
  } finally {
    await ledger.close();
  }
  if (options.keepSeriesTable) await keepSeriesTable(flags.db);
  return result;
}
