/**
 * The summary computed from the lean read (summarize.ts) against the summary of the whole series
 * (build.ts, then summary.ts): generated series crowded on purpose (few days, few figures, many
 * origins, documents that repeat) so that points gather many reports, origins state several
 * figures a day, periods of one point disagree and ties fall every way; and the synthetic
 * ledger's series. The ledger's own lean read is held to the same on both engines in
 * test/series-summaries.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Period } from '../core/claim.ts';
import { buildSeries, subjectKey } from './build.ts';
import { FIGURE_TEXT, type FigureRow } from '../ledger/series-figures.ts';
import { figuresOfClaims } from './claim-figures.ts';
import { syntheticDocuments, toSeriesClaims } from './__fixtures__/synthetic.ts';
import { RULE_IDS, ruleById } from './rules/index.ts';
import { summarizeFigures, tallyFigures } from './summarize.ts';
import { reconcileTally, summaryOf, type SummaryTally } from './summary.ts';
import type { SeriesClaim, SeriesOptions } from './types.ts';

const OPTIONS: SeriesOptions[] = [
  {},
  { rule: 'conservative' },
  { unknownPeriod: 'skip', includeTitles: true },
  { rule: 'conservative', exclude: ['hedged', 'unattributed'] },
];

async function expectSameSummary(claims: SeriesClaim[], key: { subject: string; metric: SeriesClaim['metric'] }): Promise<void> {
  for (const options of OPTIONS) {
    // From the rows, and from the text SQLite's read gives (FIGURE_TEXT).
    for (const text of [false, true]) {
      const fast = await summarizeFigures(figuresOfClaims(claims, { text }), key, options);
      // Whether the whole series lists its reports or only counts them, it counts the same.
      for (const listed of [false, true]) expect(fast).toEqual(summaryOf(buildSeries(claims, key, { ...options, explain: !listed, reports: listed })));
    }
    // The line before its reconciliation, as the ledger keeps it (JSON), serves every rule: the
    // rule changes nothing but the last date's low / best / high and the explanation.
    const kept = JSON.parse(JSON.stringify(await tallyFigures(figuresOfClaims(claims, { text: true }), key, options))) as SummaryTally;
    for (const rule of RULE_IDS) expect(reconcileTally(kept, ruleById(rule))).toEqual(summaryOf(buildSeries(claims, key, { ...options, rule })));
  }
}

const PERIODS: (Period | undefined)[] = [
  undefined, { kind: 'unknown' }, { kind: 'cumulative' }, { kind: 'cumulative', from: '2024-01-01', text: 'since January' },
  { kind: 'interval', from: '2025-01-01', to: '2025-01-03' }, { kind: 'interval', from: '2025-01-02', to: '2025-01-03' },
  { kind: 'interval', from: '2025-01-01' }, { kind: 'interval' },
];
const PUBLISHED = ['2025-01-01', '2025-01-02T08:00:00Z', 'yesterday', null];

/** A document: its publications (one to three, or none), shared by all its claims. */
const documentArb = fc.array(fc.record({
  publisher: fc.constantFrom('Wire A', 'Wire B', null),
  url: fc.constantFrom('https://a.example/1', 'https://b.example/2', null),
  published: fc.constantFrom(...PUBLISHED),
}), { maxLength: 3 });

/** Claims over `days` days, `origins` origins and figures up to `figures`: the smaller, the more claims share a point. */
const claimArb = (days: number, origins: number, figures: number) => fc.record({
  document: fc.nat(7),
  day: fc.option(fc.integer({ min: 1, max: days }), { freq: 6 }),
  origin: fc.option(fc.nat(origins - 1), { freq: 8 }),
  min: fc.option(fc.integer({ min: 1, max: figures }), { freq: 8 }),
  spread: fc.option(fc.integer({ min: 0, max: 3 }), { freq: 3 }),
  hedged: fc.boolean(),
  title: fc.boolean(),
  status: fc.constantFrom('unreviewed', 'verified', 'rejected', 'corrected'),
  current: fc.constantFrom(true, true, true, false, undefined),
  period: fc.nat(PERIODS.length - 1),
});

type DocumentSketch = typeof documentArb extends fc.Arbitrary<infer T> ? T : never;
type ClaimSketch = ReturnType<typeof claimArb> extends fc.Arbitrary<infer T> ? T : never;

