/**
 * Typing a source mention: from its noun phrase to a link {name, country, kind, id}, using the
 * gazetteer, role words ("lawmakers", "defence ministry"), demonyms and possessives
 * ("South Korea's spy agency"), and "the country's ..." resolved to the country last named.
 */
import type { SourceKind, SourceLink } from '../core/claim.ts';
import { countryAt } from './countries.ts';
import { ABBREVIATED_ROLES, ARMED_GROUP_WORDS, CIVIL_COLLECTIVE_HEADS, FIGURE_NOUNS, KIND_PRECEDENCE, LOCAL_OFFICE_WORDS, MULTINATIONAL, PUBLIC_BODY_HEADS, ROLE_KINDS, STATE_ENVOY_HEADS, STATE_TIERS } from './data/attribution.ts';
import type { Gazetteer } from './gazetteer.ts';
import affiliations from './data/affiliations.json' with { type: 'json' };
import { isAcronym, PhraseTable, tokenize, type Token } from './tokens.ts';

// Word lists the rules below test membership in, named and kept apart from the logic.
const NAME_JOINERS: ReadonlySet<string> = new Set(['van', 'de', 'al', 'bin', 'der', 'von', 'la', 'le', 'du']);
const INTERNATIONAL_WORDS: ReadonlySet<string> = new Set(['un', 'u.n.', 'united', 'nations', 'envoy', 'red', 'agencies', 'aid', 'cluster']);
const INTERNATIONAL_BODY_WORDS: ReadonlySet<string> = new Set(['un', 'u.n.', 'united', 'nations', 'african', 'union', 'eu', 'european', 'arab', 'league', 'special']);
const NAMED_FOR_COUNTRY_ARMED_WORDS: ReadonlySet<string> = new Set(['liberation', 'rebel', 'rebels', 'insurgent', 'insurgents', 'militia', 'militias']);
/** "weekly Akhali Dro", "daily Sabah": a paper's kind before its name. Anchored on the word: linear. */
const PAPER_BEFORE_NAME = /\b(?:daily|weekly|paper|tabloid)\s+\p{Lu}/u;
/** A formation of a state's army, whose "group" is no armed group's. Bounded alternatives: linear. */
const STATE_FORMATION = /\bgroup(?:ing)?s? of (?:forces|troops)\b/i;
const NON_STATE_ARMED_WORDS: ReadonlySet<string> = new Set(['liberation', 'movement', 'rebels', 'rebel', 'militia', 'militias', 'armed', 'group', 'insurgents', 'insurgent', 'militants', 'militant', 'jihadists', 'jihadist', 'gunmen', 'extremists']);
/** An acronym opening with "UN" and two to six more capitals: a UN office, mission or agency. Anchored, bounded. */
const UN_ACRONYM = /^UN[A-Z]{2,6}$/;
const GENERIC_KINDS: ReadonlySet<string> = new Set(['official', 'government', 'other']);
const STATE_KINDS: ReadonlySet<string> = new Set(['official', 'government', 'military', 'legislator']);
/**
 * Witnesses are people of the place (residents, villagers, relatives) and take its country, like unplaced
 * state sources; survivors of a crossing or a crash may have come from anywhere.
 */
const TRAVELLING_WITNESSES: ReadonlySet<string> = new Set(['survivor', 'survivors', 'passenger', 'passengers', 'migrant', 'migrants']);
/** Heads of mentions of unnamed people who speak from inside a body. */
const UNNAMED_PEOPLE_HEADS: ReadonlySet<string> = new Set(['official', 'officials', 'officer', 'officers', 'source', 'sources', 'administrator']);
const STATE_BODY_KINDS: ReadonlySet<string> = new Set(['government', 'military', 'intelligence']);
const LEGISLATOR_WORDS: ReadonlySet<string> = new Set(['lawmaker', 'lawmakers', 'legislator', 'legislators', 'parliament', 'parliamentary', 'mp', 'senator', 'congressman', 'member']);
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(['The', 'A', 'An', 'In', 'On', 'Some', 'U.S.', 'U.N.']);

const AFFILIATIONS = new Map(Object.entries(affiliations as Record<string, string>).filter(([k]) => !k.startsWith('_')));

const roles = new PhraseTable<SourceKind>(ROLE_KINDS);
const PERSON_ROLES = new Set(['district magistrate', 'magistrate', 'district collector', 'president', 'prime minister', 'minister', 'governor', 'mayor', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'general', 'lawmaker', 'senator', 'envoy', 'chief', 'leader', 'official', 'secretary of state', 'secretary', 'regent', 'diplomat', 'analyst', 'researcher', 'expert', 'witness', 'reporter', 'deputy', 'member of parliament', 'head', 'director', 'coordinator', 'nurse', 'dig', 'premier', 'sheriff', 'gov', 'prosecutor', 'head of mission', 'police commander', 'captain', 'capt', 'colonel', 'col', 'lieutenant', 'lt', 'sergeant', 'sgt', 'brigadier', 'corporal', 'major general', 'survivor', 'resident', 'villager', 'eyewitness', 'neighbour', 'neighbor', 'relative', 'shop owner', 'shopkeeper', 'farmer', 'trader', 'merchant', 'fisherman', 'taxi driver', 'passer-by', 'mother', 'father', 'displaced man', 'displaced woman', 'teacher', 'director general', 'inspector general', 'chairman', 'gen', 'dsp', 'asp', 'cs', 'superintendent', 'inspector', 'officer', 'constable', 'public relations officer', 'commissioner']);

