/** Series of one subject × metric under a reconcile rule, and the overview of every subject × metric. */
import { z } from 'zod';
import { ErrorSchema, OverviewResponseSchema, RULES, SeriesQuerySchema, SeriesSchema } from '../api-schemas.ts';
import { DEFAULT_RULE } from '../../series/index.ts';
import type { Api, RouteContext } from './context.ts';

export function registerSeriesRoutes(api: Api, ctx: RouteContext): void {
  api.get('/series', {
    schema: {
      tags: ['series'],
      summary: 'Points, per-source tracks, contradictions and the reconciled low/best/high of one subject × metric',
      querystring: SeriesQuerySchema,
      response: { 200: SeriesSchema, 400: ErrorSchema },
    },
  }, async (request) => ctx.series.get(request.query));

  api.get('/overview', {
    schema: {
      tags: ['series'],
      summary: 'Every subject × metric with its latest reconciled figure and number of sources',
      querystring: z.object({ rule: z.enum(RULES).default(DEFAULT_RULE) }),
      response: { 200: OverviewResponseSchema },
    },
  }, async (request) => ({ rule: request.query.rule, rows: await ctx.series.overview(request.query.rule) }));
}
