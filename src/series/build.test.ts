import { describe, expect, test } from 'vitest';
import { buildAllSeries, buildSeries } from './build.ts';
import { claim, KR_NIS, UA_MIL, UK_MOD, US_DOD } from './__fixtures__/claims.ts';
import type { SeriesClaim, SeriesOptions } from './types.ts';

const KEY = { subject: 'KP/military', metric: 'killed' } as const;
const build = (claims: SeriesClaim[], options: SeriesOptions = {}) => buildSeries(claims, KEY, options);

describe('one statement, many reports', () => {
  test('the same figure, origin and day from three outlets is one point with three reports', () => {
    const s = build([
      claim({ min: 600, publisher: 'Reuters' }),
      claim({ min: 600, publisher: 'AP', approximate: true }),
      claim({ min: 600, publisher: 'Yonhap' }),
    ]);
    expect(s.points).toHaveLength(1);
    expect(s.points[0]?.reports.map((r) => r.publisher)).toEqual(['Reuters', 'AP', 'Yonhap']);
    expect(s.points[0]?.approximate).toBe(true);
  });

  test.each([
    ['another day', { asOf: '2025-01-02' }],
    ['another figure', { min: 601 }],
    ['another origin', { origin: UA_MIL }],
  ])('%s makes another point', (_name, change) => {
    const s = build([claim({ min: 600 }), claim({ min: 600, ...change })]);
    expect(s.points).toHaveLength(2);
  });

  test('one document syndicated by two outlets gives two reports; its headline adds none', () => {
    const body = claim({ min: 600, documentId: 'doc' });
    body.publications.push({ publisher: 'Other', url: 'https://o.example/1', published: '2025-01-01', title: null });
    const title = { ...claim({ min: 600, documentId: 'doc' }), publications: body.publications };
    const s = build([body, title], { includeTitles: true });
    expect(s.points[0]?.reports).toHaveLength(2);
  });

  test.each([
    [[true, true], true],
    [[true, false], false],
  ])('hedges %j make the point hedged=%s', (hedges, hedged) => {
    const s = build(hedges.map((h) => claim({ min: 600, hedged: h })));
    expect(s.points[0]?.hedged).toBe(hedged);
  });

  test('a claim with no asOf is dated by its first publication', () => {
    const s = build([claim({ min: 10, asOf: null, published: '2025-02-03T10:00:00' })]);
    expect(s.points[0]).toMatchObject({ date: '2025-02-03', dateFrom: 'published' });
  });
});

describe('per source revisions', () => {
  test.each([
    ['up', { min: 100 }, { min: 300 }, 'up', false],
    ['down', { min: 300 }, { min: 200 }, 'down', true],
    ['same', { min: 300 }, { min: 300 }, 'same', false],
    ['overlap', { min: 100, max: 400 }, { min: 300 }, 'overlap', false],
    ['at least, then higher', { min: 100, max: null }, { min: 150, max: null }, 'up', false],
  ] as const)('%s', (_n, first, second, change, flagged) => {
    const s = build([claim({ ...first, asOf: '2025-01-01' }), claim({ ...second, asOf: '2025-03-01' })]);
    const track = s.sources[0];
    expect(track?.revisions).toEqual([expect.objectContaining({ change, flagged })]);
    expect(track?.latest).toBe(s.points[1]?.id);
    expect(s.points[1]?.flags.includes('revised-down')).toBe(flagged);
  });

  test('a level (deployed) that falls is a revision, not a flag', () => {
    const claims = [claim({ min: 11000, metric: 'deployed' }), claim({ min: 8000, metric: 'deployed', asOf: '2025-05-01' })];
    const s = buildSeries(claims, { subject: 'KP/military', metric: 'deployed' });
    expect(s.monotone).toBe(false);
    expect(s.sources[0]?.revisions[0]).toMatchObject({ change: 'down', flagged: false });
    expect(s.points[1]?.flags).toEqual([]);
  });

  test('two figures from one origin on one day: the unhedged one stands', () => {
    const s = build([claim({ min: 900, hedged: true }), claim({ min: 500 })]);
    const standing = s.points.filter((p) => p.primary).map((p) => p.min);
    expect(standing).toEqual([500]);
    expect(s.reconciled[0]).toMatchObject({ low: 500, best: 500, high: 500 });
  });

  test('the latest figure supersedes the earlier one in the reconciled set', () => {
    const s = build([claim({ min: 100, asOf: '2025-01-01' }), claim({ min: 300, asOf: '2025-02-01' })]);
    expect(s.reconciled.map((r) => r.best)).toEqual([100, 300]);
  });
});

