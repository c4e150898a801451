/**
 * Stage 6, qualify: hedges (belief, reports and conditions within the clause that states the
 * figure), the place of the counted events, and the period the figure covers.
 */
import type { Period } from '../core/claim.ts';
import { HEDGES } from './data/attribution.ts';
import { countryAt } from './countries.ts';
import { PhraseTable, type Token } from './tokens.ts';

// Word lists the rules below test membership in, named and kept apart from the logic.
const PLACE_WORDS: ReadonlySet<string> = new Set(['region', 'province', 'state', 'city', 'camp', 'district', 'area', 'port', 'coast', 'capital', 'governorate', 'oblast', 'strip', 'and', 'of']);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'at', 'across', 'around', 'outside']);
const MOVEMENT_PREPOSITIONS: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, 'to', 'into']);
const DIRECTIONS: ReadonlySet<string> = new Set(['eastern', 'western', 'northern', 'southern', 'central', 'north', 'south', 'east', 'west']);

const hedges = new PhraseTable(HEDGES.map((h) => [h, true] as [string, boolean]));
const CLAUSE_BOUNDARY = new Set([',', ';', ':', 'that', 'while', 'but', 'and']);
/** Names of months and days as written, capitalised: no place. */
export const CALENDAR_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Is the figure in tokens [figStart, cueEnd) hedged? `beliefCue` when a belief verb governs it. */
export function isHedged(tokens: readonly Token[], figStart: number, cueEnd: number, beliefCue: boolean): boolean {
  if (beliefCue) return true;
  // Back to the clause's start, at most 40 words (linear over a long sentence of many figures).
  let s = figStart - 1;
  const floor = figStart - 40;
  while (s >= 0 && s > floor && !CLAUSE_BOUNDARY.has(tokens[s]!.norm) && !CLAUSE_BOUNDARY.has(tokens[s]!.text)) s--;
  const end = Math.min(Math.max(cueEnd, figStart + 1), figStart + 40);
  for (let k = s + 1; k < end && k < tokens.length; k++) {
    const h = hedges.at(tokens, k);
    // "in May 2024", "on 3 May": the month, not the modal.
    if (h && h.key === 'may' && isMonthMay(tokens, k)) continue;
    if (h && !(h.key === 'could' && tokens[k + 1]?.norm === 'not')) return true;
  }
  // "which if confirmed would be …" qualifies the figures of its sentence; look within a window so
  // that a sentence of many figures stays linear.
  for (let k = Math.max(0, figStart - 40); k < Math.min(tokens.length, end + 40); k++) if (tokens[k]!.norm === 'if' && tokens[k + 1]?.norm === 'confirmed') return true;
  return false;
}

/** Is "May" at k the month: capitalised inside the sentence, or beside a day or a year? */
function isMonthMay(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.text !== 'May') return false;
  return k > 0 || tokens[k + 1]?.kind === 'num' || tokens[k - 1]?.kind === 'num';
}

/** A place after "in/near/at" with a capitalised name: "in Russia's Kursk region", "near Kurilovka". */
export function findLocation(tokens: readonly Token[], from: number, sentence: string, base: number, movement = false, notBefore = 0, before = tokens.length): string | null {
  // Where people went counts as the place for deployments and displacement ("sent … to Russia").
  const preps = movement ? MOVEMENT_PREPOSITIONS : PLACE_PREPOSITIONS;
  // Within a window around the figure: the place of its own clause, and linear over long sentences.
  // Not past `before`: a trailing report clause ("…, a spokesman told a briefing in Geneva") places no event.
  return placeAfterPreposition(tokens, from, Math.min(before, from + 30), preps, sentence, base, notBefore)
    ?? placeAfterPreposition(tokens, Math.max(0, from - 30), from, preps, sentence, base, notBefore);
}

