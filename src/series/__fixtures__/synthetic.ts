/**
 * A synthetic ledger for the series bench, the same for the same seed. It has many subject ×
 * metric series of very unequal size (a few long ones, a long tail of short ones). Every origin
 * states a running total that grows over time. Statements are repeated by several outlets on the
 * same day, some figures are hedged, some are ranges or "at least", and some cover a few days.
 * `syntheticDocuments` yields documents; `toSeriesClaims` and `toLedgerRecords` turn them into
 * the pure functions' input and the ledger's import records.
 */
import { GROUPS, METRICS, type Claim, type Group, type Metric, type SourceKind, type SourceLink } from '../../core/claim.ts';
import type { LedgerRecord } from '../../ledger/types.ts';
import type { SeriesClaim } from '../types.ts';
import { prng } from '../../../bench/generate-corpus.ts';

const COUNTRIES = ['UA', 'RU', 'KP', 'PS', 'IL', 'SD', 'CD', 'MM', 'SY', 'YE', 'ET', 'SO', 'ML', 'BF', 'NG', 'AF', 'IQ', 'LB', 'HT', 'MZ'];
const ORIGIN_KINDS: SourceKind[] = ['government', 'military', 'intelligence', 'ngo', 'international', 'official', 'media', 'expert'];
const PUBLISHERS = ['Harbour Wire', 'Seoul Ledger', 'Kyiv Bulletin', 'Thames Post', 'Nile Courier', 'Andes Herald', 'Baltic Daily', 'Sahel Tribune'];
const FIRST_DAY = Date.UTC(2022, 1, 24);
const DAYS = 1400;
const DAY_MS = 86_400_000;

/** One generated document: its publications and the claims it carries. */
export interface SyntheticDocument {
  id: string;
  text: string;
  publisher: string;
  published: string;
  claims: (SeriesClaim & { originId: string })[];
}

interface SeriesSpec {
  country: string;
  group: Group;
  metric: Metric;
  /** Running total on day 0 and its growth per day. */
  base: number;
  perDay: number;
  origins: { id: string; country: string; kind: SourceKind; bias: number; source: SourceLink[] }[];
  subject: Claim['subject'];
  /** Recent statements, reused as further reports of the same statement. */
  recent: { origin: number; day: number; min: number | null; max: number | null; approximate: boolean; hedged: boolean; interval: boolean }[];
}

/** Index of the first cumulative weight above r (binary search). */
function pick(cumulative: readonly number[], r: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] as number) > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const isoDay = (day: number): string => new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);

/**
 * `claims` claims in documents of 1–3 claims each. Series sizes follow Zipf's law over every
 * country × group × metric (20 × 4 × 8 = 640 series), so the largest holds about 1/7 of them.
 */
export function* syntheticDocuments(claims: number, seed = 7): Generator<SyntheticDocument> {
  const random = prng(seed);
  const specs: SeriesSpec[] = [];
  for (const country of COUNTRIES) {
    for (const group of GROUPS) {
      for (const metric of METRICS) {
        const origins = Array.from({ length: 3 + Math.floor(random() * 10) }, (_, i) => {
          const kind = ORIGIN_KINDS[Math.floor(random() * ORIGIN_KINDS.length)] as SourceKind;
          const from = COUNTRIES[Math.floor(random() * COUNTRIES.length)] as string;
          const id = `${from.toLowerCase()}-${kind}-${i}`;
          return { id, country: from, kind, bias: 0.5 + random(), source: [{ name: id, country: from, kind, id }] };
        });
        const subject = { text: `${country} ${group}`, country, group };
        specs.push({ country, group, metric, base: Math.floor(random() * 500), perDay: random() * 20, origins, recent: [], subject });
      }
    }
  }
  // Shuffle so that rank (and size) does not follow the country list.
  for (let i = specs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [specs[i], specs[j]] = [specs[j] as SeriesSpec, specs[i] as SeriesSpec];
  }
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= specs.length; rank++) cumulative.push((total += 1 / rank));
  let made = 0;
  let doc = 0;
  while (made < claims) {
    doc += 1;
    const publisher = PUBLISHERS[Math.floor(random() * PUBLISHERS.length)] as string;
    const count = Math.min(claims - made, 1 + Math.floor(random() * 3));
    const docClaims: SyntheticDocument['claims'] = [];
    let published = '';
    const publications = [{ publisher, url: `https://bench.example/d${doc}`, published: '', title: null }];
    for (let k = 0; k < count; k++) {
      const spec = specs[pick(cumulative, random() * total)] as SeriesSpec;
      // Half the claims are another outlet's report of a recent statement.
      const reuse = spec.recent.length > 0 && random() < 0.5;
      const st = reuse ? (spec.recent[Math.floor(random() * spec.recent.length)] as SeriesSpec['recent'][number]) : newStatement(spec, random);
      if (!reuse) {
        spec.recent.push(st);
        if (spec.recent.length > 8) spec.recent.shift();
      }
      const origin = spec.origins[st.origin] as SeriesSpec['origins'][number];
      const asOf = isoDay(st.day);
      if (asOf > published) published = asOf;
      const sentence = `Claim ${made + k} of document ${doc}.`;
      docClaims.push({
        id: `c${made + k}`, documentId: `d${doc}`, originId: origin.id, status: 'unreviewed', current: true, publications,
        metric: spec.metric, min: st.min, max: st.max, approximate: st.approximate,
        subject: spec.subject, source: origin.source,
        asOf, hedged: st.hedged || (reuse && random() < 0.05), location: null, section: 'body',
        evidence: { start: 0, end: sentence.length, text: sentence }, rule: 'synthetic',
        period: st.interval ? { kind: 'interval', from: isoDay(st.day - 3), to: asOf } : { kind: random() < 0.25 ? 'cumulative' : 'unknown' },
      });
    }
    made += count;
    (publications[0] as { published: string }).published = published;
    yield { id: `d${doc}`, text: `Synthetic document ${doc}.`, publisher, published, claims: docClaims };
  }
}

