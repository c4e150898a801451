/**
 * Lines of a byte stream, in constant memory: a line is held only up to `maxLineBytes`; a longer
 * one is reported as too long and skipped to the next newline without being buffered.
 */

/** One line: its 1-based number and bytes (no "\n", no trailing "\r"), or the fact it was too long. */
export type SplitLine =
  | { line: number; bytes: Buffer; tooLong?: false }
  | { line: number; tooLong: true; size: number };

/** Lines over this size are refused: no article record is anywhere near it. */
export const DEFAULT_MAX_LINE_BYTES = 50 * 1024 * 1024;

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Split a byte stream into lines.
 *
 * @example for await (const l of splitLines(createReadStream(path))) …
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer | Uint8Array | string>,
  maxLineBytes: number = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<SplitLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let lineNo = 1;

  const take = (): SplitLine => {
    const line = lineNo++;
    if (skipping) {
      const result: SplitLine = { line, tooLong: true, size };
      skipping = false;
      size = 0;
      return result;
    }
    let bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size);
    if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    size = 0;
    return { line, bytes };
  };
  const append = (piece: Buffer): void => {
    if (piece.length === 0) return;
    size += piece.length;
    if (skipping) return;
    if (size > maxLineBytes) {
      skipping = true;
      parts = [];
      return;
    }
    // Copy: the stream may reuse its chunk buffers once we move on.
    parts.push(Buffer.from(piece));
  };

  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    let from = 0;
    for (let nl = buf.indexOf(NEWLINE, from); nl !== -1; nl = buf.indexOf(NEWLINE, from)) {
      append(buf.subarray(from, nl));
      yield take();
      from = nl + 1;
    }
    append(buf.subarray(from));
  }
  if (size > 0 || skipping) yield take();
}
