/**
 * `tally ingest PATH... | -`: read articles (txt, html, jsonl, RSS/Atom feeds, folders
 * recursively, stdin), extract their claims and store each document with its claims in one
 * transaction. Idempotent: the same material twice adds nothing, so a batch killed at any
 * moment is completed by running the same command again. A bad file is one line on stderr
 * and the batch goes on; the summary goes to stdout.
 */
import type { Command } from 'commander';
import type { Article } from '../../core/article.ts';
import type { Extraction } from '../../core/claim.ts';
import { formatUserError, TallyError, UsageError } from '../../core/errors.ts';
import { extract } from '../../extract/index.ts';
import { closeFetchAgent, fetchArticle } from '../../ingest/fetch/index.ts';
import { readInputs } from '../../ingest/read-inputs.ts';
import type { Origin, ReadResult } from '../../ingest/types.ts';
import type { Ledger } from '../../ledger/ledger.ts';
import type { ReadInputsOptions } from '../../ingest/read-inputs.ts';
import { extractorVersion } from '../extractor-version.ts';
import { countOutcome, createProgress, emptyCounts, summaryLine, type IngestCounts } from '../ingest-progress.ts';
import { ledgerOptions, withLedger, type LedgerFlags } from '../open-ledger.ts';
import { overridesFrom, type ExtractCommandOptions } from './extract.ts';

const BATCH_SIZE = 64;
const BATCH_MAX_AGE_MS = 1000;

type BatchItem = Parameters<Ledger['ingestBatch']>[0][number];

interface IngestFlags extends LedgerFlags, Omit<ExtractCommandOptions, 'format'> {
  progress: boolean;
  /** Web pages to fetch and ingest, after the inputs. */
  url?: string[];
}

export interface IngestIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin?: ReadInputsOptions['stdin'];
  /** The extractor; tests may pass another. */
  extract?: (article: Article) => Extraction;
}

/** Run the verb; returns the counts and the exit code (non-zero only when nothing was processed). */
export async function runIngest(inputs: string[], flags: IngestFlags, io: IngestIo): Promise<{ code: number; counts: IngestCounts }> {
  const counts = emptyCounts();
  const extractFn = io.extract ?? extract;
  const version = extractorVersion();
  const overrides = overridesFrom(flags);
  await withLedger(flags, { keepSeriesTable: true }, async (ledger) => {
    const progress = createProgress(io.stderr, flags.progress);
    const fail = (err: unknown) => {
      counts.failed++;
      progress.log(`tally: ${formatUserError(err)}`);
    };
    // Articles go to the ledger in batches sharing a transaction (each document still whole with
    // its claims): commits dominate the cost of small writes. A batch is also flushed once it is
    // a second old, so a slow stream (stdin) is not held back long.
    let batch: { item: BatchItem; origin: Origin }[] = [];
    let batchStarted = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const outcomes = await ledger.ingestBatch(batch.map((b) => b.item));
      outcomes.forEach((outcome, i) => {
        if (outcome instanceof Error) {
          const origin = batch[i]!.origin;
          fail(outcome instanceof TallyError ? new TallyError(outcome.message, outcome.where ?? origin, outcome.hint)
            : new TallyError(`could not store: ${outcome.message}`, origin));
        } else countOutcome(counts, outcome.status, outcome.claimsAdded);
      });
      batch = [];
      progress.update(counts);
    };
    try {
      for await (const result of withPages(readInputs(inputs, { overrides, stdin: io.stdin }), flags.url ?? [], overrides)) {
        if (!result.ok) {
          fail(result.error);
          progress.update(counts);
          continue;
        }
        const where = result.origin.line ? `${result.origin.file}:${result.origin.line}` : result.origin.file;
        let extraction: Extraction;
        try {
          extraction = extractFn(result.article);
        } catch (err) {
          // A bug in the extractor on one article must not stop the batch; say where it happened.
          fail(new TallyError(`extraction failed: ${err instanceof Error ? err.message : String(err)}`, result.origin));
          continue;
        }
        if (batch.length === 0) batchStarted = Date.now();
        batch.push({ item: { article: result.article, extraction, meta: { origin: where, extractorVersion: version } }, origin: result.origin });
        if (batch.length >= BATCH_SIZE || Date.now() - batchStarted > BATCH_MAX_AGE_MS) await flush();
      }
      await flush();
    } finally {
      progress.stop();
      if (flags.url?.length) await closeFetchAgent();
    }
  });
  counts.articles += counts.failed;
  io.stdout.write(`${summaryLine(counts)}\n`);
  const processed = counts.articles - counts.failed;
  return { code: processed === 0 && counts.failed > 0 ? 1 : 0, counts };
}

export function register(program: Command): void {
  ledgerOptions(
    program
      .command('ingest')
      .description('store articles and their claims in the ledger (txt, html, jsonl, RSS/Atom feeds, folders; "-" reads stdin; --url fetches pages)')
      .argument('[inputs...]', 'files, folders, or "-" for stdin'),
  )
    .option('--url <url...>', 'web pages to fetch and ingest (same fetcher as `tally worker`)')
    .option('--published <date>', 'publication date, replacing what was detected')
    .option('--publisher <name>', 'publisher, replacing what was detected')
    .option('--title <title>', 'title, replacing what was detected')
    .option('--no-progress', 'no progress line')
    .action(async (inputs: string[], flags: IngestFlags) => {
      if (inputs.length === 0 && !flags.url?.length) throw new UsageError('nothing to ingest', undefined, 'give files, folders, "-" for stdin, or --url URL');
      const { code } = await runIngest(inputs, flags, { stdout: process.stdout, stderr: process.stderr });
      process.exitCode = code;
    });
}

/** The inputs' articles, then each --url page's, fetched one after the other. */
async function* withPages(inputs: AsyncIterable<ReadResult>, urls: string[], overrides: Partial<Article>): AsyncGenerator<ReadResult> {
  yield* inputs;
  for (const url of urls) {
    const result = await fetchArticle(url);
    yield result.ok ? { ...result, article: { ...result.article, ...overrides } } : result;
  }
}