function newStatement(spec: SeriesSpec, random: () => number): SeriesSpec['recent'][number] {
  const origin = Math.floor(random() * spec.origins.length);
  const day = Math.floor(random() * DAYS);
  const bias = (spec.origins[origin] as SeriesSpec['origins'][number]).bias;
  const value = Math.max(1, Math.round((spec.base + spec.perDay * day) * bias * (0.9 + random() * 0.2)));
  const form = random();
  const interval = random() < 0.1;
  const hedged = random() < 0.1;
  if (form < 0.5) return { origin, day, min: value, max: value, approximate: false, hedged, interval };
  if (form < 0.75) return { origin, day, min: value, max: value, approximate: true, hedged, interval };
  if (form < 0.9) return { origin, day, min: value, max: null, approximate: false, hedged, interval };
  return { origin, day, min: value, max: Math.round(value * 1.3), approximate: false, hedged, interval };
}

/** The documents' claims as the series reads them from the ledger. */
export function toSeriesClaims(docs: Iterable<SyntheticDocument>): SeriesClaim[] {
  const out: SeriesClaim[] = [];
  for (const d of docs) for (const c of d.claims) out.push(c);
  return out;
}

/** The documents as ledger import records: sources first, then each document with its publication and claims. */
export function* toLedgerRecords(docs: Iterable<SyntheticDocument>): Generator<LedgerRecord> {
  const sources = new Set<string>();
  const at = '2026-01-01T00:00:00Z';
  for (const d of docs) {
    for (const c of d.claims) {
      const link = c.source[0];
      if (link?.id && !sources.has(link.id)) {
        sources.add(link.id);
        yield { type: 'source', id: link.id, name: link.name, kind: link.kind, country: link.country, mergedInto: null, aliases: [] };
      }
    }
    yield { type: 'document', id: d.id, text: d.text, title: null, supersedes: null, supersededBy: null, extractorVersion: 'bench', ingestedAt: at };
    yield {
      type: 'publication', id: `p${d.id}`, documentId: d.id, publisher: d.publisher, url: `https://bench.example/${d.id}`,
      published: d.published, title: null, origin: null, ingestedAt: at,
    };
    for (const { id, originId, documentId: _d, status: _s, current: _c, publications: _p, ...claim } of d.claims) {
      yield { type: 'claim', id, documentId: d.id, key: `${d.id}|${id}`, claim, sourceIds: [originId], extractorVersion: 'bench' };
    }
  }
}

/** A claim with the ids of its sources, as a variant below may change both. */
export interface VariedClaim { claim: Claim; sourceIds: string[] }
/** Every `every`-th claim is changed by `change` (the later variants of a list win). */
export type ClaimVariant = readonly [every: number, change: (c: VariedClaim) => void];

/**
 * Ledger records with every few claims changed into a form a reader must carry (own voice, no day,
 * open figures, periods …): each claim a copy, the other records as they are.
 */
export function* withVariants(records: Iterable<LedgerRecord>, variants: readonly ClaimVariant[]): Generator<LedgerRecord> {
  let i = 0;
  for (const r of records) {
    if (r.type !== 'claim') {
      yield r;
      continue;
    }
    i += 1;
    const varied: VariedClaim = { claim: { ...r.claim }, sourceIds: r.sourceIds };
    for (const [every, change] of variants) if (i % every === 0) change(varied);
    yield { ...r, claim: varied.claim, sourceIds: varied.sourceIds };
  }
}

