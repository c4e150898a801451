/**
 * Article records, one JSON object a line (the spec's input), streamed: one result per record,
 * in order, with the line number; a bad line is one failure and the next lines go on.
 */
import { ArticleSchema } from '../core/article.ts';
import type { Article } from '../core/article.ts';
import { InputError } from '../core/errors.ts';
import { decodeUtf8 } from './decode.ts';
import { DEFAULT_MAX_LINE_BYTES, splitLines } from './line-splitter.ts';
import type { ReadResult } from './types.ts';

/** Options of the JSONL reader. */
export interface JsonlOptions {
  /** Lines longer than this many bytes are refused (default 50 MB). */
  maxLineBytes?: number;
}

const MB = 1024 * 1024;

function describeZodError(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  const issue = issues[0];
  if (!issue) return 'not an article record';
  const path = issue.path.map(String).join('.');
  return `not an article record: ${path ? `${path}: ` : ''}${issue.message}`;
}

/** Parse one line's text as an article record; throws InputError. */
export function parseArticleLine(text: string, origin: { file: string; line: number }): Article {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new InputError(`malformed JSON: ${detail.slice(0, 120)}`, origin);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('not an article record: expected a JSON object', origin);
  }
  const parsed = ArticleSchema.safeParse(value);
  if (!parsed.success) throw new InputError(describeZodError(parsed.error.issues), origin, 'only "text" is required');
  return parsed.data;
}

/**
 * Read JSONL from a byte stream. Blank lines are skipped; every other line gives one result.
 *
 * @example for await (const r of readJsonl(createReadStream('a.jsonl'), 'a.jsonl')) …
 */
export async function* readJsonl(
  chunks: AsyncIterable<Buffer | Uint8Array | string>,
  file: string,
  options: JsonlOptions = {},
): AsyncGenerator<ReadResult> {
  const max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  for await (const piece of splitLines(chunks, max)) {
    const origin = { file, line: piece.line };
    if (piece.tooLong) {
      const error = new InputError(`line too long (${(piece.size / MB).toFixed(1)} MB; limit ${(max / MB).toFixed(1)} MB), skipped`, origin);
      yield { ok: false, error, origin };
      continue;
    }
    try {
      const text = decodeUtf8(piece.bytes, origin);
      if (text.trim() === '') continue;
      yield { ok: true, article: parseArticleLine(text, origin), origin };
    } catch (err) {
      const error = err instanceof InputError ? err : new InputError(String(err), origin);
      yield { ok: false, error, origin };
    }
  }
}