function claimsOf(documents: DocumentSketch[], sketches: ClaimSketch[], metric: SeriesClaim['metric']): SeriesClaim[] {
  return sketches.map((s, i) => {
    const documentId = `d${s.document % Math.max(1, documents.length)}`;
    const origin = s.origin === null ? null : { name: `origin ${s.origin}`, country: 'UA', kind: 'government' as const, id: `o-${s.origin}` };
    // Some attributed claims carry no entity id: their origin is the link's country and kind.
    const originId = origin && s.origin !== null && s.origin % 5 !== 0 ? origin.id : null;
    const max = s.spread === null ? null : (s.min ?? 1) + s.spread;
    return {
      id: `c${i}`, documentId, metric, min: s.min, max, approximate: false,
      subject: { text: 'troops', country: 'KP', group: 'military' }, source: origin ? [origin] : [], originId,
      asOf: s.day === null ? null : `2025-01-0${s.day}`, hedged: s.hedged, location: null, section: s.title ? 'title' : 'body',
      evidence: { start: 0, end: 1, text: 'x' }, rule: 'test', period: PERIODS[s.period], status: s.status, current: s.current,
      publications: (documents[s.document % Math.max(1, documents.length)] ?? []).map((p) => ({ ...p, title: null })),
    };
  });
}

