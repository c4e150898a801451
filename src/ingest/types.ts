/**
 * The contract every reader keeps: a stream of articles, each with where it came from, and
 * failures as values (never thrown), so that a batch goes on past a bad file or line.
 */
import type { Article } from '../core/article.ts';
import type { InputError } from '../core/errors.ts';

export interface Origin {
  /** Path as the user gave it, or "-" for stdin, or a URL. */
  file: string;
  /** 1-based line of a JSONL record, or item index (1-based) of a feed or a JSON array. */
  line?: number;
}

export type ReadResult =
  | { ok: true; article: Article; origin: Origin }
  | { ok: false; error: InputError; origin: Origin };

export type InputFormat = 'txt' | 'html' | 'jsonl' | 'json' | 'feed';
