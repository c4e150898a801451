/**
 * The `tally` command: registers each verb from `commands/` and turns errors into one line.
 * Every verb lives in its own file and exports a function that registers it; only the verb
 * being run is loaded.
 */
import { Command, CommanderError } from 'commander';
import { formatUserError, TallyError } from '../core/errors.ts';
import { verbs } from './commands/index.ts';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('tally')
    .description('Sourced counts from conflict reporting: extract claims, keep a ledger, reconcile series.')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) });
  // Load only the verb asked for; help and unknown verbs load them all.
  const asked = verbs.find((v) => v.name === argv[2]);
  for (const verb of asked ? [asked] : verbs) (await verb.load())(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    process.stderr.write(`tally: ${formatUserError(err)}\n`);
    if (!(err instanceof TallyError) && process.env.TALLY_DEBUG) console.error(err);
    return err instanceof TallyError ? 1 : 70;
  }
}
