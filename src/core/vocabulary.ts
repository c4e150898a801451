/**
 * The claim's fixed vocabularies (what is counted, of whom, on whose word), apart from the zod
 * schemas of claim.ts, which re-exports them: the ledger, the series and their CLI verbs read
 * these lists, and importing them from here does not load zod (790 KB of JavaScript to compile
 * at the start of every `tally series`, ~30 ms of CPU).
 */
export const METRICS = ['killed', 'wounded', 'casualties', 'captured', 'missing', 'deployed', 'displaced', 'detained'] as const;
export type Metric = (typeof METRICS)[number];

export const GROUPS = ['military', 'civilian', 'workers', 'people'] as const;
export type Group = (typeof GROUPS)[number];

export const SOURCE_KINDS = [
  'government', 'military', 'intelligence', 'legislator', 'official', 'media',
  'ngo', 'international', 'expert', 'witness', 'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
