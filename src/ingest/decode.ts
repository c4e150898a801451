/**
 * Bytes to text with the checks every reader needs: empty, binary (NUL bytes), invalid UTF-8.
 * Each failure is an InputError naming the file (and line, for JSONL), never a crash.
 */
import { InputError } from '../core/errors.ts';
import type { Origin } from './types.ts';

/** True when the bytes hold a NUL, the cheap sign of a binary (or UTF-16) file. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/**
 * Decode strictly as UTF-8 (a leading BOM is dropped). Throws InputError for NUL bytes or a
 * malformed sequence, so that a wrong encoding is reported instead of read as mojibake.
 */
export function decodeUtf8(bytes: Uint8Array, origin: Origin): string {
  if (looksBinary(bytes)) {
    throw new InputError('binary data (NUL bytes), not a text article', origin, 'expected UTF-8 text');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('invalid UTF-8', origin, 'convert the file to UTF-8');
  }
}

/** Turn any thrown value into the InputError a ReadResult carries. */
export function asInputError(err: unknown, origin: Origin): InputError {
  if (err instanceof InputError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new InputError(message, origin);
}
