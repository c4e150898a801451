/**
 * A small ledger for the server and browser tests: articles written for these tests, with their
 * claims given by hand (the server is under test here, not the extractor), so every figure,
 * source and offset is known. One article is hostile: markup, script URLs and quote-breaking
 * strings in its title, text, source names and url.
 */
import type { Article } from '../../src/core/article.ts';
import type { Claim, Extraction, SourceLink, Subject } from '../../src/core/claim.ts';
import type { Ledger } from '../../src/ledger/ledger.ts';

interface ClaimSpec {
  sentence: string;
  metric: Claim['metric'];
  min: number | null;
  max: number | null;
  approximate?: boolean;
  subject: Subject;
  source: SourceLink[];
  asOf: string;
  hedged?: boolean;
  location?: string | null;
}

interface SeedArticle {
  article: Article & { text: string };
  claims: ClaimSpec[];
}

const KP_TROOPS = (text: string): Subject => ({ text, country: 'KP', group: 'military' });
const UA_INTEL: SourceLink = { name: "Ukraine's military intelligence", country: 'UA', kind: 'intelligence' };
const KR_LAWMAKERS: SourceLink = { name: 'Lawmakers in Seoul', country: 'KR', kind: 'legislator' };
const KR_NIS: SourceLink = { name: 'the intelligence service', country: 'KR', kind: 'intelligence' };
const US_OFFICIAL: SourceLink = { name: 'A U.S. official', country: 'US', kind: 'official' };

/** Markup and quote-breaking strings that must show as text and never run. */
export const HOSTILE = {
  title: '<script>window.__pwned="title"</script> Toll "rises" \'again\'',
  script: '<script>window.__pwned="text"</script>',
  img: '<img src=x onerror="window.__pwned=\'img\'">',
  link: '<a href="javascript:window.__pwned=\'link\'">read more</a>',
  quotes: '"\'><svg onload=window.__pwned="svg">',
  source: '"><img src=y onerror=window.__pwned="source">',
  url: 'javascript:window.__pwned="url"',
};

export const HOSTILE_SENTENCE = `Officials said on Tuesday that 42 civilians ${HOSTILE.img} were killed, and they were 100% sure of it.`;