export interface TypedSource {
  link: SourceLink;
  /** A person (named or by role) rather than an institution: "he"/"she" may refer to it. */
  person: boolean;
  plural: boolean;
  /** Lower-case words of the mention, for back-references ("the agency", "Lee"). */
  words: string[];
  /** Proper-name words ("Lee", "Seong-kweun", "Zelensky"). */
  nameWords: string[];
}

export interface SourceContext {
  gazetteer: Gazetteer;
  /** The country last named before this mention, for "the country's"; the place last named, for "the enclave's", "the region's". */
  recentCountry: string | null;
  recentPlace?: string | null;
  /** Whether the sentence names a nation anywhere ("On the Russian side, the region's governor"): then a local office is not placed by the place last named. */
  sentenceNamesNation?: boolean;
  /** Countries named in the sentence (a place like "In Bangkok, city officials said"). */
  sentenceCountry: string | null;
  /** The document's most-named country, the last resort for unnamed state sources (computed on demand). */
  documentCountry: () => string | null;
  /** Acronyms the document spells out ("World Central Kitchen (WCK)"): a bare "WCK" is typed as the full name. */
  acronyms?: ReadonlyMap<string, string>;
}

/** Does `text` name a source: a known institution or a role word ("police", "rights group", "UN")? */
export function namesSource(text: string, gazetteer: Gazetteer): boolean {
  const tokens = tokenize(text);
  if (gazetteer.findIn(tokens)) return true;
  for (let i = 0; i < tokens.length; i++) if (roles.at(tokens, i)) return true;
  return false;
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near']);

/** Proper name inside a mention: the last run of capitalised words that is not a country or role. */
function properName(tokens: readonly Token[]): string[] {
  let best: string[] = [];
  let run: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A place of several words ("Rio de Janeiro") is no part of a name, whichever of its words is read.
    const place = countryAt(tokens, i);
    if (place && place.length > 1) {
      if (run.length >= best.length && run.length > 0) best = run;
      run = [];
      i += place.length - 1;
      continue;
    }
    // An initial ("S. Arokiasamy", "R. Sundarlal Netam") opens a name: the letter and its dot are one word of it.
    if (t.text.length === 1 && /^[A-Z]$/.test(t.text) && tokens[i + 1]?.text === '.' && /^[A-Z][a-z]/.test(tokens[i + 2]?.text ?? '')) {
      run.push(`${t.text}.`);
      i++;
      continue;
    }
    // "Deputy Assistant Secretary of State Karen Whitfield": a role of several words is no part of the name after it.
    const role = roles.at(tokens, i);
    if (role && role.length > 1 && PERSON_ROLES.has(role.key)) {
      if (run.length >= best.length && run.length > 0) best = run;
      run = [];
      i += role.length - 1;
      continue;
    }
    const cap = /^[A-Z]/.test(t.text) && t.kind === 'word' && !role && !place && !MULTINATIONAL.has(t.norm) && !NOT_NAME_WORDS.has(t.text);
    const joiner = run.length > 0 && NAME_JOINERS.has(t.norm);
    if (cap || joiner || (run.length > 0 && /^al-/.test(t.norm))) run.push(t.text);
    else {
      if (run.length >= best.length && run.length > 0) best = run;
      run = [];
    }
  }
  if (run.length >= best.length && run.length > 0) best = run;
  // A capitalised first word before common nouns is a sentence start, not a name: "Local officials".
  if (best.length === 1 && tokens[0]?.text === best[0] && tokens.length > 1 && /^[a-z]/.test(tokens[1]!.text)) return [];
  // Nor is one between an article and a common noun: "a Jiga resident", "an Aleppo doctor" (a place's name used as a
  // modifier; the person is unnamed).
  // Nor is a place's one word after a preposition: "a transport union official in Kayes" (the person is unnamed).
  if (best.length === 1) {
    const at = tokens.findIndex((t) => t.text === best[0]);
    if (at > 0 && ARTICLES.has(tokens[at - 1]!.norm) && /^[a-z]/.test(tokens[at + 1]?.text ?? '')) return [];
    if (at > 0 && PLACE_PREPOSITIONS.has(tokens[at - 1]!.norm) && at + 1 === tokens.length) return [];
  }
  return best.length >= 2 || (best.length === 1 && best[0]!.length > 2) ? best : [];
}

/**
 * Typing the same mention in the same surroundings gives the same link; news repeats its sources
 * ("the health ministry said", "officials said"), so results are kept in a bounded cache. A result
 * that fell back on the document's country is kept with that country, and reused only where the
 * document's country is the same.
 */
/**
 * What a mention says of its source whatever surrounds it (kind, name, the countries it names),
 * and how its country is to be completed from the surroundings. The analysis is the costly part
 * and is cached by mention; `resolve` is a few comparisons.
 */
