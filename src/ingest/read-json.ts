/**
 * A JSON file of article records, as scrapers and exports write them: one object, or an array
 * of objects. Unlike JSON Lines it is parsed whole (the file size limit applies); each element
 * is one result, its origin the element's 1-based index, and a bad element does not stop the
 * others.
 */
import { InputError } from '../core/errors.ts';
import { parseArticleLine } from './read-jsonl.ts';
import type { ReadResult } from './types.ts';

/** Where JSON.parse stopped, as a 1-based line of `text`, from its "at position N" message. */
function lineOfError(text: string, message: string): number | undefined {
  const at = /position (\d+)/.exec(message);
  if (!at) return undefined;
  let line = 1;
  const end = Math.min(Number(at[1]), text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function* readJson(text: string, file: string): Generator<ReadResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const origin = { file, line: lineOfError(text, detail) };
    yield { ok: false, error: new InputError(`malformed JSON: ${detail.slice(0, 120)}`, origin, 'a JSON file holds one article object or an array of them'), origin };
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  if (items.length === 0) {
    const origin = { file };
    yield { ok: false, error: new InputError('empty array (no records)', origin), origin };
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const origin = { file, line: i + 1 };
    try {
      // Each element goes through the same checks as a JSON Lines record.
      yield { ok: true, article: parseArticleLine(JSON.stringify(items[i]), origin), origin };
    } catch (err) {
      yield { ok: false, error: err instanceof InputError ? err : new InputError(String(err), origin), origin };
    }
  }
}
