/**
 * The zod schemas of the HTTP API: request parts and response bodies. They validate requests,
 * check responses and make the OpenAPI document (see zod-schemas.ts), so the three never drift.
 * Shapes mirror the ledger's types (src/ledger/types.ts) and the claim contract (src/core/claim.ts).
 */
import { z } from 'zod';
import { ArticleSchema } from '../core/article.ts';
import { ClaimSchema, GROUPS, METRICS, SOURCE_KINDS } from '../core/claim.ts';
import { CLAIM_SORTS, CLAIM_STATUSES } from '../ledger/types.ts';
import { DEFAULT_RULE, type RuleId } from '../series/index.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const statusEnum = z.enum(CLAIM_STATUSES as [string, ...string[]]);

export const ErrorSchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
}).meta({ id: 'Error' });

export const PublicationRefSchema = z.object({
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  title: z.string().nullable(),
});

export const StoredClaimSchema = ClaimSchema.extend({
  id: z.string(),
  documentId: z.string(),
  sourceIds: z.array(z.string()),
  originId: z.string().nullable(),
  status: statusEnum,
  publications: z.array(PublicationRefSchema),
  current: z.boolean(),
  extractorVersion: z.string().nullable(),
}).meta({ id: 'StoredClaim' });

export const ReviewRecordSchema = z.object({
  id: z.number().int(),
  claimId: z.string(),
  claimKey: z.string(),
  documentId: z.string(),
  action: z.enum(['verify', 'reject', 'set']),
  reason: z.string().nullable(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).nullable(),
  who: z.string(),
  at: z.string(),
});

export const ClaimDetailSchema = StoredClaimSchema.extend({
  extracted: ClaimSchema.nullable(),
  reviews: z.array(ReviewRecordSchema),
  document: z.object({ id: z.string(), title: z.string().nullable(), text: z.string(), supersededBy: z.string().nullable() }),
});

export const DocumentSummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  publishers: z.array(z.string()),
  claimCount: z.number().int(),
  supersedes: z.string().nullable(),
  supersededBy: z.string().nullable(),
  ingestedAt: z.string(),
});

export const PublicationSchema = PublicationRefSchema.extend({
  id: z.string(),
  documentId: z.string(),
  origin: z.string().nullable(),
  ingestedAt: z.string(),
});

export const DocumentDetailSchema = DocumentSummarySchema.extend({
  text: z.string(),
  publications: z.array(PublicationSchema),
  claims: z.array(StoredClaimSchema),
});

export const SourceEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(SOURCE_KINDS),
  country: z.string().nullable(),
  aliases: z.array(z.string()),
  claimCount: z.number().int(),
  mergedInto: z.string().nullable(),
});

export const SubjectSummarySchema = z.object({
  key: z.string(),
  country: z.string().nullable(),
  group: z.enum(GROUPS),
  claimCount: z.number().int(),
});

export function pageOf<T extends z.ZodType>(row: T) {
  return z.object({ rows: z.array(row), nextCursor: z.string().nullable() });
}

/** `?hedged=true|false`: query strings carry text, so booleans are parsed here. */
const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  cursor: z.string().max(200).optional(),
});

/** The filters of `tally claims`, as query parameters. */
export const ClaimFilterQuerySchema = z.object({
  subject: z.string().max(100).optional().describe('"KP/military", "KP" for any group, "-/military" for no country'),
  country: z.string().max(2).optional().describe('ISO 3166-1 alpha-2; "-" for no country'),
  group: z.enum(GROUPS).optional(),
  metric: z.enum(METRICS).optional(),
  source: z.string().max(200).optional().describe('entity id of any link of the chain'),
  origin: z.string().max(200).optional().describe('entity id of the last link'),
  since: day.optional(),
  until: day.optional(),
  text: z.string().max(200).optional().describe('case-insensitive substring of the evidence sentence or location'),
  hedged: boolParam.optional(),
  section: z.enum(['title', 'body']).optional(),
  status: statusEnum.optional(),
  documentId: z.string().max(200).optional(),
  includeSuperseded: boolParam.optional(),
});

export const ClaimsQuerySchema = ClaimFilterQuerySchema.extend(PageQuerySchema.shape).extend({
  sort: z.enum(CLAIM_SORTS).default('ingested')
    .describe('ingested (default), asOf or figure (min, or max for "up to" figures); "-" first for descending. Claims without a day or figure come last. A cursor continues the order it was made for.'),
});

export const IdParamSchema = z.object({ id: z.string().min(1).max(200) });

export const ExportQuerySchema = ClaimFilterQuerySchema.extend({ format: z.enum(['csv', 'jsonl']).default('csv') });

/** Reconcile rules of src/series/rules (kept literal here: an enum in the OpenAPI document). */
export const RULES = ['ucdp', 'conservative'] as const satisfies readonly RuleId[];

/** `?exclude=hedged,unattributed` */
const exclusions = z.string().max(100)
  .transform((v) => v.split(',').map((s) => s.trim()).filter((s) => s !== ''))
  .pipe(z.array(z.enum(['hedged', 'unattributed'])));

export const SeriesQuerySchema = z.object({
  subject: z.string().min(1).max(100).describe('"KP/military"; "-/people" for no country'),
  metric: z.enum(METRICS),
  rule: z.enum(RULES).default(DEFAULT_RULE),
  exclude: exclusions.optional().describe('comma-separated: hedged, unattributed'),
  view: z.enum(['full', 'chart']).default('full').describe('chart: points with their first report, origins once, the reconciled band (what the dashboard draws)'),
});

export const ReviewBodySchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('verify') }),
  z.object({ action: z.literal('reject'), reason: z.string().min(1).max(1000) }),
  z.object({ action: z.literal('set'), changes: z.record(z.string().max(50), z.unknown()) }),
]);