interface MentionAnalysis {
  /** Name, kind before any override, gazetteer id. */
  link: { name: string; kind: SourceKind; id?: string };
  person: boolean;
  plural: boolean;
  words: string[];
  nameWords: string[];
  /** The country the mention itself settles, before any look at the surroundings. */
  country: string | null;
  /** "the country's/region's/its …": fall back on the country or place named last. */
  refersBack: 'country' | 'place' | null;
  /** A source's own country fills in after refersBack (a known institution with a role word). */
  sourceCountryAfterRefersBack: string | null;
  /** A non-state armed group keeps no country, whatever the surroundings say. */
  clearCountry: boolean;
  /** An unplaced state source takes the place (when it refers back), sentence or document country. */
  stateFallback: boolean;
  /** Sources of the place (witnesses, national bodies) take the country named last, never the costly document ranking. */
  placeFallback: boolean;
  refersBackAny: boolean;
  /** A state office below the nation (LOCAL_OFFICE_WORDS): placed by the place last named before the story's country. */
  localOffice: boolean;
  /** An unplaced NGO takes the document's country. */
  ngoFallback: boolean;
  /** The country came only from where the body is based ("the Geneva-based …"), not from its name. */
  basedOnly: boolean;
  /** The kind and country of an institution named in the description override everything. */
  override: { kind: SourceKind; country: string | null } | null;
}

/**
 * The acronyms a text spells out: "World Central Kitchen (WCK)", "the Integrated Office in Haiti (BINUH)" —
 * the capitalised words (and the small words between them) just before a bracketed acronym. One pass over
 * the brackets; each look back is bounded.
 */
export function spelledAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\(([A-Z][A-Za-z]{1,9})\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const acronym = m[1]!;
    if (!/^[A-Z]{2,}[a-z]?[A-Z]*$/.test(acronym) || out.has(acronym)) continue;
    const words = text.slice(Math.max(0, m.index - 120), m.index).trimEnd().split(/\s+/);
    const name: string[] = [];
    for (let k = words.length - 1; k >= 0 && name.length < 12; k--) {
      const w = words[k]!.replace(/^["“(]+/, '');
      if (/^[A-Z]/.test(w) && !/[.,;:]$/.test(w)) name.unshift(w);
      else if (name.length > 0 && SPELLED_NAME_LINKS.has(w) && /^[A-Z]/.test(words[k - 1] ?? '')) name.unshift(w);
      else break;
    }
    if (name.length >= 2) out.set(acronym, name.join(' '));
  }
  return out;
}
/** A body's press service or spokesperson, and the body. Bounded, anchored: linear. */
const VOICE_OF = /^(?:the|a|an)\s+(?:press service|press office|media office|media cent(?:re|er)|media wing|press secretary|spokes(?:man|woman|person))\s+(?:of|for)\s+(.{3,120})$/i;
/** The same with the body before it: "the army's media centre", "the ministry's press office". Bounded, anchored: linear. */
const OWNERS_VOICE = /^((?:the\s+)?[^,'’]{2,80})['’]s?\s+(?:press service|press office|media office|media cent(?:re|er)|media wing|information office)$/i;
const SPELLED_NAME_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on', 'the', 'in', '&', 'de', 'du', 'des', 'la', 'al']);

/**
 * Links whose country was guessed from the surroundings (the sentence's or the document's country), not
 * read in the mention: a speaker citing such a source lends it the speaker's own country instead.
 */
const GUESSED_COUNTRY = new WeakSet<SourceLink>();
export function countryGuessed(link: SourceLink): boolean {
  return GUESSED_COUNTRY.has(link);
}

/** Does a body's name or alias of several words share a capitalised word with the words of a mention ("Commission" in both)? */
function sharesNameWord(names: readonly string[], tokens: readonly Token[]): boolean {
  const capitalised = (ts: readonly Token[]): Token[] => ts.filter((t) => t.kind === 'word' && /^[A-Z]/.test(t.text) && t.text.length > 2);
  const words = new Set(capitalised(tokens).map((t) => t.norm));
  const nameWords = names.map((n) => capitalised(tokenize(n))).filter((ws) => ws.length >= 2);
  // A body known by its acronym alone ("ACLED") has no words to compare.
  if (words.size === 0 || nameWords.length === 0) return true;
  return nameWords.some((ws) => ws.some((t) => words.has(t.norm)));
}

/** The head noun of a mention: the word before its first "of", "on", "in", "at", "for" or comma, else its last word. */
function nounHead(tokens: readonly Token[]): string {
  for (let k = 1; k < tokens.length; k++) {
    const n = tokens[k]!.norm;
    if (n === 'of' || n === 'on' || n === 'in' || n === 'at' || n === 'for' || n === ',') return tokens[k - 1]!.norm;
  }
  return tokens[tokens.length - 1]?.norm ?? '';
}

const BACK_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'this', 'that', 'his', 'her', 'our']);

/** Does a noun phrase name a collective of citizens in lower case ("a monitoring project"), before any clause of its own? */
function civilCollective(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length && k < 8; k++) {
    const t = tokens[k]!;
    if (t.norm === 'that' || t.norm === 'which' || t.norm === 'who' || t.norm === 'of' || t.norm === ',' || t.norm === 'formed') return false;
    // "the group", "its network": a bare head refers back to a body named before, which the register resolves.
    if (t.text === t.norm && CIVIL_COLLECTIVE_HEADS.has(t.norm)) return k > 0 && !BACK_DETERMINERS.has(tokens[k - 1]!.norm);
  }
  return false;
}

