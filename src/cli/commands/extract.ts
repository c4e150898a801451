/**
 * `tally extract FILE... | -`: read articles (txt, html, jsonl, RSS/Atom, folders, stdin),
 * extract their claims and print them (table, json, jsonl or csv). Each bad input is one line
 * on stderr; the exit code is non-zero only when nothing could be processed.
 */
import { Option } from 'commander';
import type { Command } from 'commander';
import type { Article } from '../../core/article.ts';
import { formatUserError, TallyError, UsageError } from '../../core/errors.ts';
import { extract } from '../../extract/index.ts';
import { defaultGazetteer, loadGazetteerFile } from '../../extract/gazetteer.ts';
import { normalizeDate } from '../../ingest/dates.ts';
import { readInputs } from '../../ingest/read-inputs.ts';
import type { ReadInputsOptions } from '../../ingest/read-inputs.ts';
import { createExtractionWriter, defaultOutputFormat, OUTPUT_FORMATS } from '../format/index.ts';
import type { OutputFormat } from '../format/index.ts';

/** Options of `tally extract`, as commander hands them over. */
export interface ExtractCommandOptions {
  format?: OutputFormat;
  published?: string;
  publisher?: string;
  title?: string;
  /** A JSON file of institutions (same shape as src/extract/data/institutions.json) added to the built-in gazetteer. */
  gazetteer?: string;
}

/** The --published/--publisher/--title flags as article fields; throws UsageError for a bad date. */
export function overridesFrom(opts: ExtractCommandOptions): Partial<Article> {
  const overrides: Partial<Article> = {};
  if (opts.published !== undefined) {
    const published = normalizeDate(opts.published);
    if (published === null) throw new UsageError(`--published: not a date: "${opts.published}"`, undefined, 'e.g. 2025-04-30 or "30 Apr 2025 12:36"');
    overrides.published = published;
  }
  if (opts.publisher !== undefined) overrides.publisher = opts.publisher;
  if (opts.title !== undefined) overrides.title = opts.title;
  return overrides;
}

/** I/O the verb uses; tests and other verbs may pass their own. */
export interface ExtractIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin?: ReadInputsOptions['stdin'];
}

/** Run the verb; returns the exit code (0 when at least one article was processed). */
export async function runExtract(inputs: string[], opts: ExtractCommandOptions, io: ExtractIo): Promise<number> {
  const format = opts.format ?? defaultOutputFormat(io.stdout.isTTY);
  const writer = createExtractionWriter(format, io.stdout);
  const fail = (err: unknown): void => void io.stderr.write(`tally: ${formatUserError(err)}\n`);
  let processed = 0;
  const gazetteer = opts.gazetteer ? defaultGazetteer.extend(loadGazetteerFile(opts.gazetteer)) : defaultGazetteer;
  for await (const result of readInputs(inputs, { overrides: overridesFrom(opts), stdin: io.stdin })) {
    if (!result.ok) {
      fail(result.error);
      continue;
    }
    let extraction;
    try {
      extraction = extract(result.article, { gazetteer });
    } catch (err) {
      // A bug in the extractor on one article must not stop the batch; say where it happened.
      fail(new TallyError(`extraction failed: ${err instanceof Error ? err.message : String(err)}`, result.origin));
      continue;
    }
    await writer.write(extraction);
    processed++;
  }
  await writer.end();
  return processed > 0 ? 0 : 1;
}

/** `tally extract` on the program. */
export function register(program: Command): void {
  program
    .command('extract')
    .description('extract sourced counts of people from articles (txt, html, jsonl, RSS/Atom feeds, folders; "-" reads stdin)')
    .argument('<inputs...>', 'files, folders, or "-" for stdin')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: table on a terminal, jsonl otherwise)').choices(OUTPUT_FORMATS),
    )
    .option('--published <date>', 'publication date, replacing what was detected (anchors "on Wednesday")')
    .option('--publisher <name>', 'publisher, replacing what was detected')
    .option('--title <title>', 'title, replacing what was detected')
    .option('--gazetteer <file>', 'your own institutions (JSON array of {id, name, aliases, country, kind}) added to the built-in ones')
    .action(async (inputs: string[], opts: ExtractCommandOptions) => {
      // `tally extract … | head` closes the pipe early: that is the reader's choice, not an error.
      process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw err;
      });
      process.exitCode = await runExtract(inputs, opts, { stdout: process.stdout, stderr: process.stderr });
    });
}