export const SEED: SeedArticle[] = [
  {
    article: {
      id: 'seed-kursk-jan', title: 'Ukraine says North Korean losses mount near Kursk', publisher: 'Example Wire',
      published: '2025-01-13T09:00:00', url: 'https://news.example/kursk-jan', language: 'en',
      text: 'KYIV: The fighting in the Kursk region went on through the weekend.\n\n' +
        "Ukraine's military intelligence said on Monday that about 300 North Korean soldiers had been killed in the Kursk region.\n\n" +
        'About 2,700 had been wounded, the agency added.',
    },
    claims: [
      { sentence: "Ukraine's military intelligence said on Monday that about 300 North Korean soldiers had been killed in the Kursk region.", metric: 'killed', min: 300, max: 300, approximate: true, subject: KP_TROOPS('North Korean soldiers'), source: [UA_INTEL], asOf: '2025-01-13', location: 'Kursk' },
      { sentence: 'About 2,700 had been wounded, the agency added.', metric: 'wounded', min: 2700, max: 2700, approximate: true, subject: KP_TROOPS('North Korean soldiers'), source: [UA_INTEL], asOf: '2025-01-13', location: 'Kursk' },
    ],
  },
  {
    article: {
      id: 'seed-nis-feb', title: 'Seoul raises its count of North Korean dead', publisher: 'Daily Ledger',
      published: '2025-02-27T15:30:00', url: 'https://ledger.example/nis-feb', language: 'en',
      text: "SEOUL: Lawmakers in Seoul said on Thursday that the intelligence service counted roughly 400 North Korean troops killed.\n\n" +
        'The briefing was held behind closed doors.',
    },
    claims: [
      { sentence: 'Lawmakers in Seoul said on Thursday that the intelligence service counted roughly 400 North Korean troops killed.', metric: 'killed', min: 400, max: 400, approximate: true, subject: KP_TROOPS('North Korean troops'), source: [KR_LAWMAKERS, KR_NIS], asOf: '2025-02-27' },
    ],
  },
  {
    article: {
      id: 'seed-us-mar', title: 'U.S. official gives higher toll', publisher: 'Frontline Post',
      published: '2025-03-10T12:00:00', url: 'https://frontline.example/us-mar', language: 'en',
      text: 'WASHINGTON: A U.S. official said on Monday that at least 1,000 North Korean soldiers had been killed since December.\n\n' +
        'Some 11,000 North Korean troops were sent to Russia last autumn, the official said.',
    },
    claims: [
      { sentence: 'A U.S. official said on Monday that at least 1,000 North Korean soldiers had been killed since December.', metric: 'killed', min: 1000, max: null, subject: KP_TROOPS('North Korean soldiers'), source: [US_OFFICIAL], asOf: '2025-03-10' },
      { sentence: 'Some 11,000 North Korean troops were sent to Russia last autumn, the official said.', metric: 'deployed', min: 11000, max: 11000, approximate: true, subject: KP_TROOPS('North Korean troops'), source: [US_OFFICIAL], asOf: '2025-03-10', location: 'Russia' },
    ],
  },
  {
    article: {
      id: 'seed-seoul-apr', title: 'Seoul puts North Korean deaths near 600', publisher: 'Seoul Desk',
      published: '2025-04-30T08:00:00', url: 'https://seoul.example/apr', language: 'en',
      text: 'SEOUL: Lawmakers in Seoul said on Wednesday that the intelligence service now puts North Korean military deaths at around 600.\n\n' +
        'Thousands of troops remain in the border region, the paper understands.',
    },
    claims: [
      { sentence: 'Lawmakers in Seoul said on Wednesday that the intelligence service now puts North Korean military deaths at around 600.', metric: 'killed', min: 600, max: 600, approximate: true, subject: KP_TROOPS('North Korean military'), source: [KR_LAWMAKERS, KR_NIS], asOf: '2025-04-30' },
      { sentence: 'Thousands of troops remain in the border region, the paper understands.', metric: 'deployed', min: 2000, max: 9999, approximate: true, subject: KP_TROOPS('troops'), source: [], asOf: '2025-04-30', location: 'the border region' },
    ],
  },
  {
    article: {
      id: 'seed-hostile', title: HOSTILE.title, publisher: `Wire ${HOSTILE.quotes}`,
      published: '2025-05-06T10:00:00', url: HOSTILE.url, language: 'en',
      text: `${HOSTILE.script}\n\n${HOSTILE_SENTENCE}\n\n${HOSTILE.link} ${HOSTILE.quotes}\n\n` +
        `${HOSTILE.source} said on Tuesday that 7 people were missing.`,
    },
    claims: [
      { sentence: HOSTILE_SENTENCE, metric: 'killed', min: 42, max: 42, subject: { text: `civilians ${HOSTILE.img}`, country: 'SD', group: 'civilian' }, source: [{ name: 'Officials', country: null, kind: 'official' }], asOf: '2025-05-06', location: HOSTILE.link },
      { sentence: `${HOSTILE.source} said on Tuesday that 7 people were missing.`, metric: 'missing', min: 7, max: 7, subject: { text: 'people', country: 'SD', group: 'people' }, source: [{ name: HOSTILE.source, country: null, kind: 'other' }], asOf: '2025-05-06' },
    ],
  },
];

/** The extraction of a seed article, evidence offsets found in its text. */
export function extractionOf(seed: SeedArticle): Extraction {
  const extraction = seedExtract(seed.article);
  if (extraction.claims.length !== seed.claims.length) throw new Error(`seed article ${seed.article.id} lacks some of its sentences`);
  return { ...extraction, document: { ...extraction.document, url: seed.article.url ?? null } };
}

export async function seedLedger(ledger: Ledger): Promise<void> {
  for (const seed of SEED) await ledger.ingest(seed.article, extractionOf(seed), { origin: `seed:${seed.article.id}` });
}

export const SEED_CLAIM_COUNT = SEED.reduce((n, s) => n + s.claims.length, 0);

/**
 * A stand-in for the extractor when the server is under test, not the extractor: every seed
 * claim whose sentence occurs in the article's text, with offsets found in that text (so it
 * works on text that a reader reshaped, e.g. pasted text whose first line became the title).
 */
export function seedExtract(article: Article): Extraction {
  const claims: Claim[] = [];
  // Only the claims of the seed article holding the text: two seed articles share no sentence.
  for (const seed of SEED) {
    for (const spec of seed.claims) {
      if (!article.text.includes(spec.sentence)) continue;
      const start = article.text.indexOf(spec.sentence);
      claims.push({
        metric: spec.metric, min: spec.min, max: spec.max, approximate: spec.approximate ?? false,
        subject: spec.subject, source: spec.source, asOf: spec.asOf, hedged: spec.hedged ?? false,
        location: spec.location ?? null, section: 'body',
        evidence: { start, end: start + spec.sentence.length, text: spec.sentence }, rule: 'test/seed',
      });
    }
  }
  return { id: article.id ?? null, document: { title: article.title ?? null, publisher: article.publisher ?? null, published: article.published ?? null }, claims };
}