/** Does a country's name or demonym end just before token `at`? */
function countryEndsAt(tokens: readonly Token[], at: number): boolean {
  for (let j = Math.max(0, at - 4); j < at; j++) {
    const c = countryAt(tokens, j);
    if (c && j + c.length === at) return true;
  }
  return false;
}

/** Is the one-word match at `at` joined to capitalised words that are not in the body's name? */
function inOtherName(tokens: readonly Token[], at: number, name: string): boolean {
  // Only a common word of the name ("Observatory"), not an acronym ("the IDF Spokesperson's Unit" is the IDF's).
  if (isAcronym(tokens[at]!)) return false;
  const own = new Set(tokenize(name).map((t) => t.norm));
  const t = tokens[at - 1];
  return !!t && t.kind === 'word' && /^[A-Z][a-z]/.test(t.text) && !ARTICLES.has(t.norm) && !/-based$/i.test(t.text) && !own.has(t.norm) && countryAt(tokens, at - 1) === null;
}

/** Does the mention name a country, by name or demonym, other than `country` (besides the body's word at `nameAt`)? */
function mentionsOtherCountry(tokens: readonly Token[], country: string, nameAt: number): boolean {
  for (let i = 0; i < tokens.length; i++) {
    // The body's own word is not a place ("NIS" is also a Serbian city).
    if (i === nameAt) continue;
    const c = countryAt(tokens, i);
    if (c && c.code !== country) return true;
  }
  return false;
}

/** Per gazetteer, by mention (and description when there is one); emptied when full. */
const caches = new WeakMap<Gazetteer, Map<string, MentionAnalysis>>();
const CACHE_SIZE = 5000;

export function typeSource(mention: string, ctx: SourceContext, description = ''): TypedSource {
  let cache = caches.get(ctx.gazetteer);
  if (!cache) caches.set(ctx.gazetteer, (cache = new Map()));
  // "the press service of the National Guard", "a spokesman for the interior ministry": the body's voice (decision 7).
  const spokenFor = mention.length < 160 ? VOICE_OF.exec(mention.trim()) ?? OWNERS_VOICE.exec(mention.trim()) : null;
  const typedAs = spokenFor ? spokenFor[1]! : ctx.acronyms?.size ? ctx.acronyms.get(mention.trim().replace(/^the\s+/i, '')) : undefined;
  // Most mentions come with neither a description nor a full name: the mention itself is the key (no text holds
  // a NUL, so it cannot meet a composite key), and the lookup hashes no concatenated string.
  const key = description === '' && typedAs === undefined ? mention : `${mention}\u0000${description}\u0000${typedAs ?? ''}`;
  let analysis = cache.get(key);
  if (!analysis) {
    analysis = analyzeMention(mention, ctx.gazetteer, description);
    if (typedAs !== undefined) {
      // What the full name says of the source, under the name as written.
      const full = analyzeMention(typedAs, ctx.gazetteer, description);
      analysis = { ...full, link: { ...full.link, name: analysis.link.name }, words: [...full.words, ...analysis.words], nameWords: [...full.nameWords, ...analysis.nameWords] };
    }
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(key, analysis);
  }
  return resolveMention(analysis, ctx);
}

/** The link as it reads in these surroundings. */
function resolveMention(a: MentionAnalysis, ctx: SourceContext): TypedSource {
  let country = a.country;
  if (!country && a.refersBack) country = a.refersBack === 'country' ? ctx.recentCountry : ctx.recentPlace ?? ctx.recentCountry;
  if (a.sourceCountryAfterRefersBack !== null) country = country ?? a.sourceCountryAfterRefersBack;
  if (a.clearCountry) country = null;
  let guessed = false;
  if (!country && a.placeFallback) {
    country = ctx.recentPlace ?? ctx.recentCountry ?? ctx.sentenceCountry;
    guessed = country !== null;
  }
  if (!country && a.stateFallback) {
    country = (a.refersBackAny ? ctx.recentPlace ?? ctx.recentCountry : null) ?? ctx.sentenceCountry ?? (a.localOffice && ctx.sentenceNamesNation === false ? ctx.recentPlace : null) ?? ctx.documentCountry();
    guessed = country !== null && !a.refersBackAny;
  }
  if (!country && a.ngoFallback) {
    // "In Belarus, the human rights centre Viasna said": the country the sentence sets first, else the story's.
    country = ctx.sentenceCountry ?? ctx.documentCountry();
    guessed = country !== null;
  }
  let kind = a.link.kind;
  // An NGO is of the country it is named for, not where it sits (decision 8): a base abroad ("the Geneva-based
  // Observatory" on Ethiopia) makes it an international one, of no country; a base in the story's country
  // ("the Jos-based group" on Nigeria) is a local group's, and so is one in a story that names no other country.
  if (a.basedOnly && kind === 'ngo' && country !== null) {
    const story = ctx.sentenceCountry ?? ctx.documentCountry();
    if (story !== null && story !== country) country = null;
  }
  if (a.override) ({ kind, country } = a.override);
  // International bodies and their staff have no country (spec), wherever they speak from ("the U.N.'s official in Sudan").
  if (kind === 'international') country = null;
  const link: SourceLink = { name: a.link.name, country, kind };
  if (a.link.id !== undefined) link.id = a.link.id;
  if (guessed && !a.override && kind !== 'international') GUESSED_COUNTRY.add(link);
  return { link, person: a.person, plural: a.plural, words: a.words, nameWords: a.nameWords };
}

