/**
 * The series over a real ledger (SQLite in memory): short articles ingested with their claims,
 * then read back through the adapter and the pure functions.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openLedger, type Ledger } from '../src/ledger/ledger.ts';
import { northKoreaDeployed, northKoreaKilled } from '../src/series/__fixtures__/articles.ts';
import { loadAllSeries, loadSeries, seriesKeys } from '../src/series/ledger-claims.ts';
import type { Series } from '../src/series/types.ts';

const KEY = { subject: 'KP/military', metric: 'killed' } as const;
let ledger: Ledger;

beforeAll(async () => {
  ledger = await openLedger(':memory:');
  for (const { article, extraction } of [...northKoreaKilled(), ...northKoreaDeployed()]) {
    await ledger.ingest(article, extraction, { origin: `${article.id}.txt` });
  }
});
afterAll(async () => ledger.close());

const figures = (s: Series) => s.points.map((p) => `${p.date} ${p.origin.country}-${p.origin.kind} ${p.min}-${p.max}`);

describe('KP/military killed from eight short articles', () => {
  test('one statement carried by two outlets is one point with both reports', async () => {
    const s = await loadSeries(ledger, KEY);
    expect(s.claimCount).toBe(8);
    const first = s.points[0];
    expect(first?.reports.map((r) => r.publisher).sort()).toEqual(['Harbour Wire', 'Seoul Ledger']);
    expect(first?.origin).toMatchObject({ country: 'KR', kind: 'intelligence', attributed: true });
    expect(figures(s)).toEqual([
      '2024-12-19 KR-intelligence 100-null',
      '2024-12-23 UA-intelligence 1000-null',
      '2025-01-13 KR-intelligence 300-300',
      '2025-01-20 US-military 40-40',
      '2025-03-01 GB-military 500-500',
      '2025-03-15 GB-military 400-400',
      '2025-04-30 KR-intelligence 600-600',
    ]);
  });

  test('the NIS revises up, the British ministry revises down and is flagged', async () => {
    const s = await loadSeries(ledger, KEY);
    const kr = s.sources.find((t) => t.origin.country === 'KR');
    expect(kr?.revisions.map((r) => r.change)).toEqual(['up', 'up']);
    const gb = s.sources.find((t) => t.origin.country === 'GB');
    expect(gb?.revisions).toEqual([expect.objectContaining({ change: 'down', flagged: true })]);
    expect(s.points.find((p) => p.min === 400)?.flags).toContain('revised-down');
  });

  test('figures below Ukraine\'s standing running total contradict it; the three-day count is compared with nothing', async () => {
    const s = await loadSeries(ledger, KEY);
    expect(s.contradictions.map((c) => `${c.date} ${c.kind}`)).toEqual([
      '2025-01-13 later-lower', '2025-03-01 later-lower', '2025-03-15 later-lower', '2025-04-30 later-lower',
    ]);
    const interval = s.points.find((p) => p.origin.country === 'US');
    expect(interval?.comparable).toBe('interval:2025-01-14..2025-01-16');
    expect(interval?.flags).toEqual([]);
    expect(s.reconciled.every((r) => !r.current.includes(interval?.id ?? ''))).toBe(true);
  });

  test.each([
    ['ucdp', [], '2025-04-30', { low: 400, best: 600, high: 1000 }],
    ['ucdp', [], '2025-03-01', { low: 300, best: 500, high: 1000 }],
    ['conservative', [], '2025-04-30', { low: 400, best: 400, high: 400 }],
    // The hedged British 500 is not credible to the conservative rule: the NIS's 300 is lower anyway.
    ['conservative', [], '2025-03-01', { low: 300, best: 300, high: 300 }],
    ['ucdp', ['hedged'], '2025-03-15', { low: 300, best: 400, high: 1000 }],
  ] as const)('%s excluding %j at %s', async (rule, exclude, date, expected) => {
    const s = await loadSeries(ledger, KEY, { rule, exclude });
    expect(s.reconciled.find((r) => r.date === date)).toMatchObject(expected);
  });

  test('leaving out hedged figures drops the dates only they spoke on', async () => {
    const all = await loadSeries(ledger, KEY);
    const stated = await loadSeries(ledger, KEY, { exclude: ['hedged'] });
    expect(all.reconciled.map((r) => r.date)).toContain('2025-03-01');
    expect(stated.reconciled.map((r) => r.date)).not.toContain('2025-03-01');
    expect(stated.excluded.hedged).toBe(1);
  });

  test('--all finds every series with enough claims; a subject with no claims gives an empty series', async () => {
    expect(await seriesKeys(ledger, 3)).toEqual([{ ...KEY, claims: 8 }, { subject: 'KP/military', metric: 'deployed', claims: 3 }]);
    expect(await seriesKeys(ledger, 4)).toEqual([{ ...KEY, claims: 8 }]);
    expect(await seriesKeys(ledger, 9)).toEqual([]);
    const all: Series[] = [];
    for await (const s of loadAllSeries(ledger, 3)) all.push(s);
    expect(all.map((s) => `${s.subject} ${s.metric} ${s.claimCount}`)).toEqual(['KP/military killed 8', 'KP/military deployed 3']);
    const deployed = all[1] as Series;
    expect(deployed.monotone).toBe(false);
    expect(deployed.sources[0]?.revisions.map((r) => `${r.change} ${r.flagged}`)).toEqual(['up false', 'down false']);
    expect(deployed.reconciled.at(-1)).toMatchObject({ low: 11000, best: 11000, high: 11000 });
    for await (const s of loadAllSeries(ledger, 4)) expect(s.metric).toBe('killed');
    const none = await loadSeries(ledger, { subject: 'RU/military', metric: 'killed' });
    expect(none).toMatchObject({ claimCount: 0, points: [], reconciled: [] });
  });

  test('a claim a reviewer rejects leaves the series', async () => {
    const s = await loadSeries(ledger, KEY);
    const gbDown = s.points.find((p) => p.min === 400);
    await ledger.review(gbDown?.reports[0]?.claimId ?? '', { kind: 'reject', reason: 'misread' }, 'tester');
    const after = await loadSeries(ledger, KEY);
    expect(after.excluded.rejected).toBe(1);
    expect(after.points.some((p) => p.min === 400)).toBe(false);
    expect(after.sources.find((t) => t.origin.country === 'GB')?.revisions).toEqual([]);
  });
});
