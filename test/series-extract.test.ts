/**
 * The whole way: the fixture articles through the real extractor and the ledger into a series.
 * Asserts what the series must make of them whatever small choices the extractor makes: one
 * statement carried by two outlets is one point, the NIS's revisions, the contradiction with
 * Ukraine's standing total, and the three-day count kept out of the reconciled band.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { openLedger, type Ledger } from '../src/ledger/ledger.ts';
import { northKoreaKilled } from '../src/series/__fixtures__/articles.ts';
import { loadSeries } from '../src/series/ledger-claims.ts';
import type { Series } from '../src/series/types.ts';

let ledger: Ledger;
let series: Series;

beforeAll(async () => {
  ledger = await openLedger(':memory:');
  for (const { article } of northKoreaKilled()) await ledger.ingest(article, extract(article));
  series = await loadSeries(ledger, { subject: 'KP/military', metric: 'killed' });
});
afterAll(async () => ledger.close());

describe('KP/military killed, extracted', () => {
  test('the first NIS statement, carried by two outlets in other words, is one point', () => {
    const first = series.points[0];
    expect(first).toMatchObject({ date: '2024-12-19', min: 100, max: null, origin: { country: 'KR', kind: 'intelligence' } });
    expect(first?.reports.map((r) => r.publisher).sort()).toEqual(['Harbour Wire', 'Seoul Ledger']);
  });

  test('the NIS revises its figure up twice and its latest is ~600', () => {
    const nis = series.sources.find((t) => t.origin.country === 'KR' && t.origin.kind === 'intelligence');
    expect(nis?.revisions.map((r) => r.change)).toEqual(['up', 'up']);
    const latest = series.points.find((p) => p.id === nis?.latest);
    expect(latest).toMatchObject({ date: '2025-04-30', min: 600, max: 600, approximate: true });
  });

  test('the NIS\'s 300 contradicts Ukraine\'s standing "more than 1,000"', () => {
    const c = series.contradictions.find((x) => x.date === '2025-01-13');
    expect(c?.kind).toBe('later-lower');
    expect(c?.reason).toContain('≥1,000');
  });

  test('the Pentagon\'s three-day count stays out of the reconciled band, which ends at 400 / 600 / 1,000', () => {
    const pentagon = series.points.find((p) => p.origin.country === 'US');
    expect(pentagon?.period.kind).toBe('interval');
    expect(series.reconciled.some((r) => r.current.includes(pentagon?.id ?? ''))).toBe(false);
    expect(series.reconciled.at(-1)).toMatchObject({ date: '2025-04-30', low: 400, best: 600, high: 1000 });
  });
});
