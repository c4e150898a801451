/** Claims: the filtered, paged list; one claim with its evidence, document and reviews; review actions. */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ReviewAction } from '../../ledger/types.ts';
import {
  ClaimDetailSchema, ClaimsQuerySchema, ErrorSchema, IdParamSchema, pageOf, ReviewBodySchema, StoredClaimSchema,
} from '../api-schemas.ts';
import { tokenNameOf } from '../auth.ts';
import { HttpError } from '../errors.ts';
import { ClaimsPage, GZIP_MIN_CHARS } from '../claims-cache.ts';
import { toClaimFilter } from '../filters.ts';
import { type Api, type RouteContext, writeGuard } from './context.ts';

export function registerClaimRoutes(api: Api, ctx: RouteContext): void {
  api.get('/claims', {
    schema: {
      tags: ['claims'],
      summary: 'Claims matching every given filter, in ingest order or by `sort`, one page at a time (pass nextCursor back as cursor)',
      querystring: ClaimsQuerySchema,
      response: { 200: pageOf(StoredClaimSchema).extend({ total: z.number().int().optional() }), 400: ErrorSchema },
    },
  }, async (request, reply) => {
    const { limit, cursor, sort, ...filters } = request.query;
    // The ledger writes this page's JSON from the stored claims (the API tests check it against
    // the schema); fastify passes a JSON string through, past the checking serializer, which
    // cost more than the query. The typed reply only takes the schema's object type.
    const read = () => ctx.ledger.queryClaimsJson(toClaimFilter(filters), { limit, cursor: cursor ?? null, sort });
    const page = ctx.claimsPages ? await ctx.claimsPages.page(request.url, read) : new ClaimsPage(await read(), false);
    const r = (reply as FastifyReply).type('application/json; charset=utf-8').header('vary', 'accept-encoding');
    // A kept page is gzipped for clients that take it (browsers, curl --compressed), past a size
    // where that pays (see ClaimsPage).
    const accepts = request.headers['accept-encoding'];
    if (page.kept && page.json.length >= GZIP_MIN_CHARS && typeof accepts === 'string' && /\bgzip\b/.test(accepts)) {
      return r.header('content-encoding', 'gzip').send(await page.gzipped());
    }
    return r.send(page.json);
  });

  api.get('/claims/count', {
    schema: {
      tags: ['claims'],
      summary: 'Number of claims matching the filters',
      querystring: ClaimsQuerySchema.omit({ limit: true, cursor: true }),
      response: { 200: z.object({ count: z.number().int() }) },
    },
  }, async (request) => ({ count: await ctx.ledger.countClaims(toClaimFilter(request.query)) }));

  api.get('/claims/:id', {
    schema: {
      tags: ['claims'],
      summary: 'One claim: its fields, evidence, the document text, every publication carrying it, and its reviews',
      params: IdParamSchema,
      response: { 200: ClaimDetailSchema, 404: ErrorSchema },
    },
  }, async (request) => {
    const claim = await ctx.ledger.getClaim(request.params.id);
    if (!claim) throw new HttpError(404, `no claim ${request.params.id}`);
    return claim;
  });

  api.post('/claims/:id/review', {
    ...writeGuard(ctx),
    schema: {
      tags: ['review'],
      summary: 'Verify, reject or correct a claim (needs a token); returns the claim as it now reads',
      security: [{ bearer: [] }],
      params: IdParamSchema,
      body: ReviewBodySchema,
      response: { 200: StoredClaimSchema, 400: ErrorSchema, 401: ErrorSchema, 404: ErrorSchema },
    },
  }, async (request) => {
    const body = request.body;
    const action: ReviewAction = body.action === 'verify' ? { kind: 'verify' }
      : body.action === 'reject' ? { kind: 'reject', reason: body.reason }
        : { kind: 'set', changes: body.changes };
    if (!(await ctx.ledger.getClaim(request.params.id))) throw new HttpError(404, `no claim ${request.params.id}`);
    const claim = await ctx.ledger.review(request.params.id, action, tokenNameOf(request));
    ctx.series.invalidate();
    return claim;
  });
}