describe('contradictions across sources', () => {
  test.each([
    ['disjoint the same day', [{ min: 100 }, { min: 300, origin: UA_MIL }], ['same-date']],
    ['overlapping ranges the same day', [{ min: 100, max: 400 }, { min: 300, origin: UA_MIL }], []],
    ['open upper end reaches the other', [{ min: 100, max: null }, { min: 300, origin: UA_MIL }], ['same-date']],
    ['later lower than another standing total', [{ min: 3000, origin: UA_MIL }, { min: 600, asOf: '2025-02-01' }], ['later-lower']],
    ['later higher is growth', [{ min: 600 }, { min: 3000, origin: UA_MIL, asOf: '2025-02-01' }], []],
    ['interval vs total is not compared', [{ min: 3000 }, { min: 10, origin: UA_MIL, period: { kind: 'interval', from: '2024-12-29', to: '2025-01-01' } }], []],
    ['same interval, disjoint counts', [
      { min: 50, period: { kind: 'interval', from: '2024-12-29', to: '2025-01-01' } },
      { min: 200, origin: UA_MIL, period: { kind: 'interval', from: '2024-12-29', to: '2025-01-01' } },
    ], ['same-interval']],
    ['different intervals are not compared', [
      { min: 50, period: { kind: 'interval', from: '2024-12-29', to: '2025-01-01' } },
      { min: 200, origin: UA_MIL, period: { kind: 'interval', from: '2024-12-01', to: '2025-01-01' } },
    ], []],
  ] as const)('%s', (_name, sketches, kinds) => {
    const s = build(sketches.map((x) => claim(x)));
    expect(s.contradictions.map((c) => c.kind)).toEqual(kinds);
    for (const c of s.contradictions) {
      expect(s.points.find((p) => p.id === c.a)?.flags).toContain('contradicted');
      expect(s.points.find((p) => p.id === c.b)?.flags).toContain('contradicted');
    }
  });

  test('a level stated lower later by another source is no contradiction', () => {
    const claims = [claim({ min: 11000, metric: 'deployed', origin: UA_MIL }), claim({ min: 8000, metric: 'deployed', asOf: '2025-05-01' })];
    expect(buildSeries(claims, { subject: 'KP/military', metric: 'deployed' }).contradictions).toEqual([]);
  });

  test('a source that revised itself down is compared by its current figure', () => {
    const s = build([
      claim({ min: 5000, origin: UA_MIL, asOf: '2025-01-01' }),
      claim({ min: 500, origin: UA_MIL, asOf: '2025-01-15' }),
      claim({ min: 600, asOf: '2025-02-01' }),
    ]);
    // Against the standing 500 the later 600 is growth; against the withdrawn 5,000 it would not be.
    expect(s.contradictions).toEqual([]);
    expect(s.sources.find((t) => t.origin.key === 'ua-hur')?.revisions[0]).toMatchObject({ change: 'down', flagged: true });
  });
});

describe('reconciled low / best / high', () => {
  const three = () => [
    claim({ min: 600, origin: KR_NIS, asOf: '2025-03-01' }),
    claim({ min: 1000, max: 2000, origin: US_DOD, asOf: '2025-03-01' }),
    claim({ min: 3800, origin: UA_MIL, hedged: true, asOf: '2025-03-01' }),
  ];

  test.each([
    ['ucdp', {}, { low: 600, best: 1500, high: 3800 }],
    ['conservative', {}, { low: 600, best: 600, high: 600 }],
    ['ucdp', { exclude: ['hedged'] }, { low: 600, best: 1050, high: 2000 }],
  ] as const)('%s %j', (rule, extra, expected) => {
    const s = build(three(), { rule, ...extra });
    expect(s.reconciled).toHaveLength(1);
    expect(s.reconciled[0]).toMatchObject(expected);
    expect(s.reconciled[0]?.reasons.length).toBeGreaterThan(1);
    expect(s.rule.id).toBe(rule);
  });

  test('conservative skips hedged figures while a stated one stands, uses them when all are hedged', () => {
    const mixed = build([claim({ min: 100, hedged: true, origin: UA_MIL }), claim({ min: 600 })], { rule: 'conservative' });
    expect(mixed.reconciled[0]).toMatchObject({ low: 600, best: 600 });
    const hedgedOnly = build([claim({ min: 100, hedged: true, origin: UA_MIL }), claim({ min: 600, hedged: true })], { rule: 'conservative' });
    expect(hedgedOnly.reconciled[0]).toMatchObject({ low: 100, best: 100 });
  });

  test('a range: conservative takes its lower end, with the upper end as high', () => {
    const s = build([claim({ min: 10000, max: 12000 })], { rule: 'conservative' });
    expect(s.reconciled[0]).toMatchObject({ low: 10000, best: 10000, high: 12000 });
  });

  test('one source only: every rule gives that source\'s figure at each of its dates', () => {
    const claims = [claim({ min: 100, asOf: '2025-01-01' }), claim({ min: 300, asOf: '2025-02-01' })];
    for (const rule of ['ucdp', 'conservative'] as const) {
      const s = build(claims, { rule });
      expect(s.reconciled.map((r) => [r.date, r.low, r.best, r.high])).toEqual([
        ['2025-01-01', 100, 100, 100], ['2025-02-01', 300, 300, 300],
      ]);
    }
  });

  test('an earlier figure of another source stays current until that source speaks again', () => {
    const s = build([
      claim({ min: 100, origin: UK_MOD, asOf: '2025-01-01' }),
      claim({ min: 300, asOf: '2025-02-01' }),
      claim({ min: 500, origin: UK_MOD, asOf: '2025-03-01' }),
    ], { rule: 'ucdp' });
    expect(s.reconciled.map((r) => [r.low, r.best, r.high])).toEqual([[100, 100, 100], [100, 200, 300], [300, 400, 500]]);
  });

  test('interval figures are shown but never reconciled with totals', () => {
    const s = build([claim({ min: 600 }), claim({ min: 40, origin: UA_MIL, period: { kind: 'interval', from: '2024-12-30', to: '2025-01-01' } })]);
    expect(s.points).toHaveLength(2);
    expect(s.reconciled[0]).toMatchObject({ low: 600, high: 600 });
  });

  test.each([
    ['cumulative', 1],
    ['skip', 0],
  ] as const)('unknown period treated as %s gives %i reconciled rows', (unknownPeriod, rows) => {
    expect(build([claim({ min: 600 })], { unknownPeriod }).reconciled).toHaveLength(rows);
  });
});

