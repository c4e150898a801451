/**
 * `tally claims`: the ledger's claims by filter (subject, metric, source, dates, text, hedged,
 * review status), each with its id, the spec's fields and its evidence, as table, json, jsonl
 * or csv. Pages through the ledger, so any number of claims streams in constant memory.
 */
import { Option, type Command } from 'commander';
import { METRICS, type Metric } from '../../core/vocabulary.ts';
import { UsageError } from '../../core/errors.ts';
import type { Ledger } from '../../ledger/ledger.ts';
import { CLAIM_STATUSES, type ClaimFilter, type ClaimStatus } from '../../ledger/types.ts';
import { createClaimsWriter } from '../claims-output.ts';
import { defaultOutputFormat, OUTPUT_FORMATS, type OutputFormat, type Sink } from '../format/index.ts';
import { ledgerOptions, withLedger, type LedgerFlags } from '../open-ledger.ts';

export interface ClaimsFlags extends LedgerFlags {
  subject?: string;
  metric?: Metric;
  source?: string;
  origin?: string;
  since?: string;
  until?: string;
  text?: string;
  hedged?: boolean;
  status?: ClaimStatus;
  document?: string;
  superseded?: boolean;
  limit?: string;
  format?: OutputFormat;
}

const PAGE = 500;

export function filterFrom(flags: ClaimsFlags): ClaimFilter {
  return {
    ...(flags.subject ? { subject: flags.subject } : {}),
    ...(flags.metric ? { metric: flags.metric } : {}),
    ...(flags.source ? { source: flags.source } : {}),
    ...(flags.origin ? { origin: flags.origin } : {}),
    ...(flags.since ? { since: flags.since } : {}),
    ...(flags.until ? { until: flags.until } : {}),
    ...(flags.text ? { text: flags.text } : {}),
    ...(flags.hedged !== undefined ? { hedged: flags.hedged } : {}),
    ...(flags.status ? { status: flags.status } : {}),
    ...(flags.document ? { documentId: flags.document } : {}),
    ...(flags.superseded ? { includeSuperseded: true } : {}),
  };
}

function parseLimit(text: string | undefined): number {
  if (text === undefined) return Infinity;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`invalid --limit "${text}"`, undefined, 'a whole number ≥ 1');
  return n;
}

/** Write the matching claims to `sink`; returns how many. */
export async function writeClaims(ledger: Ledger, flags: ClaimsFlags, sink: Sink & { isTTY?: boolean }): Promise<number> {
  const limit = parseLimit(flags.limit);
  const writer = createClaimsWriter(flags.format ?? defaultOutputFormat(sink.isTTY), sink);
  const filter = filterFrom(flags);
  let written = 0;
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<Ledger['queryClaims']>> = await ledger.queryClaims(filter, { limit: Math.min(PAGE, limit - written), cursor });
    await writer.write(page.rows);
    written += page.rows.length;
    cursor = page.nextCursor;
  } while (cursor && written < limit);
  await writer.end();
  return written;
}

let pipeGuarded = false;

/** `tally claims … | head` closes the pipe early: that is the reader's choice, not an error. */
function exitQuietlyOnClosedPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

export function register(program: Command): void {
  ledgerOptions(program.command('claims').description('list stored claims by filter, with ids and evidence'))
    .option('--subject <key>', 'COUNTRY/GROUP, e.g. KP/military; KP for any group; -/civilian for no country')
    .addOption(new Option('--metric <metric>', 'what is counted').choices(METRICS as unknown as string[]))
    .option('--source <id>', 'entity id of any link of the chain (see `tally sources list`)')
    .option('--origin <id>', 'entity id of the origin (last link) only')
    .option('--since <day>', 'asOf on or after YYYY-MM-DD')
    .option('--until <day>', 'asOf on or before YYYY-MM-DD')
    .option('--text <words>', 'evidence sentence or location contains (case-insensitive)')
    .option('--hedged', 'only hedged claims ("is believed", "reportedly")')
    .option('--no-hedged', 'only claims stated without hedge')
    .addOption(new Option('--status <status>', 'review status').choices(CLAIM_STATUSES as unknown as string[]))
    .option('--document <id>', 'claims of one document')
    .option('--superseded', 'include claims of superseded versions of edited stories')
    .option('--limit <n>', 'at most n claims')
    .addOption(new Option('-f, --format <format>', 'output (default: table on a terminal, jsonl otherwise)').choices(OUTPUT_FORMATS))
    .action(async (flags: ClaimsFlags) => {
      exitQuietlyOnClosedPipe();
      await withLedger(flags, { mustExist: true }, (ledger) => writeClaims(ledger, flags, process.stdout));
    });
}
