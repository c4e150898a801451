/**
 * The one place where errors become HTTP responses: typed tally errors carry their meaning
 * (not found, bad request, ledger down), fastify's own errors carry a status, and anything else
 * is a bug, logged in full and answered with a bare 500 so no stack or SQL leaks to the client.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { formatUserError, InputError, LedgerError, NotFoundError, TallyError, UsageError } from '../core/errors.ts';

const REASONS: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  406: 'Not Acceptable', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 429: 'Too Many Requests',
  500: 'Internal Server Error', 503: 'Service Unavailable',
};

/** An HTTP answer other than success, thrown from a handler or hook. */
export class HttpError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
  }
}

function statusOf(err: unknown): number {
  if (err instanceof HttpError) return err.statusCode;
  if (err instanceof NotFoundError) return 404;
  if (err instanceof UsageError || err instanceof InputError) return 400;
  if (err instanceof LedgerError) {
    // The ledger reports unknown ids as LedgerError too; they are the client's mistake.
    return /not found|unknown/i.test(err.message) ? 404 : 503;
  }
  const status = (err as FastifyError).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return status;
  return 500;
}

export function sendError(err: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const statusCode = statusOf(err);
  let message: string;
  if (statusCode >= 500 && !(err instanceof TallyError)) {
    request.log.error({ err }, 'unhandled error');
    message = 'internal error';
  } else if (err instanceof TallyError) {
    message = formatUserError(err);
  } else {
    message = (err as Error).message;
  }
  if (statusCode === 401) void reply.header('www-authenticate', 'Bearer realm="tally"');
  return reply.code(statusCode).type('application/json; charset=utf-8').send(
    JSON.stringify({ statusCode, error: REASONS[statusCode] ?? 'Error', message }),
  );
}
