import { describe, expect, test } from 'vitest';
import type { SourceLink } from '../core/claim.ts';
import { isDescription, SourceResolver, type GazetteerEntry } from './entities.ts';

const GAZETTEER: GazetteerEntry[] = [
  { id: 'kr-nis', name: 'National Intelligence Service', aliases: ['NIS', "South Korea's spy agency"], country: 'KR', kind: 'intelligence' },
  { id: 'ua-gs', name: 'General Staff', aliases: ["Ukraine's General Staff"], country: 'UA', kind: 'military' },
  { id: 'ru-gs', name: 'General Staff', aliases: [], country: 'RU', kind: 'military' },
  { id: 'fr-president', name: 'Claire Duval', aliases: [], country: 'FR', kind: 'government', person: true },
];

describe('isDescription', () => {
  test.each([
    ['South Korean lawmakers', true],
    ["the country's intelligence agency", true],
    ["South Korea's spy agency", true],
    ['U.S. officials', true],
    ['local officials', true],
    ['NIS', false],
    ['National Intelligence Service', false],
    ["Ukraine's General Staff", false],
    ['President Volodymyr Zelensky', false],
  ])('%s → %s', (name, expected) => {
    expect(isDescription(name)).toBe(expected);
  });
});

describe('SourceResolver', () => {
  const resolver = new SourceResolver(GAZETTEER, { 'the spy service': 'kr-nis', 'kr-official': 'kr-government' });
  const link = (name: string, country: string | null, kind: SourceLink['kind'], id?: string): SourceLink => ({ name, country, kind, ...(id ? { id } : {}) });

  test.each([
    [link('NIS', 'KR', 'intelligence'), 'kr-nis'],
    [link('the National Intelligence Service', 'KR', 'intelligence'), 'kr-nis'],
    [link("the country's intelligence agency", 'KR', 'intelligence'), 'kr-nis'],
    [link('the spy service', 'KR', 'intelligence'), 'kr-nis'],
    [link('General Staff', 'RU', 'military'), 'ru-gs'],
    [link('General Staff', 'UA', 'military'), 'ua-gs'],
    [link('Somebody Else', 'KR', 'intelligence', 'kr-nis'), 'kr-nis'],
    [link('South Korean lawmakers', 'KR', 'legislator'), 'kr-legislator'],
    [link('South Korean officials', 'KR', 'official'), 'kr-government'],
    [link('Amnesty International', null, 'ngo'), 'intl-ngo-amnesty-international'],
    // A description names an institution: never the one person of that country and kind.
    [link("France's foreign ministry", 'FR', 'government'), 'fr-government'],
    [link('Claire Duval', 'FR', 'government'), 'fr-president'],
  ])('%j → %s', (l, id) => {
    expect(resolver.resolve(l).id).toBe(id);
  });

  test('a gazetteer entity keeps its canonical name; a description is named by country and kind', () => {
    expect(resolver.resolve(link('NIS', 'KR', 'intelligence')).name).toBe('National Intelligence Service');
    expect(resolver.resolve(link('South Korean lawmakers', 'KR', 'legislator')).name).toBe('South Korea legislator (unnamed)');
  });
});