describe('what is left out', () => {
  test.each([
    ['rejected', { status: 'rejected' }, {}, 'rejected'],
    ['superseded', { current: false }, {}, 'superseded'],
    ['titles', { section: 'title' }, {}, 'titles'],
    ['hedged on request', { hedged: true }, { exclude: ['hedged'] }, 'hedged'],
    ['unattributed on request', { origin: null }, { exclude: ['unattributed'] }, 'unattributed'],
    ['undated', { asOf: null, published: null }, {}, 'undated'],
    ['no figure', { min: null, max: null }, {}, 'noFigure'],
  ] as const)('%s', (_name, sketch, options, counter) => {
    const s = build([claim({ min: 5, ...sketch }), claim({ min: 7 })], options);
    expect(s.points.map((p) => p.min)).toEqual([7]);
    expect(s.excluded[counter]).toBe(1);
    expect(s.claimCount).toBe(2);
  });

  test('an unattributed claim is the outlet\'s own voice, one origin per outlet', () => {
    const s = build([claim({ min: 5, origin: null, publisher: 'A' }), claim({ min: 5, origin: null, publisher: 'B' })]);
    expect(s.points.map((p) => p.origin.key)).toEqual(['outlet:a', 'outlet:b']);
    expect(s.points.every((p) => !p.origin.attributed)).toBe(true);
  });

  test('no claims: an empty series', () => {
    const s = build([]);
    expect(s).toMatchObject({ claimCount: 0, points: [], sources: [], contradictions: [], reconciled: [] });
  });

  test('claims of another subject or metric are ignored', () => {
    const s = build([claim({ min: 5, metric: 'wounded' }), claim({ min: 5, country: 'RU' }), claim({ min: 6 })]);
    expect(s.claimCount).toBe(1);
  });
});

describe('explain', () => {
  test('explain: false leaves the words out and every figure as it was', () => {
    const claims = [claim({ min: 3000, origin: UA_MIL }), claim({ min: 600, asOf: '2025-02-01' })];
    const worded = build(claims);
    const bare = build(claims, { explain: false });
    expect(worded.contradictions[0]?.reason).toMatch(/cannot fall below 3,000/);
    expect(worded.reconciled[1]?.reasons).toHaveLength(3);
    expect(bare.contradictions.map((c) => c.reason)).toEqual(['']);
    expect(bare.reconciled.every((r) => r.reasons.length === 0)).toBe(true);
    const strip = (s: typeof worded) => ({ ...s, contradictions: s.contradictions.map((c) => ({ ...c, reason: '' })), reconciled: s.reconciled.map((r) => ({ ...r, reasons: [] })) });
    expect(strip(bare)).toEqual(strip(worded));
  });
});

test('reports: false keeps the counts (headline and body of one publication still one) and lists none', () => {
  const body = claim({ min: 600, documentId: 'doc' });
  const title = { ...claim({ min: 600, documentId: 'doc' }), section: 'title' as const };
  const claims = [body, title, claim({ min: 600, publisher: 'AP' }), claim({ min: 900, asOf: '2025-02-01' })];
  const full = build(claims, { includeTitles: true });
  const counted = build(claims, { includeTitles: true, reports: false });
  expect(full.points.map((p) => [p.reportCount, p.reports.length])).toEqual([[2, 2], [1, 1]]);
  expect(counted.points.map((p) => [p.reportCount, p.reports.length])).toEqual([[2, 0], [1, 0]]);
});

describe('every series', () => {
  test('groups by subject × metric and keeps those with at least N claims, largest first', () => {
    const claims = [
      claim({ min: 1 }), claim({ min: 2 }), claim({ min: 3 }),
      claim({ min: 1, metric: 'deployed' }), claim({ min: 2, metric: 'deployed' }),
      claim({ min: 1, country: null, group: 'civilian' }),
    ];
    expect(buildAllSeries(claims, 2).map((s) => `${s.subject} ${s.metric} ${s.claimCount}`)).toEqual([
      'KP/military killed 3', 'KP/military deployed 2',
    ]);
    expect(buildAllSeries(claims, 1).map((s) => s.subject)).toContain('-/civilian');
  });
});