describe('the summary from the lean read equals the summary of the whole series', () => {
  test.each([
    ['killed', 4, 20, 6],
    ['deployed', 4, 20, 6],
    // A handful of points, each with many claims: their periods and hedges disagree.
    ['killed', 2, 3, 2],
    ['deployed', 1, 2, 1],
  ] as const)('generated crowded series of %s (%i days, %i origins, figures up to %i)', async (metric, days, origins, figures) => {
    const claims = fc.array(claimArb(days, origins, figures), { maxLength: 120 });
    await fc.assert(fc.asyncProperty(fc.array(documentArb, { minLength: 1, maxLength: 8 }), claims, async (documents, sketches) => {
      await expectSameSummary(claimsOf(documents, sketches, metric), { subject: 'KP/military', metric });
    }), { numRuns: 300 });
  });

  test('periods of one point tied in count: the first to reach the count wins, so the point is a total', async () => {
    const periods = [2, 4, 2, 4, 0];
    const sketches = periods.map((period, i): ClaimSketch => ({
      document: i, day: 1, origin: 1, min: 5, spread: 0, hedged: false, title: false, status: 'unreviewed', current: true, period,
    }));
    const claims = claimsOf([[{ publisher: 'Wire A', url: null, published: '2025-01-01' }]], sketches, 'killed');
    const fast = await summarizeFigures(figuresOfClaims(claims), { subject: 'KP/military', metric: 'killed' });
    expect(fast.latest).toEqual({ date: '2025-01-01', low: 5, best: 5, high: 5 });
    await expectSameSummary(claims, { subject: 'KP/military', metric: 'killed' });
    // The other way round, the stretch of days wins: no total is left to reconcile.
    const swapped = claimsOf([[]], periods.map((p, i) => ({ ...(sketches[i] as ClaimSketch), period: p === 2 ? 4 : p === 4 ? 2 : p })), 'killed');
    expect((await summarizeFigures(figuresOfClaims(swapped), { subject: 'KP/military', metric: 'killed' })).latest).toBeNull();
    await expectSameSummary(swapped, { subject: 'KP/military', metric: 'killed' });
  });

  test('more than sixteen origins a day and sixteen figures an origin (the hashed lookups)', async () => {
    const sketches = Array.from({ length: 400 }, (_, i): ClaimSketch => ({
      document: i % 7, day: 1 + (i % 2), origin: i % 23, min: 1 + ((i * 7) % 41), spread: i % 3 === 0 ? null : i % 4,
      hedged: i % 5 === 0, title: false, status: 'unreviewed', current: true, period: i % PERIODS.length,
    }));
    await expectSameSummary(claimsOf([[{ publisher: 'Wire A', url: null, published: '2025-01-01' }]], sketches, 'killed'), { subject: 'KP/military', metric: 'killed' });
  });

  test('statement days not written YYYY-MM-DD sort and group as their texts do', async () => {
    const days = ['2025-01-02', '2025-1-3', '2025-01-02T00:00', '', '2025-01-10', '2024-12-31', '20250102', '2025-01-02'];
    const sketches = Array.from({ length: 160 }, (_, i): ClaimSketch => ({
      document: i % 5, day: 1, origin: i % 4, min: 1 + ((i * 3) % 7), spread: i % 2, hedged: i % 6 === 0, title: false,
      status: 'unreviewed', current: true, period: i % PERIODS.length,
    }));
    const claims = claimsOf([[{ publisher: 'Wire A', url: null, published: '2025-01-01' }]], sketches, 'killed')
      .map((c, i) => ({ ...c, asOf: days[i % days.length] as string }));
    await expectSameSummary(claims, { subject: 'KP/military', metric: 'killed' });
  });

  test('thousands of points in one series (the point hash grows)', async () => {
    const sketches = Array.from({ length: 3000 }, (_, i): ClaimSketch => ({
      document: i % 8, day: 1 + (i % 9), origin: i % 7, min: 1 + ((i * 37) % 997), spread: i % 3 === 0 ? null : i % 4,
      hedged: i % 5 === 0, title: false, status: 'unreviewed', current: true, period: i % PERIODS.length,
    }));
    await expectSameSummary(claimsOf([[{ publisher: 'Wire A', url: null, published: '2025-01-01' }]], sketches, 'killed'), { subject: 'KP/military', metric: 'killed' });
  });

  test('a text with what only the rows tell exactly (a figure with a fraction or past 15 digits, a separator in an id): the rows are filed', async () => {
    const base = Array.from({ length: 40 }, (_, i): ClaimSketch => ({
      document: i % 5, day: 1 + (i % 3), origin: i % 4, min: 1 + (i % 6), spread: i % 2, hedged: i % 7 === 0, title: false,
      status: 'unreviewed', current: true, period: i % PERIODS.length,
    }));
    const claims = claimsOf([[{ publisher: 'Wire A', url: null, published: '2025-01-01' }]], base, 'killed');
    const odd: [string, (c: SeriesClaim) => SeriesClaim][] = [
      ['a fraction', (c) => ({ ...c, min: 2.5, max: 3 })],
      ['sixteen digits', (c) => ({ ...c, min: 2 ** 53 + 2, max: 2 ** 53 + 2 })],
      ['a separator in a document id', (c) => ({ ...c, documentId: `d1${FIGURE_TEXT.field}x` })],
      ['a line separator in an origin', (c) => ({ ...c, originId: `o-1${FIGURE_TEXT.line}x` })],
    ];
    for (const [, change] of odd) {
      const changed = claims.map((c, i) => (i === 17 ? change(c) : c));
      const figures = figuresOfClaims(changed, { text: true });
      let rowsRead = 0;
      const rows = figures.rows;
      const counted = { ...figures, rows: { [Symbol.iterator]: () => ((rowsRead += 1), rows[Symbol.iterator]()) } };
      expect(await summarizeFigures(counted, { subject: 'KP/military', metric: 'killed' })).toEqual(summaryOf(buildSeries(changed, { subject: 'KP/military', metric: 'killed' })));
      expect(rowsRead).toBe(1);
    }
    // And a text of whole figures is read alone.
    const figures = figuresOfClaims(claims, { text: true });
    const unread = { ...figures, rows: { [Symbol.iterator]: (): Iterator<FigureRow> => { throw new Error('rows read'); } } };
    expect(await summarizeFigures(unread, { subject: 'KP/military', metric: 'killed' })).toEqual(summaryOf(buildSeries(claims, { subject: 'KP/military', metric: 'killed' })));
  });

  test('every series of the synthetic ledger', async () => {
    const bySeries = new Map<string, SeriesClaim[]>();
    for (const c of toSeriesClaims(syntheticDocuments(20_000, 3))) {
      const id = `${subjectKey(c)} ${c.metric}`;
      const list = bySeries.get(id);
      if (list) list.push(c);
      else bySeries.set(id, [c]);
    }
    expect(bySeries.size).toBeGreaterThan(300);
    for (const [id, claims] of bySeries) {
      const [subject, metric] = id.split(' ') as [string, SeriesClaim['metric']];
      await expectSameSummary(claims, { subject, metric });
    }
  });
});