/** The country of "an Islamabad-based …", "the Nairobi-based …" among the tokens, if one. */
/** Words that place a speaker in a hospital. */
/** Words that make unnamed sources more than a hospital's: "security and medical sources", "police and hospital sources". */
const NON_MEDICAL_SOURCE_WORDS: ReadonlySet<string> = new Set(['security', 'military', 'police', 'government', 'official', 'intelligence', 'army']);
const HOSPITAL_WORDS: ReadonlySet<string> = new Set(['hospital', 'clinic', 'surgeon', 'physician', 'medical', 'infirmary']);
/** Words that make a hospital's speaker a state's: "the health ministry's hospital department". */
const STATE_BODY_WORDS: ReadonlySet<string> = new Set(['ministry', 'government', 'authority', 'authorities', 'army', 'military', 'police', 'minister', 'governor', 'health', 'services']);

/** Does a country's name that starts before token `at` run into it, naming a country other than `code`? */
function overlapsOtherCountry(tokens: readonly Token[], at: number, code: string): boolean {
  for (let k = Math.max(0, at - 3); k < at; k++) {
    const c = countryAt(tokens, k);
    if (c && k + c.length > at && c.code !== code) return true;
  }
  return false;
}

function basedIn(tokens: readonly Token[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !/-based$/i.test(t.text)) continue;
    // "New York-based", "Rio de Janeiro-based": the place's name may start in the words before.
    for (let k = Math.max(0, i - 2); k <= i; k++) {
      const before = tokens.slice(k, i).map((w) => w.text).join(' ');
      if (k < i && !/^[A-Z]/.test(before)) continue;
      const c = countryAt(tokenize(`${before} ${t.text.slice(0, -6).replace(/-/g, ' ')}`.trim()), 0);
      if (c) return c.code;
    }
  }
  return null;
}

