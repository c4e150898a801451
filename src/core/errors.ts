/**
 * Typed errors for everything a user can get wrong. They carry where (file, line) and what;
 * `formatUserError` in one place turns them into the one-line message the CLI and server show.
 * Anything that is not a TallyError is a bug and is reported as such.
 */
export class TallyError extends Error {
  constructor(
    message: string,
    readonly where?: { file?: string; line?: number },
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that cannot be read as an article (empty, binary, invalid UTF-8, malformed JSON, no article in HTML). */
export class InputError extends TallyError {}

/** A command line or request that asks for something impossible (bad flag value, unknown id). */
export class UsageError extends TallyError {}

/** Something in the ledger: cannot connect, migration failed, record not found. */
export class LedgerError extends TallyError {}

export class NotFoundError extends TallyError {}

/** One line: `file:line: message (hint)`. */
export function formatUserError(err: unknown): string {
  if (err instanceof TallyError) {
    const where = err.where?.file ? `${err.where.file}${err.where.line ? `:${err.where.line}` : ''}: ` : '';
    const hint = err.hint ? ` (${err.hint})` : '';
    return `${where}${err.message}${hint}`.replace(/\s*\n\s*/g, ' ');
  }
  const message = err instanceof Error ? err.message : String(err);
  return `internal error: ${message}`.replace(/\s*\n\s*/g, ' ');
}
