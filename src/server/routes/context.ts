/** What every route module gets: the ledger, tokens, the ingest pipeline and the series cache. */
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import { requireToken } from '../auth.ts';
import type { Ledger } from '../../ledger/ledger.ts';
import type { ClaimsPageCache } from '../claims-cache.ts';
import type { Ingestor } from '../ingestor.ts';
import type { SeriesCache } from '../series-cache.ts';
import type { TokenStore } from '../tokens.ts';
import type { ZodTypeProvider } from '../type-provider.ts';

export interface RouteContext {
  ledger: Ledger;
  tokens: TokenStore;
  ingestor: Ingestor;
  series: SeriesCache;
  /** Claims pages kept while the ledger is unchanged; null: every page is read. */
  claimsPages: ClaimsPageCache | null;
  writesPerMinute: number;
}

export type Api = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** Route options shared by every write: a token, and a per-client rate limit. */
export function writeGuard(ctx: RouteContext) {
  const checkToken = requireToken(ctx.tokens);
  return {
    config: { rateLimit: { max: ctx.writesPerMinute, timeWindow: 60_000 } },
    onRequest: (request: FastifyRequest) => checkToken(request),
  };
}
