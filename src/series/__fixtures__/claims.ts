/**
 * Hand-built stored claims for the series tests: a short line per claim instead of a page of
 * fields. Defaults describe North Korean troops killed, stated by KR intelligence.
 */
import type { Period, SourceLink } from '../../core/claim.ts';
import type { SeriesClaim } from '../types.ts';

export const KR_NIS: SourceLink = { name: 'the National Intelligence Service', country: 'KR', kind: 'intelligence', id: 'kr-nis' };
export const UA_MIL: SourceLink = { name: "Ukraine's military intelligence", country: 'UA', kind: 'intelligence', id: 'ua-hur' };
export const US_DOD: SourceLink = { name: 'the Pentagon', country: 'US', kind: 'military', id: 'us-dod' };
export const UK_MOD: SourceLink = { name: 'British defence intelligence', country: 'GB', kind: 'military', id: 'gb-mod' };

export interface ClaimSketch {
  min: number | null;
  max?: number | null;
  /** Origin link; null for the outlet's own voice. */
  origin?: SourceLink | null;
  asOf?: string | null;
  publisher?: string;
  documentId?: string;
  hedged?: boolean;
  approximate?: boolean;
  period?: Period;
  metric?: SeriesClaim['metric'];
  country?: string | null;
  group?: SeriesClaim['subject']['group'];
  status?: SeriesClaim['status'];
  section?: SeriesClaim['section'];
  current?: boolean;
  published?: string | null;
}

let counter = 0;

/** One stored claim from a sketch. */
export function claim(s: ClaimSketch): SeriesClaim {
  counter += 1;
  const origin = s.origin === undefined ? KR_NIS : s.origin;
  const text = `sentence ${counter}`;
  return {
    id: `c${counter}`,
    documentId: s.documentId ?? `d${counter}`,
    metric: s.metric ?? 'killed',
    min: s.min,
    max: s.max === undefined ? s.min : s.max,
    approximate: s.approximate ?? false,
    subject: { text: 'North Korean troops', country: s.country === undefined ? 'KP' : s.country, group: s.group ?? 'military' },
    source: origin ? [origin] : [],
    originId: origin?.id ?? null,
    asOf: s.asOf === undefined ? '2025-01-01' : s.asOf,
    hedged: s.hedged ?? false,
    location: null,
    section: s.section ?? 'body',
    evidence: { start: 0, end: text.length, text },
    rule: 'test',
    period: s.period,
    status: s.status ?? 'unreviewed',
    current: s.current,
    publications: [{ publisher: s.publisher ?? 'Outlet', url: null, published: s.published === undefined ? '2025-01-01' : s.published, title: null }],
  };
}
