/**
 * A generated corpus of news-like articles for benches, deterministic from a seed: varied
 * outlets, places, sources and figures, sentences written here from templates, and for each
 * article the claims its figure sentences state (so storage benches need not run the extractor,
 * and extraction benches can score against them). Some articles are syndicated copies of an
 * earlier one by another outlet, and some are edited versions of an earlier one at its url,
 * the way real feeds repeat themselves.
 *
 * @example
 *   for (const { article, claims } of generateArticles(1000, 42)) ledger.ingest(article, toExtraction(article, claims));
 */
import type { Article } from '../src/core/article.ts';
import type { Claim, Extraction, Group, Metric, SourceLink } from '../src/core/claim.ts';

export interface GeneratedArticle {
  article: Article;
  /** The claims the figure sentences state, with evidence offsets into article.text. */
  claims: Claim[];
  /** How the article relates to earlier ones. */
  kind: 'original' | 'syndicated' | 'edited';
}

export interface GenerateOptions {
  /** Share of articles that copy an earlier one under another outlet (default 0.08). */
  syndicated?: number;
  /** Share that are edited versions of an earlier one at the same url (default 0.03). */
  edited?: number;
  /** Figure sentences per article, [min, max] (default [1, 4]). */
  claimsPerArticle?: [number, number];
}