export const MergeBodySchema = z.object({ from: z.string().min(1).max(200), into: z.string().min(1).max(200) });

/** Fields of a pasted article (text/plain body) that replace what the text reader detected. */
export const IngestTextQuerySchema = z.object({
  title: z.string().max(500).optional(),
  publisher: z.string().max(200).optional(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO 8601 date').optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
});

/** `POST /documents` as JSON: one article record, a batch of them, or URLs to fetch. */
export const IngestJsonBodySchema = z.union([
  ArticleSchema,
  z.object({ articles: z.array(ArticleSchema).min(1).max(1000) }),
  z.object({ urls: z.array(z.url({ protocol: /^https?$/ })).min(1).max(100) }),
]);

export const IngestItemSchema = z.object({
  origin: z.string(),
  ok: z.boolean(),
  error: z.string().optional(),
  documentId: z.string().optional(),
  status: z.enum(['new', 'unchanged', 'new-publication', 'new-version', 're-extracted']).optional(),
  claimsAdded: z.number().int().optional(),
  claims: z.array(StoredClaimSchema).optional(),
});

export const IngestResponseSchema = z.object({
  stored: z.number().int(),
  failed: z.number().int(),
  results: z.array(IngestItemSchema),
});

const OriginRefSchema = z.object({
  key: z.string(),
  name: z.string(),
  kind: z.enum([...SOURCE_KINDS, 'outlet']),
  country: z.string().nullable(),
  attributed: z.boolean(),
});

const PeriodOutSchema = z.object({
  kind: z.enum(['cumulative', 'interval', 'unknown']),
  from: z.string().nullable().optional(),
  to: z.string().nullable().optional(),
  text: z.string().optional(),
});

export const SeriesPointSchema = z.object({
  id: z.string(),
  date: z.string(),
  dateFrom: z.enum(['asOf', 'published']),
  origin: OriginRefSchema,
  min: z.number().nullable(),
  max: z.number().nullable(),
  approximate: z.boolean(),
  hedged: z.boolean(),
  period: PeriodOutSchema,
  comparable: z.string().nullable(),
  low: z.number(),
  high: z.number(),
  value: z.number(),
  reports: z.array(z.object({
    claimId: z.string(),
    documentId: z.string(),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    published: z.string().nullable(),
    evidence: z.string(),
    hedged: z.boolean(),
  })),
  primary: z.boolean(),
  flags: z.array(z.enum(['revised-down', 'contradicted'])),
});

const ContradictionSchema = z.object({
  date: z.string(), kind: z.enum(['same-date', 'later-lower', 'same-interval']), a: z.string(), b: z.string(), reason: z.string(),
});

/** What every view of a series starts with: which series, under which rule, from how many claims. */
const SeriesHeadSchema = z.object({
  subject: z.string(),
  metric: z.enum(METRICS),
  monotone: z.boolean(),
  rule: z.object({ id: z.enum(RULES), explanation: z.string() }),
  claimCount: z.number().int(),
  excluded: z.object({
    hedged: z.number().int(), unattributed: z.number().int(), rejected: z.number().int(),
    superseded: z.number().int(), titles: z.number().int(), undated: z.number().int(),
  }),
});

/** Series of one subject × metric (src/series/types.ts `Series`). */
export const SeriesSchema = SeriesHeadSchema.extend({
  points: z.array(SeriesPointSchema),
  sources: z.array(z.object({
    origin: OriginRefSchema,
    points: z.array(z.string()),
    latest: z.string().nullable(),
    revisions: z.array(z.object({
      from: z.string(), to: z.string(), fromDate: z.string(), toDate: z.string(),
      change: z.enum(['up', 'down', 'same', 'overlap']), flagged: z.boolean(),
    })),
  })),
  contradictions: z.array(ContradictionSchema),
  reconciled: z.array(z.object({
    date: z.string(), low: z.number(), best: z.number(), high: z.number(), current: z.array(z.string()), reasons: z.array(z.string()),
  })),
}).meta({ id: 'Series' });

/** The chart view of a series (src/server/series-view.ts `SeriesChart`). */
export const SeriesChartSchema = SeriesHeadSchema.extend({
  origins: z.array(OriginRefSchema.extend({ points: z.number().int() })),
  points: z.array(z.object({
    id: z.string(), date: z.string(), origin: z.string(), min: z.number().nullable(), max: z.number().nullable(),
    low: z.number(), high: z.number(), value: z.number(), approximate: z.boolean(), hedged: z.boolean(),
    flags: z.array(z.enum(['revised-down', 'contradicted'])), reportCount: z.number().int(),
    report: z.object({ claimId: z.string(), documentId: z.string(), publisher: z.string().nullable(), evidence: z.string() }).nullable(),
  })),
  reconciled: z.array(z.object({ date: z.string(), low: z.number(), best: z.number(), high: z.number() })),
  reasons: z.array(z.string()),
  contradictions: z.object({ count: z.number().int(), latest: z.array(ContradictionSchema) }),
}).meta({ id: 'SeriesChart' });

/** One cell of the overview: a subject × metric with its latest reconciled figure. */
export const OverviewRowSchema = z.object({
  subject: z.string(),
  country: z.string().nullable(),
  group: z.enum(GROUPS),
  metric: z.enum(METRICS),
  claimCount: z.number().int(),
  sourceCount: z.number().int(),
  latest: z.object({ date: z.string(), low: z.number(), best: z.number(), high: z.number() }).nullable(),
});

export const OverviewResponseSchema = z.object({ rule: z.enum(RULES), rows: z.array(OverviewRowSchema) });
