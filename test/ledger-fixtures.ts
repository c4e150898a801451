/**
 * Articles and extractions for the ledger suite, written for these tests. Extractions are built
 * by hand so the ledger is tested alone, whatever the extractor does today.
 */
import type { Article } from '../src/core/article.ts';
import type { Claim, Extraction, SourceLink } from '../src/core/claim.ts';

export const LAWMAKERS: SourceLink = { name: 'South Korean lawmakers', country: 'KR', kind: 'legislator' };
export const AGENCY: SourceLink = { name: "the country's intelligence agency", country: 'KR', kind: 'intelligence' };

export function claim(text: string, sentence: string, overrides: Partial<Claim> = {}): Claim {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture sentence not in text: ${sentence}`);
  return {
    metric: 'killed', min: 600, max: 600, approximate: true,
    subject: { text: 'North Korean soldiers', country: 'KP', group: 'military' },
    source: [LAWMAKERS, AGENCY], asOf: '2025-04-30', hedged: false, location: null, section: 'body',
    evidence: { start, end: start + sentence.length, text: sentence }, rule: 'test/fixture',
    ...overrides,
  };
}

export function extraction(article: Article, claims: Claim[]): Extraction {
  return {
    id: article.id ?? null,
    document: { title: article.title ?? null, publisher: article.publisher ?? null, published: article.published ?? null, url: article.url ?? null },
    claims,
  };
}

export const STORY_TEXT = [
  'Roughly 600 North Korean soldiers have died fighting for Moscow near Kursk, South Korean lawmakers said on Wednesday, citing the country\'s intelligence agency.',
  'Pyongyang has sent some 15,000 troops in all, the lawmakers added.',
  'A further 4,700 were killed or wounded, they said.',
].join('\n\n');

export const S1 = STORY_TEXT.split('\n\n')[0] as string;
export const S2 = STORY_TEXT.split('\n\n')[1] as string;
export const S3 = STORY_TEXT.split('\n\n')[2] as string;

export function story(overrides: Partial<Article> = {}): Article {
  return { id: 'story-1', title: 'Hundreds of North Korean soldiers dead', publisher: 'Wire One', published: '2025-04-30T09:00:00Z', url: 'https://wire.example/nk-losses', text: STORY_TEXT, ...overrides };
}

export function storyClaims(text = STORY_TEXT): Claim[] {
  return [
    claim(text, S1, { location: 'Kursk' }),
    claim(text, S2, { metric: 'deployed', min: 15000, max: 15000, approximate: true }),
    claim(text, S3, { metric: 'casualties', min: 4700, max: 4700, approximate: false, hedged: true }),
  ];
}

/** A second, unrelated story: Ukrainian figures from Ukraine's own military, no chain beyond it. */
export const OTHER_TEXT = 'Ukraine\'s General Staff said on 3 March that at least 120 Russian servicemen were captured near Pokrovsk in a week.';
export function other(overrides: Partial<Article> = {}): Article {
  return { id: 'story-2', title: 'Captured', publisher: 'Kyiv Daily', published: '2025-03-04', url: 'https://kyiv.example/captured', text: OTHER_TEXT, ...overrides };
}
export function otherClaims(): Claim[] {
  return [claim(OTHER_TEXT, OTHER_TEXT, {
    metric: 'captured', min: 120, max: null, approximate: false, subject: { text: 'Russian servicemen', country: 'RU', group: 'military' },
    source: [{ name: "Ukraine's General Staff", country: 'UA', kind: 'military' }], asOf: '2025-03-03', location: 'Pokrovsk',
  })];
}
