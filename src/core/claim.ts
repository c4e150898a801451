/**
 * The claim: the contract of `../shared/spec/claims.md`, as TypeScript types and zod schemas.
 * Every stage downstream of extraction (ledger, series, server, web) reads these shapes.
 */
import { z } from 'zod';
import { GROUPS, METRICS, SOURCE_KINDS } from './vocabulary.ts';

export { GROUPS, METRICS, SOURCE_KINDS };
export type { Group, Metric, SourceKind } from './vocabulary.ts';

export const SourceLinkSchema = z.object({
  name: z.string(),
  country: z.string().length(2).nullable(),
  kind: z.enum(SOURCE_KINDS),
  /** Canonical id of the institution in the gazetteer ("kr-nis"), when known. */
  id: z.string().optional(),
});
export type SourceLink = z.infer<typeof SourceLinkSchema>;

export const SubjectSchema = z.object({
  text: z.string(),
  country: z.string().length(2).nullable(),
  group: z.enum(GROUPS),
  /** A non-state force ("M23", "RSF") when the counted people belong to one. */
  actor: z.string().optional(),
});
export type Subject = z.infer<typeof SubjectSchema>;

export const SpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
export type Span = z.infer<typeof SpanSchema>;

export const EvidenceSchema = SpanSchema.extend({
  /** Further mentions of the same claim in the same document. */
  more: z.array(SpanSchema).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * What stretch of time a figure covers. `cumulative`: a running total ("so far", "since the war
 * began"); `interval`: a count over a bounded stretch ("in three days", "on Tuesday");
 * `unknown` when the text does not say.
 */
export const PeriodSchema = z.object({
  kind: z.enum(['cumulative', 'interval', 'unknown']),
  from: z.string().nullable().optional(),
  to: z.string().nullable().optional(),
  text: z.string().optional(),
});
export type Period = z.infer<typeof PeriodSchema>;

export const ClaimSchema = z.object({
  metric: z.enum(METRICS),
  min: z.number().int().nullable(),
  max: z.number().int().nullable(),
  approximate: z.boolean(),
  subject: SubjectSchema,
  source: z.array(SourceLinkSchema),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  hedged: z.boolean(),
  location: z.string().nullable(),
  section: z.enum(['title', 'body']),
  evidence: EvidenceSchema,
  /** Id of the extraction rule that produced the claim ("figure/digits+frame/passive-verb"). */
  rule: z.string(),
  period: PeriodSchema.optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const DocumentMetaSchema = z.object({
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable().optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

/** One output record per input article. */
export const ExtractionSchema = z.object({
  id: z.string().nullable(),
  document: DocumentMetaSchema,
  claims: z.array(ClaimSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
