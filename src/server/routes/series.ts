/** Series of one subject × metric under a reconcile rule, and the overview of every subject × metric. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ErrorSchema, OverviewResponseSchema, RULES, SeriesChartSchema, SeriesQuerySchema, SeriesSchema } from '../api-schemas.ts';
import type { JsonAnswer } from '../series-cache.ts';
import { DEFAULT_RULE } from '../../series/index.ts';
import type { Api, RouteContext } from './context.ts';

/**
 * Send an answer the series cache already checked against its schema and serialized (fastify
 * passes a string or Buffer with a JSON content type through untouched), gzipped when the
 * client takes it. The typed reply only accepts the schema's object type, hence the widening.
 */
function sendAnswer(request: FastifyRequest, reply: unknown, answer: JsonAnswer): FastifyReply {
  const r = (reply as FastifyReply).type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  const accepts = request.headers['accept-encoding'];
  if (typeof accepts === 'string' && /\bgzip\b/.test(accepts)) return r.header('content-encoding', 'gzip').send(answer.gzipped());
  return r.send(answer.json);
}

export function registerSeriesRoutes(api: Api, ctx: RouteContext): void {
  api.get('/series', {
    schema: {
      tags: ['series'],
      summary: 'Points, per-source tracks, contradictions and the reconciled low/best/high of one subject × metric',
      querystring: SeriesQuerySchema,
      response: { 200: z.union([SeriesSchema, SeriesChartSchema]), 400: ErrorSchema },
    },
  }, async (request, reply) => sendAnswer(request, reply, await ctx.series.series(request.query)));

  api.get('/overview', {
    schema: {
      tags: ['series'],
      summary: 'Every subject × metric with its latest reconciled figure and number of sources',
      querystring: z.object({ rule: z.enum(RULES).default(DEFAULT_RULE) }),
      response: { 200: OverviewResponseSchema },
    },
  }, async (request, reply) => sendAnswer(request, reply, await ctx.series.overview(request.query.rule)));
}
