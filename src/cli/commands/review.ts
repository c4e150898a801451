/**
 * `tally review CLAIM_ID --verify | --reject REASON | --set field=value...`: a person's decision,
 * stored with who and when and what changed; replayed over re-extracted claims.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.ts';
import type { ReviewAction } from '../../ledger/types.ts';
import { SETTABLE_FIELDS } from '../../ledger/reviews.ts';
import { formatFigure } from '../format/index.ts';
import { ledgerOptions, withLedger, type LedgerFlags } from '../open-ledger.ts';

interface ReviewFlags extends LedgerFlags {
  verify?: boolean;
  reject?: string;
  set?: string[];
  by?: string;
}

/** Exactly one of --verify, --reject, --set; --set values as "field=value". */
export function actionFrom(flags: ReviewFlags): ReviewAction {
  const given = [flags.verify, flags.reject !== undefined, (flags.set ?? []).length > 0].filter(Boolean).length;
  if (given !== 1) throw new UsageError('give exactly one of --verify, --reject REASON, --set field=value', undefined, 'e.g. tally review ID --set min=600');
  if (flags.verify) return { kind: 'verify' };
  if (flags.reject !== undefined) {
    if (flags.reject.trim() === '') throw new UsageError('--reject needs a reason');
    return { kind: 'reject', reason: flags.reject.trim() };
  }
  const changes: Record<string, string> = {};
  for (const pair of flags.set ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set "${pair}": expected field=value`, undefined, `fields: ${SETTABLE_FIELDS.join(', ')}`);
    changes[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return { kind: 'set', changes };
}

function whoami(): string {
  if (process.env.TALLY_USER) return process.env.TALLY_USER;
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

export function register(program: Command): void {
  ledgerOptions(program.command('review').description('verify, reject or correct a claim (kept across re-extraction)').argument('<claim-id>', 'claim id or a unique prefix'))
    .option('--verify', 'the claim reads right')
    .option('--reject <reason>', 'the claim is wrong, with why')
    .option('--set <field=value...>', `correct fields: ${SETTABLE_FIELDS.join(', ')} ("null" to clear)`)
    .option('--by <name>', 'who decides (default $TALLY_USER or the login name)')
    .action(async (id: string, flags: ReviewFlags) => {
      const action = actionFrom(flags);
      await withLedger(flags, { mustExist: true, keepSeriesTable: true }, async (ledger) => {
        const claim = await ledger.review(id, action, flags.by ?? whoami());
        process.stdout.write(`${claim.id} ${claim.status}: ${claim.metric} ${formatFigure(claim)} ${claim.subject.text}${claim.asOf ? ` as of ${claim.asOf}` : ''}\n`);
      });
    });
}
