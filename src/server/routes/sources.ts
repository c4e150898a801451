/** Sources (entities, with aliases and claim counts), their merge, and subjects. */
import { z } from 'zod';
import { ErrorSchema, MergeBodySchema, SourceEntitySchema, SubjectSummarySchema } from '../api-schemas.ts';
import { type Api, type RouteContext, writeGuard } from './context.ts';

export function registerSourceRoutes(api: Api, ctx: RouteContext): void {
  api.get('/sources', {
    schema: {
      tags: ['sources'],
      summary: 'Every source entity not merged into another, with the names it was written as and its claim count',
      response: { 200: z.array(SourceEntitySchema) },
    },
  }, async () => ctx.ledger.listSources());

  api.post('/sources/merge', {
    ...writeGuard(ctx),
    schema: {
      tags: ['sources'],
      summary: 'Merge entity `from` into `into` (needs a token); returns the surviving entity',
      security: [{ bearer: [] }],
      body: MergeBodySchema,
      response: { 200: SourceEntitySchema, 400: ErrorSchema, 401: ErrorSchema, 404: ErrorSchema },
    },
  }, async (request) => {
    const entity = await ctx.ledger.mergeSources(request.body.from, request.body.into);
    ctx.series.invalidate();
    return entity;
  });

  api.get('/subjects', {
    schema: {
      tags: ['subjects'],
      summary: 'Subjects (country + group) with claim counts',
      response: { 200: z.array(SubjectSummarySchema) },
    },
  }, async () => ctx.ledger.listSubjects());
}
