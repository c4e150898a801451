/** Export: the filtered claims as CSV or JSONL, and the whole ledger as JSONL, streamed page by page. */
import { Readable } from 'node:stream';
import type { Ledger } from '../../ledger/ledger.ts';
import type { ClaimFilter } from '../../ledger/types.ts';
import { ExportQuerySchema } from '../api-schemas.ts';
import { CLAIM_CSV_HEADER, claimCsvRow } from '../csv.ts';
import { toClaimFilter } from '../filters.ts';
import type { Api, RouteContext } from './context.ts';

const PAGE = 2000;

async function* claimLines(ledger: Ledger, filter: ClaimFilter, format: 'csv' | 'jsonl'): AsyncGenerator<string> {
  if (format === 'csv') yield `${CLAIM_CSV_HEADER}\r\n`;
  let cursor: string | null = null;
  do {
    const page = await ledger.queryClaims(filter, { limit: PAGE, cursor });
    let chunk = '';
    for (const claim of page.rows) chunk += format === 'csv' ? `${claimCsvRow(claim)}\r\n` : `${JSON.stringify(claim)}\n`;
    if (chunk) yield chunk;
    cursor = page.nextCursor;
  } while (cursor);
}

async function* ledgerLines(ledger: Ledger): AsyncGenerator<string> {
  for await (const record of ledger.exportAll()) yield `${JSON.stringify(record)}\n`;
}

export function registerExportRoutes(api: Api, ctx: RouteContext): void {
  api.get('/export/claims', {
    schema: {
      tags: ['export'],
      summary: 'The claims matching the filters as CSV (spreadsheet-safe) or JSONL, streamed',
      querystring: ExportQuerySchema,
      produces: ['text/csv', 'application/x-ndjson'],
    },
  }, async (request, reply) => {
    const { format, ...filters } = request.query;
    const csv = format === 'csv';
    void reply
      .type(csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
      .header('content-disposition', `attachment; filename="tally-claims.${csv ? 'csv' : 'jsonl'}"`);
    return reply.send(Readable.from(claimLines(ctx.ledger, toClaimFilter(filters), format)));
  });

  api.get('/export/ledger', {
    schema: {
      tags: ['export'],
      summary: 'The whole ledger as JSONL records (sources, documents, publications, claims, reviews), streamed; `tally import` reads it back',
      produces: ['application/x-ndjson'],
    },
  }, async (_request, reply) => {
    void reply.type('application/x-ndjson; charset=utf-8').header('content-disposition', 'attachment; filename="tally-ledger.jsonl"');
    return reply.send(Readable.from(ledgerLines(ctx.ledger)));
  });
}