function analyzeMention(mention: string, gazetteer: Gazetteer, description: string): MentionAnalysis {
  const text = mention.trim().replace(/\s*\([^)]{1,40}\)\s*$/, '');
  const abbrev = /\(([A-Z]{2,8})\)/.exec(mention)?.[1];
  const tokens = tokenize(text);
  const descTokens = tokenize(description);
  const all = [...tokens, ...descTokens];
  const words = all.filter((t) => t.kind === 'word').map((t) => t.norm);

  // 1. A known institution, named in the mention, its abbreviation or its description.
  let found = gazetteer.findIn(tokens);
  // "The Angolan Civic Observatory" is not the Syrian Observatory: one generic word of a body's name, in a mention
  // that names another country, is not that body.
  if (found && found.end - found.start === 1 && found.inst.country && mentionsOtherCountry(tokens, found.inst.country, found.start)) found = null;
  // "The South Sudan People's Defence Forces": a country's name before a group's name makes it that state's own force,
  // not the armed group of no country named alike elsewhere.
  if (found && found.inst.country === null && found.inst.kind === 'military' && countryEndsAt(tokens, found.start)) found = null;
  // "The Geneva-based Civilian Harm Observatory": one word of a body's name inside a name of other capitalised words
  // ("Civilian Harm") is not that body.
  if (found && found.end - found.start === 1 && inOtherName(tokens, found.start, found.inst.name)) found = null;
  // "South Sudan's army" is not "Sudan's army": a country's name that runs into the body's words names another country.
  if (found && found.inst.country && overlapsOtherCountry(tokens, found.start, found.inst.country)) found = null;
  // "the I.O.M.", "the U.N.H.C.R." (house styles that dot acronyms): the acronym without its dots.
  if (!found && /(?:[A-Z]\.){3,}/.test(text)) found = gazetteer.findIn(tokenize(text.replace(/\b((?:[A-Z]\.){3,})/g, (m) => m.replace(/\./g, ''))));
  // "the Armed Forces of the Philippines (AFP)" is not Agence France-Presse: a body the bracketed acronym names must
  // share a word with the name it abbreviates.
  const byAbbrev = !found && abbrev ? gazetteer.findIn(tokenize(abbrev)) : null;
  const inst = found ?? (byAbbrev && sharesNameWord([byAbbrev.inst.name, ...byAbbrev.inst.aliases], tokens) ? byAbbrev : null);
  const instDesc = inst ? null : gazetteer.findIn(descTokens);
  // "SNHR" is later "the network": the words of its full name are words of the mention too.
  if (inst) for (const t of tokenize(inst.inst.name)) if (t.kind === 'word' && !words.includes(t.norm)) words.push(t.norm);

  // 2. Role words → kind, by precedence.
  const kinds = new Set<SourceKind>();
  let personRole = false;
  // The mention's own role words first; the description's only when it has none or only a generic one ("The
  // National Unity Government, the administration formed by ousted lawmakers" is a government, not legislators).
  let mentionHasRole = false;
  for (const part of [tokens, descTokens]) {
    for (let i = 0; i < part.length; i++) {
      let hit = roles.at(part, i);
      // "DIG", "DSP", "RMA" are roles only as abbreviations: "helped dig through the rubble" names none.
      if (hit && ABBREVIATED_ROLES.has(hit.key) && part[i]!.text !== part[i]!.text.toUpperCase()) hit = null;
      // "the Bunia General Reference Hospital", "Lagos General Hospital": a hospital's name, no general.
      // ("the CS Mott Children's Hospital": nor is an abbreviated role.)
      if (hit && (hit.key === 'general' || ABBREVIATED_ROLES.has(hit.key)) && part.slice(i + 1, i + 4).some((w) => HOSPITAL_WORDS.has(w.norm))) hit = null;
      // "the Channel and the North Sea" is the sea; "Channel 12" and "the channel" broadcast.
      if (hit && hit.key === 'channel' && /^C/.test(part[i]!.text) && i > 0 && part[i + 1]?.kind !== 'num') hit = null;
      // A named network ("the Southland Immigrant Defense Network") is a group's; "the U.S. network" in lower case broadcasts.
      // ("a network of Italian associations" is a network of people, not a broadcaster.)
      if (hit && hit.key === 'network' && /^n/.test(part[i]!.text)) hit = part[i + 1]?.norm === 'of' ? null : { ...hit, value: 'media' };
      if (hit) {
        if (part === tokens) mentionHasRole = true;
        kinds.add(hit.value);
        // "foreign minister", "police spokesman": a role of one person whatever the words before its last.
        if (PERSON_ROLES.has(hit.key) || PERSON_ROLES.has(hit.key.slice(hit.key.lastIndexOf(' ') + 1))) personRole = true;
        i += hit.length - 1;
      }
    }
    // "A source in Rijal al-Karama, the largest armed group": a mere "source" or "official" is read on into the
    // description, and so is a "committee" that is no legislature (below).
    if ([...kinds].some((k) => k !== 'official' && k !== 'other' && (k !== 'legislator' || words.some((w) => LEGISLATOR_WORDS.has(w))))) break;
  }
  let kind: SourceKind | null = null;
  for (const k of KIND_PRECEDENCE) if (kinds.has(k)) { kind = k; break; }
  if (kinds.has('legislator') && !words.some((w) => LEGISLATOR_WORDS.has(w))) {
    // "committee" or "deputy" alone do not make a legislator ("deputy head of the mission").
    kinds.delete('legislator');
    kind = null;
    for (const k of KIND_PRECEDENCE) if (kinds.has(k)) { kind = k; break; }
  }
  // "Police spokesperson Brigadier X", "Aceh Police Chief Insp. Gen. X": a police rank is no army's; the police are the state's.
  if (kind === 'military' && kinds.has('government') && words.includes('police') && !inst) kind = 'government';
  if (kind === 'international' && !words.some((w) => INTERNATIONAL_WORDS.has(w)) && !inst && !instDesc) {
    // "agency" alone is any agency: of a state when a country is named.
    kind = kinds.has('intelligence') ? 'intelligence' : null;
  }

  // 3. Country: demonym or country name in the mention; "the country's" → the last named.
  const codes = new Set<string>();
  let multinational = false;
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!;
    // "Western officials" span countries; a "foreign minister" is one country's.
    if (MULTINATIONAL.has(t.norm) && i < tokens.length && !(t.norm === 'foreign' && /^(?:minister|ministry|office|secretary|affairs)$/.test(all[i + 1]?.norm ?? ''))) multinational = true;
    // "the UK-based monitor" is based there, not of there (decision 8: SOHR is SY though Britain-based).
    const c = countryAt(all, i) ?? (t.text.includes('-') && !/-based$/i.test(t.text) ? countryAt(tokenize(t.text.split('-')[0]!), 0) : null);
    if (c) {
      codes.add(c.code);
      i += c.length - 1;
    }
  }
  const mentionCodes = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const c = countryAt(tokens, i) ?? (tokens[i]!.text.includes('-') && !/-based$/i.test(tokens[i]!.text) ? countryAt(tokenize(tokens[i]!.text.split('-')[0]!), 0) : null);
    if (c) { mentionCodes.add(c.code); i += c.length - 1; }
  }
  for (const t of tokens) {
    const a = AFFILIATIONS.get(t.norm) ?? AFFILIATIONS.get(t.norm.split('-')[0]!);
    if (a) mentionCodes.add(a);
  }
  const refersBack = /\b(?:the (?:country|enclave|region|city|province|state|territory|kingdom|republic)'s|its)\b/i.test(text.replace(/’/g, "'"));

  let country: string | null;
  let refersBackTo: 'country' | 'place' | null = null;
  let sourceCountryAfterRefersBack: string | null = null;
  let basedOnly = false;
  const source = inst?.inst ?? instDesc?.inst ?? null;
  if (source && (!kind || inst)) {
    kind = source.kind;
    country = source.country;
    // "Amnesty International Nigeria": a section of an international NGO takes the country it is named for.
    if (country === null && kind === 'ngo' && mentionCodes.size === 1) country = [...mentionCodes][0]!;
    // "the Burundian Red Cross", "the Kenya Red Cross": a national society is its country's charity, not the ICRC.
    if (kind === 'international' && mentionCodes.size === 1 && words.includes('red') && words.includes('cross')) {
      kind = 'ngo';
      country = [...mentionCodes][0]!;
    }
  } else {
    country = mentionCodes.size === 1 ? [...mentionCodes][0]! : mentionCodes.size > 1 ? null : codes.size === 1 ? [...codes][0]! : null;
    // "the Mexican consulate in Los Angeles": a mission abroad is of the country named before it, not where it sits.
    const mission = tokens.findIndex((t) => t.norm === 'consulate' || t.norm === 'embassy');
    const sender = mission > 0 ? countryAt(tokens, mission - 1) : null;
    if (sender) country = sender.code;
    // "the Centre for Frontier Security Studies, an Islamabad-based think tank": a body named for no country is of
    // the country it is based in.
    if (country === null && codes.size === 0 && !multinational) {
      country = basedIn(all);
      basedOnly = country !== null;
    }
    if (mentionCodes.size > 1 || (multinational && mentionCodes.size === 0)) country = null;
    else if (multinational && /\band\b/.test(text)) country = null;
    // Completed from the surroundings when resolved: "the country's" → the country last named, "the region's", "its" → the place.
    if (!country && refersBack && !multinational) refersBackTo = /\b(?:country|kingdom|republic|state)'s\b/i.test(text.replace(/’/g, "'")) ? 'country' : 'place';
    if (source && kind) sourceCountryAfterRefersBack = source.country;
  }
  // A capital or country name standing for its government: "Seoul says", "Kyiv and Washington say".
  if (!kind && !source && tokens.length > 0 && tokens.every((t, i) => countryAt(tokens, i) !== null || t.kind !== 'word' || t.norm === 'and' || (i > 0 && countryAt(tokens, i - 1) !== null))) kind = 'government';
  // "The Tbilisi weekly Akhali Dro", "the Baku daily X": a paper named after what it is ("the ministry's daily update" is no paper).
  if ((!kind || kind === 'other') && !source && PAPER_BEFORE_NAME.test(text)) kind = 'media';
  // "UNJHRO", "UNMISS", "the UNSOM": an acronym the gazetteer does not know that opens with "UN" is a UN body's.
  if (!kind && UN_ACRONYM.test(text.trim().replace(/^the\s+/i, ''))) kind = 'international';
  // "official figures", "the latest official statistics": what the state publishes, its government's voice.
  if ((!kind || kind === 'official') && words.includes('official') && FIGURE_NOUNS.has(words[words.length - 1] ?? '')) kind = 'government';
  // "the provincial health division", "The representative of Haiti" (one country named): a body or an envoy of the
  // state, named by what it is; a capitalised name ("the Fogo Cruzado institute") may be anyone's and stays other.
  // So is a named body the words place in the state ("the state Commission on Prisoners of War", "the National Disaster
  // Operations Centre").
  // Name and head noun: the proper name given and the word a mention is about, read once for the kinds below.
  const name = properName(tokens);
  const nounAt = nounHead(tokens);
  if (!kind && (name.length === 0 || words.some((w) => STATE_TIERS.has(w)))) {
    if (PUBLIC_BODY_HEADS.has(nounAt) || (STATE_ENVOY_HEADS.has(nounAt) && codes.size === 1 && !multinational)) kind = 'government';
  }
  // "Plataforma Decide, a civil society group that monitors the unrest", "the New York-based group", "the Cabo Ligado
  // project": a body of citizens described as such is a non-governmental group, unless a word arms it.
  if (!kind && (civilCollective(tokens) || civilCollective(descTokens)) && !words.some((w) => ARMED_GROUP_WORDS.has(w))) kind = 'ngo';
  if (!kind) kind = personRole ? 'government' : /(?<![-\w])(?:ministry|government|authorit)/i.test(text) ? 'government' : name.length ? 'other' : 'official';
  // Non-state armed groups keep no country.
  // "The US envoy": a state's envoy speaks for that state; only UN and other bodies' envoys are international.
  if (kind === 'international' && words.includes('envoy') && codes.size === 1 && !source && !words.some((w) => INTERNATIONAL_BODY_WORDS.has(w))) kind = 'government';
  // A liberation movement or rebel army named for its country is still no state (decision 8).
  // "a senior police officer", "an army official", "security sources": unnamed people of a state body are
  // officials (spec), whatever body they serve; an armed group's own ("a Hezbollah official") stay its kind.
  // "a police officer in Goma": the head is before the place.
  let headAt = tokens.length - 1;
  for (let k = 1; k < tokens.length - 1; k++) if ((tokens[k]!.norm === 'in' || tokens[k]!.norm === 'at') && /^[A-Z]/.test(tokens[k + 1]!.text)) { headAt = k - 1; break; }
  const head = tokens[headAt]?.norm ?? '';
  if ((UNNAMED_PEOPLE_HEADS.has(head) || UNNAMED_PEOPLE_HEADS.has(nounAt)) && STATE_BODY_KINDS.has(kind) && !(source && source.country === null) && !words.some((w) => NON_STATE_ARMED_WORDS.has(w))) kind = 'official';
  // "Dr. X, head of the emergency department at Nasser Hospital", "medical superintendent Ahmad Gul": hospital staff
  // speak for no state, whatever their title. Named people, and unnamed "medical sources", "sources at the Kirotshe
  // hospital" (the golds call them other too); an unnamed "administrator at the town's hospital" or "hospital officials"
  // hold an office and stay officials, and "security and medical sources" are of both. They keep the country a state's
  // person would have (the kind changes last).
  const hospitalWords = words.some((w) => HOSPITAL_WORDS.has(w)) && !words.some((w) => STATE_BODY_WORDS.has(w));
  const medicalSources = (head === 'source' || head === 'sources' || nounAt === 'source' || nounAt === 'sources') && !words.some((w) => NON_MEDICAL_SOURCE_WORDS.has(w));
  const hospitalStaff = (kind === 'government' || kind === 'official') && hospitalWords && ((!UNNAMED_PEOPLE_HEADS.has(head) && name.length > 0) || medicalSources);
  // "Ukraine's Dnipro operational-strategic group of forces", "the Sever group of forces": a state army's formation.
  const stateFormation = STATE_FORMATION.test(description) || STATE_FORMATION.test(text);
  // "the Joint Command of the Armed Forces": a state's armed forces are no armed group.
  const nonState = words.some((w, k) => NON_STATE_ARMED_WORDS.has(w) && !(w === 'armed' && words[k + 1] === 'forces'));
  const clearCountry = kind === 'military' && !stateFormation && nonState && !source && (mentionCodes.size === 0 || words.some((w) => NAMED_FOR_COUNTRY_ARMED_WORDS.has(w)));
  // "the National Research Institute", "the National Disaster Management Office": a nation's body, of the story's nation.
  const nationalBody = tokens.some((t) => t.norm === 'national');
  // State media belong to the state of the story: "state broadcaster VTV", "state television".
  const stateMedia = kind === 'media' && words.includes('state');
  const unplaced = !multinational && mentionCodes.size === 0 && !source && !clearCountry;
  const stateFallback = unplaced && (STATE_KINDS.has(kind) || stateMedia);
  // "Local media", "local TV channels", "regional outlets": the press of the place the story is in.
  const localMedia = kind === 'media' && (words.includes('local') || words.includes('regional'));
  // Sources of kind other with no country of their own ("Elders in Sabiid", "a doctor", "a local health worker") are of
  // the place the story is in, as its witnesses are.
  const placeFallback = unplaced && !stateFallback && (kind === 'intelligence' || localMedia || kind === 'other' || (nationalBody && kind !== 'international') || (kind === 'witness' && !words.some((w) => TRAVELLING_WITNESSES.has(w))));
  // "Rights groups say": several unnamed groups belong to no one country (decision 8).
  const ngoFallback = kind === 'ngo' && !source && !multinational && !(/s$/.test(tokens[tokens.length - 1]?.norm ?? '') && name.length === 0);
  // "the U.N.'s top aid official", "deputy head of the mission MONUSCO": the institution's kind.
  const override = instDesc && !inst && GENERIC_KINDS.has(kind) ? { kind: instDesc.inst.kind, country: instDesc.inst.country } : null;

  // Shown: the proper name given, else the mention as written.
  const shown = (name.length > 0 && personRole && !source ? name.join(' ') : text).replace(/^[,\s]+|[,\s]+$/g, '');

  const plural = /s$/.test(tokens[tokens.length - 1]?.norm ?? '') && !personRole && !source;
  // A capitalised name with no role word is a person's, unless an article opens it ("The Conflict Data Project").
  // "Director General of ISPR Lieutenant General Ahmed Sharif Chaudhry": a role of a known body, then a person's name.
  // ("IDF spokesman Lt. Col. X", the body first, stays the body's voice: "the army" may refer back to it.)
  const namedAfterBody = !!found && found.start > 0 && (tokens[found.start - 1]!.norm === 'of' || tokens[found.start - 1]!.norm === 'for')
    && found.end <= tokens.length - 2 && tokens.slice(-2).every((t) => t.kind === 'word' && /^[A-Z][a-z]/.test(t.text));
  // "Hélène Mbarga, who heads the local office of the UN refugee agency": a name with no role of its own is a person's,
  // whatever body its description names.
  const person = ((personRole && (namedAfterBody || !(source && !source.person && inst))) || (name.length >= 2 && !inst && !mentionHasRole && (!source || !!instDesc) && !/^the\s/i.test(text)) || !!source?.person) && !plural;
  const link: MentionAnalysis['link'] = { name: shown.trim(), kind: hospitalStaff ? 'other' : kind };
  if (source) link.id = source.id;
  return {
    // "the National Disaster Council (NDC)" is later "the NDC": its bracketed acronym is a name too.
    link, person, plural, words, nameWords: abbrev ? [...name.map((n) => n.toLowerCase()), abbrev.toLowerCase()] : name.map((n) => n.toLowerCase()),
    country, refersBack: refersBackTo, sourceCountryAfterRefersBack, clearCountry, stateFallback, placeFallback, refersBackAny: refersBack, localOffice: words.some((w) => LOCAL_OFFICE_WORDS.has(w)), ngoFallback, basedOnly, override,
  };
}
