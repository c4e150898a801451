/** Series of one subject × metric under a reconcile rule, and the overview of every subject × metric. */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { ErrorSchema, OverviewResponseSchema, RULES, SeriesQuerySchema, SeriesSchema } from '../api-schemas.ts';
import { DEFAULT_RULE } from '../../series/index.ts';
import type { Api, RouteContext } from './context.ts';

/**
 * Send JSON that the series cache already checked against the response schema and serialized:
 * fastify passes a string with a JSON content type through untouched. The typed reply only
 * accepts the schema's object type, hence the widening.
 */
function sendJsonText(reply: unknown, json: string): FastifyReply {
  return (reply as FastifyReply).type('application/json; charset=utf-8').send(json);
}

export function registerSeriesRoutes(api: Api, ctx: RouteContext): void {
  api.get('/series', {
    schema: {
      tags: ['series'],
      summary: 'Points, per-source tracks, contradictions and the reconciled low/best/high of one subject × metric',
      querystring: SeriesQuerySchema,
      response: { 200: SeriesSchema, 400: ErrorSchema },
    },
  }, async (request, reply) => sendJsonText(reply, await ctx.series.seriesJson(request.query)));

  api.get('/overview', {
    schema: {
      tags: ['series'],
      summary: 'Every subject × metric with its latest reconciled figure and number of sources',
      querystring: z.object({ rule: z.enum(RULES).default(DEFAULT_RULE) }),
      response: { 200: OverviewResponseSchema },
    },
  }, async (request, reply) => sendJsonText(reply, await ctx.series.overviewJson(request.query.rule)));
}
