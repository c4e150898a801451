/**
 * The one entry point of ingestion: files, folders (recursively) and "-" for stdin, each read
 * by the reader its extension (or, lacking one, its first bytes) calls for. Yields one
 * ReadResult per article or per failure, in input order; never throws for bad input, so a
 * batch goes on past a bad file or line.
 */
import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Article } from '../core/article.ts';
import { InputError } from '../core/errors.ts';
import { asInputError, decodeUtf8, looksBinary } from './decode.ts';
import { readJson } from './read-json.ts';
import { readJsonl } from './read-jsonl.ts';
import { readTxt } from './read-txt.ts';
import { formatFromName, sniffFormat, SNIFF_BYTES } from './sniff.ts';
import type { InputFormat, Origin, ReadResult } from './types.ts';

/** Options of readInputs. */
export interface ReadInputsOptions {
  /** Fields that replace what was detected in every article (e.g. from --published). Undefined fields are ignored. */
  overrides?: Partial<Article>;
  /** What "-" reads; process.stdin by default. */
  stdin?: AsyncIterable<Buffer | Uint8Array | string>;
  /** Whole-document formats (txt, html, feed) bigger than this are refused (default 64 MB). */
  maxFileBytes?: number;
  /** JSONL lines longer than this are refused (default 50 MB). */
  maxLineBytes?: number;
}

const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
const MB = 1024 * 1024;

type Chunks = AsyncIterable<Buffer | Uint8Array | string>;

const toBuffer = (chunk: Buffer | Uint8Array | string): Buffer =>
  typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);

/** Read the first bytes of a stream for sniffing, and give back a stream that starts over. */
async function peek(chunks: Chunks): Promise<{ head: Buffer; all: AsyncIterable<Buffer>; close: () => Promise<void> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const buf = toBuffer(next.value);
    seen.push(buf);
    size += buf.length;
  }
  const all = (async function* () {
    yield* seen;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield toBuffer(next.value);
  })();
  return { head: Buffer.concat(seen, size), all, close: async () => void (await iterator.return?.()) };
}

function withOverrides(article: Article, overrides: Partial<Article> | undefined): Article {
  if (!overrides) return article;
  const result: Article = { ...article };
  for (const [key, value] of Object.entries(overrides) as Array<[keyof Article, Article[keyof Article]]>) {
    if (value !== undefined) (result as Record<string, unknown>)[key] = value;
  }
  return result;
}

/** A name for an article read from a file: the file's base name ("seed.txt" → "seed"). */
function idFromFile(file: string): string | null {
  return file === '-' ? null : basename(file, extname(file)) || null;
}

async function readWhole(all: AsyncIterable<Buffer>, origin: Origin, max: number, close: () => Promise<void>): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const buf of all) {
    size += buf.length;
    if (size > max) {
      await close();
      throw new InputError(`file too large (over ${(max / MB).toFixed(0)} MB)`, origin, 'split it, or use JSONL, which is streamed');
    }
    parts.push(buf);
  }
  return Buffer.concat(parts, size);
}

/** Read one stream (a file or stdin) whose name is `file`; `format` null means sniff. */
async function* readStream(file: string, chunks: Chunks, format: InputFormat | null, opts: ReadInputsOptions): AsyncGenerator<ReadResult> {
  const origin: Origin = { file };
  const { head, all, close } = await peek(chunks);
  if (head.length === 0) {
    yield { ok: false, error: new InputError('empty file', origin), origin };
    return;
  }
  const kind = format ?? sniffFormat(head.toString('utf8'));
  if (kind === 'jsonl') {
    let count = 0;
    for await (const result of readJsonl(all, file, { maxLineBytes: opts.maxLineBytes })) {
      count++;
      yield result.ok ? { ...result, article: withOverrides(result.article, opts.overrides) } : result;
    }
    if (count === 0) yield { ok: false, error: new InputError('empty file (no records)', origin), origin };
    return;
  }
  if (looksBinary(head)) {
    await close();
    yield { ok: false, error: new InputError('binary file (NUL bytes), not a text article', origin, 'expected UTF-8 text'), origin };
    return;
  }
  try {
    const text = decodeUtf8(await readWhole(all, origin, opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, close), origin);
    if (text.trim() === '') throw new InputError('empty file (only whitespace)', origin);
    // The HTML and feed readers (linkedom, readability, fast-xml-parser) load on first use:
    // reading text or JSONL should not pay for them at start-up.
    if (kind === 'json') {
      for (const result of readJson(text, file)) yield result.ok ? { ...result, article: withOverrides(result.article, opts.overrides) } : result;
      return;
    }
    if (kind === 'feed') {
      const { readFeed } = await import('./read-feed.ts');
      for (const result of readFeed(text, file)) {
        yield result.ok ? { ...result, article: withOverrides(result.article, opts.overrides) } : result;
      }
      return;
    }
    const article = kind === 'html' ? (await import('./read-html.ts')).readHtml(text, origin) : readTxt(text, origin);
    article.id ??= idFromFile(file);
    yield { ok: true, article: withOverrides(article, opts.overrides), origin };
  } catch (err) {
    yield { ok: false, error: asInputError(err, origin), origin };
  }
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}

/** Files under a folder with a known article extension, depth first, in name order; dot-files skipped. */
async function* walkFolder(root: string): AsyncGenerator<string> {
  const visited = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    const real = await realpath(dir);
    if (visited.has(real)) continue; // symlink loops
    visited.add(real);
    const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory() === true);
      if (isDir) subdirs.push(path);
      else if (formatFromName(entry.name) !== null) yield path;
    }
    // Reverse so that the stack pops sub-folders in name order.
    stack.push(...subdirs.reverse());
  }
}

async function* readFile(path: string, opts: ReadInputsOptions): AsyncGenerator<ReadResult> {
  const origin: Origin = { file: path };
  try {
    const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
    yield* readStream(path, stream, formatFromName(path), opts);
  } catch (err) {
    yield { ok: false, error: new InputError(describeFsError(err), origin), origin };
  }
}

/**
 * Read articles from files, folders and "-" (stdin).
 *
 * @example
 *   for await (const r of readInputs(['news/', 'extra.jsonl', '-'])) {
 *     if (r.ok) use(r.article); else report(r.error); // r.origin = {file, line?}
 *   }
 */
export async function* readInputs(paths: readonly string[], opts: ReadInputsOptions = {}): AsyncGenerator<ReadResult> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStream('-', opts.stdin ?? process.stdin, null, opts);
      continue;
    }
    const origin: Origin = { file: path };
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield { ok: false, error: new InputError(describeFsError(err), origin), origin };
      continue;
    }
    if (info.isDirectory()) {
      let any = false;
      try {
        for await (const file of walkFolder(path)) {
          any = true;
          yield* readFile(file, opts);
        }
      } catch (err) {
        yield { ok: false, error: new InputError(describeFsError(err), origin), origin };
        continue;
      }
      if (!any) yield { ok: false, error: new InputError('no article files in folder (.txt, .html, .jsonl, .json, .xml, .rss, .atom)', origin), origin };
    } else if (info.isFile()) {
      yield* readFile(path, opts);
    } else {
      yield { ok: false, error: new InputError('not a regular file', origin), origin };
    }
  }
}
