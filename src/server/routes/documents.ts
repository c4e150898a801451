/** Documents: list, one with its text and claims, and ingest (article record, JSONL batch, URL list). */
import { z } from 'zod';
import {
  DocumentDetailSchema, DocumentSummarySchema, ErrorSchema, IdParamSchema, IngestJsonBodySchema,
  IngestResponseSchema, IngestTextQuerySchema, pageOf, PageQuerySchema,
} from '../api-schemas.ts';
import { HttpError } from '../errors.ts';
import type { IngestItem } from '../ingestor.ts';
import { parseJsonLines } from '../jsonl-body.ts';
import { type Api, type RouteContext, writeGuard } from './context.ts';

export function registerDocumentRoutes(api: Api, ctx: RouteContext): void {
  api.get('/documents', {
    schema: {
      tags: ['documents'],
      summary: 'Documents, newest ingest last, one page at a time',
      querystring: PageQuerySchema,
      response: { 200: pageOf(DocumentSummarySchema) },
    },
  }, async (request) => ctx.ledger.listDocuments({ limit: request.query.limit, cursor: request.query.cursor ?? null }));

  api.get('/documents/:id', {
    schema: {
      tags: ['documents'],
      summary: 'One document: its text, publications, and claims with evidence offsets into the text',
      params: IdParamSchema,
      response: { 200: DocumentDetailSchema, 404: ErrorSchema },
    },
  }, async (request) => {
    const doc = await ctx.ledger.getDocument(request.params.id);
    if (!doc) throw new HttpError(404, `no document ${request.params.id}`);
    return doc;
  });

  api.post('/documents', {
    ...writeGuard(ctx),
    schema: {
      tags: ['documents'],
      summary: 'Ingest (needs a token). JSON: an article record, {articles: [...]}, or {urls: [...]}. ' +
        'application/x-ndjson: one article record a line. text/plain: the text of one article.',
      security: [{ bearer: [] }],
      querystring: IngestTextQuerySchema.describe('for a text/plain body only'),
      body: {
        content: {
          'application/json': { schema: IngestJsonBodySchema },
          'application/x-ndjson': { schema: z.string().max(5 * 1024 * 1024).describe('one article record (JSON) a line') },
          'text/plain': { schema: z.string().describe('the text of one article') },
        },
      },
      response: { 200: IngestResponseSchema, 400: ErrorSchema, 401: ErrorSchema, 413: ErrorSchema },
    },
  }, async (request) => {
    const body: unknown = request.body;
    let results: IngestItem[];
    if (typeof body === 'string') {
      const type = request.headers['content-type'] ?? '';
      if (type.startsWith('text/plain')) {
        if (body.trim() === '') throw new HttpError(400, 'the article text is empty');
        results = [await ctx.ingestor.ingestText(body, 'body', request.query)];
      } else {
        const { articles, failures } = parseJsonLines(body);
        if (articles.length === 0 && failures.length === 0) throw new HttpError(400, 'the batch is empty');
        results = [...failures, ...(await ctx.ingestor.ingestArticles(articles))];
      }
    } else {
      const parsed = body as z.output<typeof IngestJsonBodySchema>;
      if ('urls' in parsed) results = await ctx.ingestor.ingestUrls(parsed.urls);
      else if ('articles' in parsed) results = await ctx.ingestor.ingestArticles(parsed.articles.map((article, i) => ({ article, origin: `articles[${i}]` })));
      else results = await ctx.ingestor.ingestArticles([{ article: parsed, origin: 'body' }]);
    }
    if (results.some((r) => r.ok)) ctx.series.invalidate();
    const stored = results.filter((r) => r.ok).length;
    return { stored, failed: results.length - stored, results };
  });
}