/** The first place named after one of `preps` in tokens [a, b). */
function placeAfterPreposition(tokens: readonly Token[], a: number, b: number, preps: ReadonlySet<string>, sentence: string, base: number, notBefore: number): string | null {
  for (let k = a; k < b; k++) {
    const p = tokens[k]!.norm;
    if (!preps.has(p)) continue;
    // In the speaker's words before `notBefore`, only "in" places the event ("officials in Kherson"; not "researchers at Ghent University").
    if (k < notBefore && p !== 'in') continue;
    let s = k + 1;
    if (tokens[s]?.norm === 'the') s++;
    if (DIRECTIONS.has(tokens[s]?.norm ?? '') && /^[A-Z]/.test(tokens[s + 1]?.text ?? '')) s++;
    const first = tokens[s];
    if (!first || !/^[A-Z]/.test(first.text) || CALENDAR_NAMES.test(first.text) || first.kind !== 'word') continue;
    let e = s;
    while (e < tokens.length && e < s + 8) {
      const t = tokens[e]!;
      if (/^[A-Z]/.test(t.text) && t.kind === 'word' || t.norm === "'s" || PLACE_WORDS.has(t.norm) && e > s) e++;
      else break;
    }
    while (e > s && ['and', 'of', "'s"].includes(tokens[e - 1]!.norm)) e--;
    // "in Russian strikes": a nationality, not a place.
    if (e === s + 1 && countryAt(tokens, s)?.kind === 'demonym') continue;
    // "in Israel's offensive on Gaza": the one who attacks, not the place.
    if (tokens[e]?.norm === "'s" && OFFENSIVE_WORDS.has(tokens[e + 1]?.norm ?? '')) continue;
    if (e > s) return sentence.slice(tokens[k + 1]!.start - base, tokens[e - 1]!.end - base).replace(/^the /, '');
  }
  return null;
}

/** Nouns of an armed action: a possessor before them is its agent ("Israel's offensive", "Russia's invasion"). */
const OFFENSIVE_WORDS: ReadonlySet<string> = new Set(['offensive', 'attack', 'attacks', 'strikes', 'strike', 'bombardment', 'bombing', 'campaign', 'invasion', 'assault', 'raid', 'raids', 'operation', 'war', 'shelling', 'blockade', 'siege']);

const CUMULATIVE = /\b(?:so far|to date|in total|overall|[Ss]ince \w+|as (?:of|at) \w+|up to (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|in the war|of the war|in all|altogether|cumulative)\b/;
const INTERVAL = /\b(?:(?:in|over|during|within) (?:the (?:past|last|previous) )?(?:\d+|one|two|three|four|five|six|seven|a|24|48) (?:days?|hours?|weeks?|months?)|(?:in|over|during|within) (?:the )?(?:past|last|previous) (?:day|week|month|fortnight)|over the weekend|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|overnight|in a (?:single )?(?:day|week|month)|alone|in one day|between (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* and (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|in the (?:first|second|third|fourth|last) (?:quarter|half)|(?<!so far |to date )(?:this|last) year|in (?:19|20)\d\d)\b/i;

/**
 * What stretch of time the figure covers, from the words of its clause: the period phrase nearest
 * the figure (at `figureAt` in the clause), so that "lost 1,200 over the past 24 hours, bringing
 * its losses since the start of the war to 640,000" gives each figure its own.
 */
export function findPeriod(clause: string, figureAt = 0): Period {
  let best: Period = { kind: 'unknown' };
  let bestDistance = Infinity;
  for (const [kind, re] of [['interval', INTERVAL_ALL], ['cumulative', CUMULATIVE_ALL]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      const distance = m.index >= figureAt ? m.index - figureAt : figureAt - (m.index + m[0].length);
      // Ties go to the interval, as when both open the clause ("In the past week, since …").
      if (distance < bestDistance) { best = { kind, text: m[0] }; bestDistance = distance; }
    }
  }
  return best;
}
const CUMULATIVE_ALL = new RegExp(CUMULATIVE.source, 'g');
const INTERVAL_ALL = new RegExp(INTERVAL.source, 'gi');
