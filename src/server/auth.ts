/**
 * Reading is open; writing needs `Authorization: Bearer <token>` with a token from
 * `tally token create NAME`. The check runs on request, before the body is read, so an
 * unauthenticated client cannot make the server parse a large body.
 */
import type { FastifyRequest } from 'fastify';
import { HttpError } from './errors.ts';
import type { TokenStore } from './tokens.ts';

const tokenNames = new WeakMap<FastifyRequest, string>();

/** The name of the token that authorized this request (the reviewer's name in review records). */
export function tokenNameOf(request: FastifyRequest): string {
  const name = tokenNames.get(request);
  if (!name) throw new Error('tokenNameOf called on a route without requireToken');
  return name;
}

const BEARER = /^Bearer[ ]{1,8}(\S{1,200})$/i;

export function requireToken(tokens: TokenStore): (request: FastifyRequest) => Promise<void> {
  return async function checkToken(request: FastifyRequest) {
    const header = request.headers.authorization;
    if (!header) throw new HttpError(401, 'this action needs a token: send "Authorization: Bearer <token>" (tally token create NAME)');
    const match = BEARER.exec(header);
    const name = match?.[1] ? await tokens.verify(match[1]) : null;
    if (!name) throw new HttpError(401, 'the token is not valid');
    tokenNames.set(request, name);
  };
}