/** mulberry32: small, fast, good enough to vary text; the same seed gives the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTLETS = ['Wire One', 'Global Dispatch', 'The Morning Ledger', 'Northern Courier', 'Eastern Bulletin', 'Capital Times', 'Frontline Daily', 'Harbour Post'];

interface SubjectSpec { text: string; country: string | null; group: Group }
const SUBJECTS: SubjectSpec[] = [
  { text: 'North Korean troops', country: 'KP', group: 'military' },
  { text: 'North Korean soldiers', country: 'KP', group: 'military' },
  { text: 'Russian soldiers', country: 'RU', group: 'military' },
  { text: 'Ukrainian civilians', country: 'UA', group: 'civilian' },
  { text: 'Palestinians', country: 'PS', group: 'people' },
  { text: 'Sudanese civilians', country: 'SD', group: 'civilian' },
  { text: 'Syrian fighters', country: 'SY', group: 'military' },
  { text: 'Congolese civilians', country: 'CD', group: 'civilian' },
  { text: 'migrant workers', country: null, group: 'workers' },
];

const SOURCES: SourceLink[] = [
  { name: "South Korea's spy agency", country: 'KR', kind: 'intelligence' },
  { name: 'the National Intelligence Service', country: 'KR', kind: 'intelligence' },
  { name: "Ukraine's General Staff", country: 'UA', kind: 'military' },
  { name: "Russia's defence ministry", country: 'RU', kind: 'military' },
  { name: 'the Gaza health ministry', country: 'PS', kind: 'government' },
  { name: 'the U.N. refugee agency', country: null, kind: 'international' },
  { name: 'the Syrian Observatory for Human Rights', country: 'SY', kind: 'ngo' },
  { name: 'local officials', country: null, kind: 'official' },
  { name: 'a regional governor', country: 'UA', kind: 'government' },
  { name: 'aid workers', country: null, kind: 'witness' },
];

const PLACES = ['Kursk', 'Pokrovsk', 'Kharkiv', 'Gaza City', 'Khan Younis', 'El Fasher', 'Aleppo', 'Goma', 'Bakhmut', 'Rafah', 'Idlib', 'Sumy'];

const METRIC_WORDS: [Metric, string][] = [
  ['killed', 'killed'], ['wounded', 'wounded'], ['captured', 'taken prisoner'], ['missing', 'reported missing'],
  ['displaced', 'forced from their homes'], ['detained', 'detained'], ['deployed', 'deployed'],
];

const FILLER = [
  'Fighting continued through the night, residents said, with shelling heard across the district.',
  'The claims could not be independently verified.',
  'Talks on a ceasefire have stalled for weeks, and neither side has signalled readiness to compromise.',
  'Aid convoys have struggled to reach the area because of damaged roads and checkpoints.',
  'Officials did not respond to requests for comment on Tuesday.',
  'Satellite images reviewed by analysts showed new fortifications along the front.',
  'The government has repeatedly denied targeting residential areas.',
  'Prices of bread and fuel have more than doubled since the start of the year.',
];

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function figure(rand: () => number): number {
  const scale = pick(rand, [10, 100, 1000, 10000]);
  return Math.max(2, Math.round(rand() * 9 * scale + scale / 2));
}

const withCommas = (n: number) => n.toLocaleString('en-US');

interface Sentence { text: string; claim?: Omit<Claim, 'evidence'> }

function figureSentence(rand: () => number, published: string): Sentence {
  const subject = pick(rand, SUBJECTS);
  const source = pick(rand, SOURCES);
  const place = pick(rand, PLACES);
  const [metric, verb] = pick(rand, METRIC_WORDS);
  const n = figure(rand);
  const style = Math.floor(rand() * 4);
  const base = {
    metric, subject: { ...subject }, source: [source], asOf: published.slice(0, 10), hedged: false, location: place,
    section: 'body' as const, rule: 'generated',
  };
  switch (style) {
    case 0:
      return { text: `About ${withCommas(n)} ${subject.text} have been ${verb} near ${place}, ${source.name} said.`, claim: { ...base, min: n, max: n, approximate: true } };
    case 1:
      return { text: `At least ${withCommas(n)} ${subject.text} were ${verb} in ${place}, according to ${source.name}.`, claim: { ...base, min: n, max: null, approximate: false } };
    case 2: {
      const hi = n + Math.max(1, Math.round(n * 0.2));
      return {
        text: `Between ${withCommas(n)} and ${withCommas(hi)} ${subject.text} are believed to have been ${verb} around ${place}, ${source.name} estimated.`,
        claim: { ...base, min: n, max: hi, approximate: false, hedged: true },
      };
    }
    default:
      return { text: `${capitalize(source.name)} said ${withCommas(n)} ${subject.text} had been ${verb} in ${place} so far.`, claim: { ...base, min: n, max: n, approximate: false } };
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function compose(rand: () => number, published: string, claimRange: [number, number]): { title: string; text: string; claims: Claim[] } {
  const wanted = claimRange[0] + Math.floor(rand() * (claimRange[1] - claimRange[0] + 1));
  const sentences: Sentence[] = [];
  for (let i = 0; i < wanted; i++) sentences.push(figureSentence(rand, published));
  const fillers = 2 + Math.floor(rand() * 5);
  for (let i = 0; i < fillers; i++) sentences.splice(Math.floor(rand() * (sentences.length + 1)), 0, { text: pick(rand, FILLER) });
  const weekday = pick(rand, WEEKDAYS);
  const place = pick(rand, PLACES);
  sentences.unshift({ text: `${place.toUpperCase()}: Heavy fighting was reported on ${weekday} as both sides sought to press their advantage.` });
  let text = '';
  const claims: Claim[] = [];
  sentences.forEach((s, i) => {
    if (i > 0) text += rand() < 0.5 ? '\n\n' : ' ';
    const start = text.length;
    text += s.text;
    if (s.claim) claims.push({ ...s.claim, evidence: { start, end: text.length, text: s.text } } as Claim);
  });
  const first = claims[0];
  const title = first ? `${capitalize(first.metric)} figures rise around ${first.location ?? place}` : `Fighting around ${place}`;
  return { title, text, claims };
}

/** `n` articles from `seed`, generated lazily. */
export function* generateArticles(n: number, seed = 1, options: GenerateOptions = {}): Generator<GeneratedArticle> {
  const rand = prng(seed);
  const syndicated = options.syndicated ?? 0.08;
  const edited = options.edited ?? 0.03;
  const claimRange = options.claimsPerArticle ?? [1, 4];
  // Recent originals that copies and edits can draw on (a window keeps memory flat).
  const recent: GeneratedArticle[] = [];
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < n; i++) {
    const roll = rand();
    const earlier = recent.length > 0 ? pick(rand, recent) : null;
    if (earlier && roll < syndicated) {
      const outlet = pick(rand, OUTLETS.filter((o) => o !== earlier.article.publisher));
      yield {
        kind: 'syndicated', claims: earlier.claims,
        article: { ...earlier.article, id: `gen-${seed}-${i}`, publisher: outlet, url: `https://${slug(outlet)}.example/${seed}/${i}` },
      };
      continue;
    }
    if (earlier && roll < syndicated + edited && earlier.claims.length > 0) {
      const first = earlier.claims[0]!;
      const oldFigure = withCommas(first.min ?? first.max ?? 0);
      const bumped = (first.min ?? first.max ?? 0) + 1 + Math.floor(rand() * 50);
      const sentence = first.evidence.text.replace(oldFigure, withCommas(bumped));
      const text = earlier.article.text.slice(0, first.evidence.start) + sentence + earlier.article.text.slice(first.evidence.end);
      const delta = sentence.length - first.evidence.text.length;
      const claims = earlier.claims.map((c, k) => k === 0
        ? { ...c, min: c.min === null ? null : bumped, max: c.max === null ? null : c.max === c.min ? bumped : c.max + (bumped - (c.min ?? 0)), evidence: { start: c.evidence.start, end: c.evidence.end + delta, text: sentence } }
        : { ...c, evidence: { ...c.evidence, start: c.evidence.start + (c.evidence.start > first.evidence.start ? delta : 0), end: c.evidence.end + (c.evidence.start > first.evidence.start ? delta : 0) } });
      const published = new Date(Date.parse(earlier.article.published!) + 3_600_000).toISOString();
      yield { kind: 'edited', claims, article: { ...earlier.article, id: `gen-${seed}-${i}`, text, published } };
      continue;
    }
    const published = new Date(start + Math.floor(rand() * 700) * 86_400_000 + Math.floor(rand() * 86_400) * 1000).toISOString();
    const { title, text, claims } = compose(rand, published, claimRange);
    const outlet = pick(rand, OUTLETS);
    const generated: GeneratedArticle = {
      kind: 'original', claims,
      article: { id: `gen-${seed}-${i}`, title, publisher: outlet, published, url: `https://${slug(outlet)}.example/${seed}/${i}`, language: 'en', text },
    };
    recent.push(generated);
    if (recent.length > 200) recent.splice(Math.floor(rand() * recent.length), 1);
    yield generated;
  }
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** The Extraction record a generated article's claims make. */
export function toExtraction({ article, claims }: GeneratedArticle): Extraction {
  return {
    id: article.id ?? null,
    document: { title: article.title ?? null, publisher: article.publisher ?? null, published: article.published ?? null, url: article.url ?? null },
    claims,
  };
}
