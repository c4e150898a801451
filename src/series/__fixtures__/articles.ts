/**
 * Short articles written for the series tests (invented wording; the figures follow the public
 * record of North Korean troops in Russia's war), each with the claims a careful reader takes
 * from it. They go into a real ledger through `ingest`, so the series is tested end to end
 * over stored claims, publications and source entities.
 */
import type { Article } from '../../core/article.ts';
import type { Claim, Extraction, Period, SourceLink } from '../../core/claim.ts';

const NIS: SourceLink = { name: 'the National Intelligence Service', country: 'KR', kind: 'intelligence' };
const HUR: SourceLink = { name: "Ukraine's military intelligence agency", country: 'UA', kind: 'intelligence' };
const PENTAGON: SourceLink = { name: 'the Pentagon', country: 'US', kind: 'military' };
const UK_MOD: SourceLink = { name: "Britain's defence ministry", country: 'GB', kind: 'military' };
const LAWMAKER: SourceLink = { name: 'a South Korean lawmaker', country: 'KR', kind: 'legislator' };

interface ClaimSpec {
  sentence: string;
  min: number | null;
  max: number | null;
  metric?: Claim['metric'];
  approximate?: boolean;
  hedged?: boolean;
  source: SourceLink[];
  asOf: string;
  period?: Period;
}

export interface ArticleCase {
  article: Article;
  extraction: Extraction;
}

function story(id: string, publisher: string, published: string, paragraphs: string[], specs: ClaimSpec[]): ArticleCase {
  const text = paragraphs.join('\n\n');
  const claims: Claim[] = specs.map((s) => {
    const start = text.indexOf(s.sentence);
    if (start < 0) throw new Error(`fixture ${id}: sentence not in text: ${s.sentence}`);
    return {
      metric: s.metric ?? 'killed', min: s.min, max: s.max, approximate: s.approximate ?? false,
      subject: { text: 'North Korean soldiers', country: 'KP', group: 'military' },
      source: s.source, asOf: s.asOf, hedged: s.hedged ?? false, location: null, section: 'body',
      evidence: { start, end: start + s.sentence.length, text: s.sentence }, rule: 'fixture',
      ...(s.period ? { period: s.period } : {}),
    };
  });
  const url = `https://${publisher.toLowerCase().replace(/\W+/g, '')}.example/${id}`;
  return {
    article: { id, title: `${publisher}: ${id}`, publisher, published, url, text },
    extraction: { id, document: { title: `${publisher}: ${id}`, publisher, published, url }, claims },
  };
}

const FIRST_NIS = 'At least 100 North Korean soldiers have been killed in the Kursk region, a South Korean lawmaker said on Thursday, citing the National Intelligence Service.';

