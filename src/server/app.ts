/**
 * The HTTP server of `tally serve`: the JSON API under /api/v1 and the built dashboard at /.
 * Everything it needs comes in through `ServerDeps`, so tests build it over any ledger and call
 * it in-process with `app.inject()`.
 *
 * @example
 * const app = await buildServer({ ledger, tokens }, { webRoot: 'web/dist' });
 * await app.listen({ host: '127.0.0.1', port: 8080 });
 */
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import type { Ledger } from '../ledger/ledger.ts';
import { ClaimsPageCache } from './claims-cache.ts';
import { sendError } from './errors.ts';
import type { Ingestor } from './ingestor.ts';
import { registerRoutes } from './routes/index.ts';
import { inProcessBuilder, SeriesCache } from './series-cache.ts';
import { SeriesThread, type SeriesWorkerData } from './series-thread.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';
import type { TokenStore } from './tokens.ts';
import type { ZodTypeProvider } from './type-provider.ts';
import { serializerCompiler, swaggerTransform, validatorCompiler } from './zod-schemas.ts';

/** What the server works on. */
export interface ServerDeps {
  ledger: Ledger;
  tokens: TokenStore;
  /** Turns posted articles and URLs into stored claims; tests may pass their own. */
  ingestor: Ingestor;
  /**
   * Where a worker thread opens the same ledger to build series off the event loop. Without it
   * (an in-memory ledger) series are built on the main thread.
   */
  seriesFrom?: SeriesWorkerData;
}

export interface ServerOptions {
  /** Folder of the built dashboard (web/dist); null or missing folder: API only. */
  webRoot?: string | null;
  /** Log requests (pino, one JSON line each). Default false. */
  logger?: boolean;
  /** Writes allowed per client per minute. Default 60. */
  writesPerMinute?: number;
  /** Largest request body in bytes. Default 5 MiB. */
  bodyLimit?: number;
  /**
   * Characters of claims-page JSON kept while the ledger is unchanged (claims-cache.ts); 0 keeps
   * none. Default 32 Mi (about a thousand 50-claim pages).
   */
  claimsCacheChars?: number;
}


export const API_PREFIX = '/api/v1';

export async function buildServer(deps: ServerDeps, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 5 * 1024 * 1024,
    // Query strings like ?a=1&a=2 become arrays only where a schema asks: keep parsing simple.
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((err, request, reply) => sendError(err, request, reply));
  app.setNotFoundHandler((request, reply) => sendError(Object.assign(new Error(`no route ${request.method} ${request.url.split('?')[0]}`), { statusCode: 404 }), request, reply));

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Served over plain HTTP on a LAN as often as behind TLS: do not pin browsers to HTTPS.
    strictTransportSecurity: false,
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'tally API',
        version: '1',
        description: 'Sourced counts of people killed, wounded, deployed... extracted from news, with their evidence. Reading is open; writes need a bearer token.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: swaggerTransform,
  });

  // text/plain and application/x-ndjson bodies (a pasted article, a JSONL batch) arrive as strings.
  app.addContentTypeParser(['text/plain', 'application/x-ndjson'], { parseAs: 'string' }, (_req, body, done) => done(null, body));

  const series = new SeriesCache(deps.seriesFrom ? new SeriesThread(deps.seriesFrom) : inProcessBuilder(deps.ledger));
  app.addHook('onClose', () => series.close());
  await app.register(async (api) => {
    registerRoutes(api.withTypeProvider<ZodTypeProvider>(), {
      ...deps,
      series,
      claimsPages: options.claimsCacheChars === 0 ? null : new ClaimsPageCache(deps.ledger, options.claimsCacheChars ?? 32 * 1024 * 1024),
      writesPerMinute: options.writesPerMinute ?? 60,
    });
    api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  }, { prefix: API_PREFIX });

  if (options.webRoot && existsSync(options.webRoot)) {
    await app.register(fastifyStatic, {
      root: options.webRoot,
      wildcard: false,
      setHeaders(reply, path) {
        // Vite puts a content hash in every asset name: they never change; index.html always may.
        reply.raw.setHeader('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  return app;
}
