/**
 * Why a fetch failed, as a typed error. `retryable` tells the workers whether trying again later
 * may help (a timeout, a 503) or not (a 404, a 50 MB page, a redirect loop, a PDF).
 */
import { InputError } from '../../core/errors.ts';

export type FetchFailureKind =
  | 'bad-url'
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'too-large'
  | 'content-type'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'not-an-article'
  | 'malformed-feed';

/** Kinds that a later attempt may get past; everything else fails the same way every time. */
const RETRYABLE: ReadonlySet<FetchFailureKind> = new Set(['network', 'timeout']);

/**
 * A page or feed that could not be fetched or read. Extends InputError so `formatUserError`
 * prints it as `url: message` like any other bad input.
 *
 * @example throw new FetchError('timeout', 'no answer within 15 s', url)
 */
export class FetchError extends InputError {
  readonly retryable: boolean;

  constructor(
    readonly kind: FetchFailureKind,
    message: string,
    url: string,
    options: { retryable?: boolean; hint?: string } = {},
  ) {
    super(message, { file: url }, options.hint);
    this.retryable = options.retryable ?? RETRYABLE.has(kind);
  }
}