/** The whole story, in publication order. */
export function northKoreaKilled(): ArticleCase[] {
  return [
    story('seoul-1219', 'Seoul Ledger', '2024-12-19T09:00:00', [
      FIRST_NIS,
      'The lawmaker spoke to reporters after a closed briefing in parliament.',
    ], [{ sentence: FIRST_NIS, min: 100, max: null, source: [LAWMAKER, NIS], asOf: '2024-12-19' }]),
    // The same statement in other words, another outlet, the same day: one point, two reports.
    story('wire-1219', 'Harbour Wire', '2024-12-19T11:30:00', [
      "At least 100 of the North Korean soldiers sent to Russia have been killed in combat against Ukraine, according to South Korea's National Intelligence Service, which briefed lawmakers on Thursday.",
    ], [{
      sentence: "At least 100 of the North Korean soldiers sent to Russia have been killed in combat against Ukraine, according to South Korea's National Intelligence Service, which briefed lawmakers on Thursday.",
      min: 100, max: null, source: [NIS], asOf: '2024-12-19',
    }]),
    story('kyiv-1223', 'Kyiv Bulletin', '2024-12-23T15:00:00', [
      "More than 1,000 North Korean soldiers have been killed so far, Ukraine's military intelligence agency said on Monday.",
    ], [{
      sentence: "More than 1,000 North Korean soldiers have been killed so far, Ukraine's military intelligence agency said on Monday.",
      min: 1000, max: null, source: [HUR], asOf: '2024-12-23', period: { kind: 'cumulative', text: 'so far' },
    }]),
    // Lower than Ukraine's standing figure: a contradiction for a running total.
    story('seoul-0113', 'Seoul Ledger', '2025-01-13T08:00:00', [
      'About 300 North Korean soldiers have died fighting for Russia, the National Intelligence Service told lawmakers on Monday.',
    ], [{
      sentence: 'About 300 North Korean soldiers have died fighting for Russia, the National Intelligence Service told lawmakers on Monday.',
      min: 300, max: 300, approximate: true, source: [NIS], asOf: '2025-01-13',
    }]),
    // A count over three days: shown, compared with nothing.
    story('wire-0120', 'Harbour Wire', '2025-01-20T18:00:00', [
      'In three days of fighting last week, 40 North Korean soldiers were killed, the Pentagon said on Monday.',
    ], [{
      sentence: 'In three days of fighting last week, 40 North Korean soldiers were killed, the Pentagon said on Monday.',
      min: 40, max: 40, source: [PENTAGON], asOf: '2025-01-20',
      period: { kind: 'interval', from: '2025-01-14', to: '2025-01-16', text: 'in three days' },
    }]),
    story('london-0301', 'Thames Post', '2025-03-01T10:00:00', [
      "Around 500 North Korean troops are believed to have been killed, Britain's defence ministry said on Saturday.",
    ], [{
      sentence: "Around 500 North Korean troops are believed to have been killed, Britain's defence ministry said on Saturday.",
      min: 500, max: 500, approximate: true, hedged: true, source: [UK_MOD], asOf: '2025-03-01',
    }]),
    // Britain revises itself down: flagged.
    story('london-0315', 'Thames Post', '2025-03-15T10:00:00', [
      "Britain's defence ministry said on Saturday that 400 North Korean soldiers had been killed.",
    ], [{
      sentence: "Britain's defence ministry said on Saturday that 400 North Korean soldiers had been killed.",
      min: 400, max: 400, source: [UK_MOD], asOf: '2025-03-15',
    }]),
    story('seoul-0430', 'Seoul Ledger', '2025-04-30T12:00:00', [
      'About 600 North Korean troops have been killed fighting for Russia, South Korean lawmakers said on Wednesday, citing the National Intelligence Service.',
    ], [{
      sentence: 'About 600 North Korean troops have been killed fighting for Russia, South Korean lawmakers said on Wednesday, citing the National Intelligence Service.',
      min: 600, max: 600, approximate: true, source: [{ ...LAWMAKER, name: 'South Korean lawmakers' }, NIS], asOf: '2025-04-30',
    }]),
  ];
}

const DEPLOYED_1 = 'Some 11,000 North Korean troops are now in Russia, the National Intelligence Service said on Monday.';
const DEPLOYED_2 = 'About 15,000 North Korean soldiers have been sent to Russia in all, South Korean lawmakers said on Wednesday, citing the National Intelligence Service.';
const DEPLOYED_3 = 'Roughly 11,000 North Korean soldiers remain in the Kursk region after rotations, the National Intelligence Service said on Friday.';

/** Troops deployed: a level that rises and falls (no flag when it falls). */
export function northKoreaDeployed(): ArticleCase[] {
  return [
    story('seoul-1104', 'Seoul Ledger', '2024-11-04T09:00:00', [DEPLOYED_1],
      [{ sentence: DEPLOYED_1, metric: 'deployed', min: 11000, max: 11000, approximate: true, source: [NIS], asOf: '2024-11-04' }]),
    story('seoul-0430b', 'Seoul Ledger', '2025-04-30T13:00:00', [DEPLOYED_2],
      [{ sentence: DEPLOYED_2, metric: 'deployed', min: 15000, max: 15000, approximate: true, source: [{ ...LAWMAKER, name: 'South Korean lawmakers' }, NIS], asOf: '2025-04-30' }]),
    story('seoul-0606', 'Seoul Ledger', '2025-06-06T09:00:00', [DEPLOYED_3],
      [{ sentence: DEPLOYED_3, metric: 'deployed', min: 11000, max: 11000, approximate: true, source: [NIS], asOf: '2025-06-06' }]),
  ];
}
