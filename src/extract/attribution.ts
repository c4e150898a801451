/**
 * Stage 4, attribution: the chain from speaker to origin for each figure of a sentence.
 * Report cues ("X said", "said X", "according to X", "X told reporters", "citing Y", "after a
 * briefing by Y", "X told the BBC", "…, MRTV reported"), back-references ("the agency", "he",
 * "Lee") resolved against a per-document register of the sources named so far. No cue: the
 * outlet's own voice (an empty chain).
 */
import type { SourceLink } from '../core/claim.ts';
import { BACK_REFERENCE_HEADS, FIGURE_NOUNS, GATHERING_NOUNS, ORIGIN_INTRODUCERS, OUTLET_INTRODUCERS, SOURCE_POSSESSIONS, SPEECH_ONLY_VERBS, SPEECH_VERBS } from './data/attribution.ts';
import { TENS, UNITS } from './data/numbers.ts';
import { DISTANCE_UNITS } from './data/nouns.ts';
import { countryGuessed, typeSource, type SourceContext, type TypedSource } from './sources.ts';
import { countryAt } from './countries.ts';
import { isAcronym, PhraseTable, TokenWords, tokenize as tokenizeDescription, type Token } from './tokens.ts';

// Word lists the rules below test membership in, named and kept apart from the logic.
/** Words that state a count ("three", "dozens"); "one" is left out, being as often a pronoun ("one of them"). */
const COUNT_WORDS: ReadonlySet<string> = new Set([...Object.keys(UNITS), ...Object.keys(TENS), 'dozens', 'scores', 'hundreds', 'thousands', 'millions'].filter((w) => w !== 'one'));
/** Published figures as a sentence's subject ("The figures show …", "new data"): no source of their own. */
// "Initial reports suggest …, according to local TV channels": early reports are what the source gave, not a source.
const FIGURES_AS_SPEAKER = /^(?:(?:preliminary|new|official|the|latest) )?(?:data|figures|records|numbers|statistics)$|^(?:initial|early|first|preliminary) reports$/i;
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'where', 'quoted', 'cited', 'consulted', 'speaking', 'reporting', 'writing', 'dated', 'requesting', 'asking', 'declining']);
/** Verbs of a relative clause that say what its subject is ("who heads", "which represents"), not what it did. */
const IDENTITY_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'heads', 'headed', 'leads', 'led', 'runs', 'ran', 'chairs', 'directs', 'serves', 'served', 'works', 'worked', 'represents', 'commands', 'oversees', 'manages', 'coordinates', 'monitors', 'tracks', 'counts', 'documents', 'speaks', 'has', 'had']);
/** Participles of how a source spoke ("speaking on condition of anonymity", "reporting from Tyre"): no description of what it is. */
const MANNER_OF_SPEAKING: ReadonlySet<string> = new Set(['speaking', 'reporting', 'writing', 'requesting', 'asking', 'declining']);
const BE_FORMS: ReadonlySet<string> = new Set(['were', 'was', 'been', 'be', 'is', 'are', 'being']);
const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'de', 'al', 'bin', 'der', 'von', '-']);
const RELEASED_OBJECTS: ReadonlySet<string> = new Set(['toll', 'figures', 'count', 'tally', 'estimate']);
const GIVEN_OBJECTS: ReadonlySet<string> = new Set(['toll', 'figure', 'figures', 'number', 'estimate', 'count', 'tally']);
const PUT_OBJECTS: ReadonlySet<string> = new Set(['toll', 'death', 'number', 'total', 'figure', 'casualty']);
const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'the']);
const BELIEF_OBJECT_STARTS: ReadonlySet<string> = new Set(['the', 'about', 'around', 'some', 'more', 'at']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const PASSIVE_REPORT_VERBS: ReadonlySet<string> = new Set(['said', 'told', 'quoted']);
const REPORTING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told']);
const PRESS_NOUNS: ReadonlySet<string> = new Set(['reporters', 'journalists', 'media', 'press']);
const PARTICIPLES_AFTER_FIGURES: ReadonlySet<string> = new Set(['reported', 'cited', 'given', 'released', 'recorded', 'registered', 'announced', 'confirmed', 'counted', 'stated', 'published', 'estimated']);
const PUBLISHING_VERBS: ReadonlySet<string> = new Set(['released', 'published', 'issued', 'compiled', 'given', 'documented', 'recorded', 'collected', 'gathered']);
const REPORTED_STATES: ReadonlySet<string> = new Set(['missing', 'dead', 'killed', 'wounded', 'injured', 'losses', 'casualties', 'deaths']);
const UNNAMED_SOURCE_KINDS: ReadonlySet<string> = new Set(['legislator', 'official', 'government', 'international']);
// Plural sources too: "Local authorities report at least 10 killed".
const COUNTING_SUBJECTS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'officials', 'also', 'group', 'monitor', 'ministry', 'agency', 'has', 'have', 'authorities', 'police', 'residents', 'witnesses', 'activists', 'sources', 'groups', 'agencies', 'medics', 'doctors', 'rescuers', 'observers', 'monitors', 'experts', 'analysts', 'researchers', 'media', 'outlets', 'government', 'army', 'military']);
const STATE_KINDS: ReadonlySet<string> = new Set(['intelligence', 'government', 'military', 'official']);
const FIGURES_FROM: ReadonlySet<string> = new Set(['from', 'by', 'of']);
const CITED_BY_VERBS: ReadonlySet<string> = new Set(['consulted', 'quoted', 'cited', 'interviewed']);
/** SPEECH_VERBS as token words (a bit test per token in the loops below). */
export const speechVerbs = new TokenWords(SPEECH_VERBS);
/** Participles that, before "by", name who gave a figure. */
const GIVEN_BY_VERBS: ReadonlySet<string> = new Set(['given', 'provided', 'released', 'issued', 'compiled', 'published', 'reported', 'confirmed', 'recorded', 'documented', 'verified', 'communicated']);
/** Every word that can open an "according to" style attribution, as token words. */
const introducerWords = new TokenWords(['according', 'per', 'by', 'based', ...GIVEN_BY_VERBS]);

/** Nouns that hold a figure given by someone: the figures nouns and "figure", "toll", "number". */
const HELD_FIGURE_NOUNS: ReadonlySet<string> = new Set([...FIGURE_NOUNS, 'figure', 'toll', 'number']);
/** A figure, or a noun that holds one, among the five tokens before `i`. */
function figureJustBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 5); k < i; k++) if (tokens[k]!.kind === 'num' || HELD_FIGURE_NOUNS.has(tokens[k]!.norm)) return true;
  return false;
}
/** A figure's noun just before a comma at `comma`, with no number after it: "The last official number, …", "The toll, …". */
function figureNounBefore(tokens: readonly Token[], comma: number): boolean {
  for (let k = comma - 1; k >= Math.max(0, comma - 4); k--) {
    if (tokens[k]!.kind === 'num') return false;
    if (HELD_FIGURE_NOUNS.has(tokens[k]!.norm)) return true;
  }
  return false;
}
/** A figures noun among the next three lower-case words ("official figures", "our records", "police data"). */
function productWithin(tokens: readonly Token[], k: number): boolean {
  for (let q = k; q < k + 3 && q < tokens.length && /^[a-z]/.test(tokens[q]!.text); q++) if (FIGURE_NOUNS.has(tokens[q]!.norm)) return true;
  return false;
}
/** "52 deaths reported by the ministry", "the toll, communicated on Monday evening by the prefect": the introducer's length, or 0. */
function givenBy(tokens: readonly Token[], i: number): number {
  const day = givenDay(tokens, i + 1);
  return tokens[i + 1 + day]?.norm === 'by' && (figureJustBefore(tokens, i) || (tokens[i - 1]?.norm === 'as' && tokens[i - 2]?.text === ',')) ? 2 + day : 0;
}
/** Is there a number among the tokens before `i`? (Read once per aside: asides are few.) */
function numberBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (tokens[k]!.kind === 'num') return true;
  return false;
}
/** "on Monday evening", "on Dec. 2": a day phrase between a participle and its "by" (its length, 0 if none). */
function givenDay(tokens: readonly Token[], k: number): number {
  const day = dayPhraseLength(tokens, k);
  return day > 0 && TIMES_OF_DAY.has(tokens[k + day]?.norm ?? '') ? day + 1 : day;
}
const TIMES_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);
const CARRIED_BY_VERBS: ReadonlySet<string> = new Set(['carried', 'quoted', 'cited', 'consulted', 'interviewed']);
/** What a source issues, after its possessive: "the ministry's figures", "the army's daily update". */
const POSSESSED_PRODUCTS: ReadonlySet<string> = new Set(['register', 'database', 'figures', 'figure', 'data', 'tally', 'tallies', 'count', 'counts', 'toll', 'update', 'report', 'statement', 'list', 'bulletin', 'estimates', 'estimate', 'records', 'numbers', 'statistics', 'reckoning']);
const PRODUCT_NOUNS: ReadonlySet<string> = new Set(['assessments', 'estimates', 'estimate', 'figures', 'figure', 'data', 'analysis', 'calculations', 'research', 'toll', 'tally', 'count', 'numbers', 'statistics', 'a', 'an']);
/** Words that describe published figures: "the latest figures", "new official data". */
const FIGURE_ADJECTIVES: ReadonlySet<string> = new Set(['latest', 'new', 'official', 'preliminary', 'updated', 'recent', 'most', 'its', 'their', 'provisional', 'final', 'revised',
  // How often it comes out: "a quarterly report by X", "its annual survey".
  'daily', 'weekly', 'monthly', 'quarterly', 'annual', 'yearly', 'biannual']);
const CONNECTIVES: ReadonlySet<string> = new Set(['and', 'but', 'also', 'meanwhile', 'separately']);
const BROADCAST_VERBS: ReadonlySet<string> = new Set(['aired', 'was', 'broadcast', 'ran', 'appeared']);
const GAVE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'the', 'its', 'their']);
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their']);
const DESCRIPTION_STARTS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'deputy', 'head', 'spokesman', 'spokeswoman', 'spokesperson', 'who', 'which', 'chief', 'director', 'member', 'one', 'its', 'their']);
/** Verbs before "on state television" that make the broadcaster the statement's carrier. */
const BROADCAST_BEFORE: ReadonlySet<string> = new Set(['said', 'says', 'read', 'broadcast', 'aired', 'announced', 'televised', 'speaking', 'appearing']);
/** How a statement reached the air: "a statement read on state television", "a communique broadcast over national radio". */
const BROADCAST_PARTICIPLES: ReadonlySet<string> = new Set(['read', 'broadcast', 'aired', 'televised', 'carried', 'published', 'posted']);
/** The words before a station a statement went out on: "on state television", "over national radio". */
const BROADCAST_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'over']);
/** Nouns that make "on X" a broadcaster. */
const BROADCAST_NOUNS: ReadonlySet<string> = new Set(['television', 'tv', 'radio', 'broadcaster']);
/** "on its …", "on their …": a group's own media arm, when a name follows. */
const OWN_MEDIA_POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their']);
/** The nouns after a media arm's name: "its Andalus radio station", "its Az-Zallaqa media channel", "its Amaq news agency". */
const MEDIA_ARM_NOUNS: ReadonlySet<string> = new Set([...BROADCAST_NOUNS, 'media', 'channel', 'station', 'news', 'agency', 'outlet', 'website', 'telegram', 'propaganda']);
/** Prepositions before a group's own media arm: "on its …", "through its …", "relayed by its …", "via its …". */
const OWN_MEDIA_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'through', 'by', 'via']);
/** The nouns that name a media arm before its name: "its propaganda arm az-Zallaqa", "its media wing Al-Kataib". */
const MEDIA_ARM_HEADS: ReadonlySet<string> = new Set(['arm', 'wing', 'outlet', 'agency', 'channel', 'station']);

/**
 * The name of a group's media arm in the tokens from `s` (after "its"), as [start, end), or null: a name then its noun
 * ("Andalus radio station", "az-Zallaqa media arm"), a name holding its noun ("Radio Andalus"), or the noun then the name
 * ("propaganda arm az-Zallaqa"). A platform ("its Telegram channel") carries everyone's posts: no media arm.
 */
function mediaArmAfter(tokens: readonly Token[], s: number): [number, number] | null {
  let e = s;
  // (An Arabic article inside a name is lower-case: "Sawt al-Jabal", "az-Zallaqa".)
  while (e < s + 4 && NAME_WORD.test(tokens[e]?.text ?? '') && !WEEKDAY.test(tokens[e]!.norm) && !MONTH_NAME.test(tokens[e]!.norm)) e++;
  if (e > s) {
    if (MEDIA_ARM_NOUNS.has(tokens[e]?.norm ?? '') && !(e === s + 1 && SOCIAL_PLATFORMS.has(tokens[s]!.norm))) return [s, e];
    if (e > s + 1 && (BROADCAST_NOUNS.has(tokens[s]!.norm) || BROADCAST_NOUNS.has(tokens[e - 1]!.norm))) return [s, e];
    return null;
  }
  // "its propaganda arm az-Zallaqa", "its news agency Amaq": one or two lower-case words ending in an arm's noun, then the name.
  for (let k = s; k < s + 2; k++) {
    if (!MEDIA_ARM_NOUNS.has(tokens[k]?.norm ?? '') && !MEDIA_ARM_HEADS.has(tokens[k]?.norm ?? '')) return null;
    if (MEDIA_ARM_HEADS.has(tokens[k]!.norm)) {
      let n = k + 1;
      // ("a message on its channel Monday": a day is no name.)
      while (n < k + 5 && NAME_WORD.test(tokens[n]?.text ?? '') && !WEEKDAY.test(tokens[n]!.norm) && !MONTH_NAME.test(tokens[n]!.norm)) n++;
      return n > k + 1 ? [k + 1, n] : null;
    }
  }
  return null;
}
/** A word of a name: capitalised, or an Arabic article joined to one ("al-Jabal", "az-Zallaqa", "ash-Sham"). */
const NAME_WORD = /^(?:[A-Z]|a[lnrsdzt]h?-)/;

/** Platforms anyone posts on, not a body's media arm. */
const SOCIAL_PLATFORMS: ReadonlySet<string> = new Set(['telegram', 'facebook', 'x', 'twitter', 'whatsapp', 'youtube', 'instagram', 'tiktok', 'vk', 'viber', 'signal']);
const OUTLET_PP_STARTS: ReadonlySet<string> = new Set(['on', 'in', 'by', 'about', 'after', 'from', 'for', 'at', 'over', 'during']);

export interface RegisteredSource extends TypedSource {
  /** The links this source cited ("citing the NIS"), inherited by later "the lawmakers said". */
  origin: SourceLink[];
  /** Day of its latest dated statement. */
  date: string | null;
  /** The outlet it spoke to ("told the BBC"), carried to its later statements. */
  outlet?: TypedSource;
}

export interface Cue {
  /** Token index of the verb or introducer. */
  at: number;
  /** Token span of the whole attribution clause, for dates and hedges. */
  clauseStart: number;
  clauseEnd: number;
  chain: SourceLink[];
  speaker: RegisteredSource;
  /** The speaker was a back-reference (pronoun, "the agency", a surname). */
  coreferent: boolean;
  /** The clause comes after the figures it attributes (", X said"). */
  trailing: boolean;
  /** The speaker is the subject of a relative clause ("a deployment that opposition leaders say is unlawful"): it attributes nothing before it. */
  relative?: boolean;
  verb: string;
}

const origins = new PhraseTable(ORIGIN_INTRODUCERS.map((k) => [k, true] as [string, boolean]));
const outlets = new PhraseTable(OUTLET_INTRODUCERS.map((k) => [k, true] as [string, boolean]));
/**
 * Every word that can open what the first loop of findCues reads at a token (an origin, an outlet, a broadcaster, a
 * media arm, "carried by", a briefing named before): most tokens are none, and one bit test passes them by.
 */
const outletOrOriginWords = new TokenWords([
  ...[...ORIGIN_INTRODUCERS, ...OUTLET_INTRODUCERS].map((k) => tokenizeDescription(k)[0]!.norm),
  ...BROADCAST_PREPOSITIONS, ...OWN_MEDIA_PREPOSITIONS, ...CARRIED_BY_VERBS, 'after', 'following',
]);
const BOUNDARY = new Set([',', ';', ':', '"', '“', '”', '(', ')', '—', '–']);
const SKIP_BEFORE_VERB = new Set(['has', 'have', 'had', 'since', 'also', 'later', 'separately', 'earlier', 'previously', 'further', 'again', 'then', 'now', 'already', 'repeatedly', 'initially', 'first', 'last', 'on', 'this', 'week', 'officially', 'publicly', 'today', 'yesterday', 'so', 'far', 'just', 'recently', 'subsequently']);
const NP_STOP = new Set(['that', 'while', 'as', 'but', 'because', 'which', 'when', 'after', 'before', 'if', 'though', 'although', 'whereas', 'where', 'since', 'until']);
// Object forms too: "according to him", "according to them".
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them']);
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'i', 'we']);
/** "their statement said", "its report": a possessive pronoun before what a source issues stands for the source. */
const POSSESSIVE_PRONOUNS = new Map([['its', 'it'], ['their', 'they'], ['his', 'he'], ['her', 'she']]);

/** What kind of source "the agency", "the lawmakers", "the monitor" most likely refers back to. */
/** Heads that refer back to a source named before ("the agency", "the military"). */
const BACK_REFERENCE_WORDS: ReadonlySet<string> = new Set(BACK_REFERENCE_HEADS);
/** "told the BBC she had counted": a subject pronoun starts the reported clause. */
const SUBJECT_PRONOUN_WORDS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'madam', 'shri', 'sri', 'smt', 'shrimati', 'alhaji', 'hon']);
const SAME_SOURCE_HEADS: ReadonlySet<string> = new Set(['source', 'sources', 'official', 'officials', 'person', 'people', 'spokesman', 'spokeswoman', 'spokesperson', 'witness', 'witnesses', 'resident', 'residents']);

/** A rank or office written before a surname when a person is named again: short ("Supt", not "St", a saint's) or in full. */
function isTitleWord(w: string): boolean {
  return (TITLE_ABBREVIATIONS.has(w) && w !== 'st') || TITLES_BEFORE_NAMES.has(w);
}
/** Ranks and offices written in full (their short forms: TITLE_ABBREVIATIONS). */
const TITLES_BEFORE_NAMES: ReadonlySet<string> = new Set(['superintendent', 'inspector', 'sergeant', 'captain', 'colonel', 'lieutenant', 'general', 'major', 'brigadier', 'commander',
  'admiral', 'corporal', 'det', 'detective', 'governor', 'senator', 'president', 'minister', 'cs', 'mayor', 'judge', 'justice', 'bishop', 'sheikh', 'imam', 'commissioner', 'chief']);
const KIND_OF_HEAD = new Map<string, string>(Object.entries({ agency: 'intelligence', lawmakers: 'legislator', lawmaker: 'legislator', monitor: 'ngo', observatory: 'ngo', group: 'ngo', military: 'military', army: 'military', outlets: 'media', journalists: 'media', reporters: 'media', broadcaster: 'media', channel: 'media', paper: 'media', newspaper: 'media', daily: 'media', weekly: 'media', outlet: 'media', station: 'media', tabloid: 'media', website: 'media', portal: 'media', office: 'international', general: 'military', officials: 'official' }));

export class SourceRegister {
  readonly entries: RegisteredSource[] = [];

  add(src: TypedSource, origin: SourceLink[], date: string | null): RegisteredSource {
    const name = src.link.name.toLowerCase();
    const entries = this.entries;
    let at = -1;
    for (let i = 0; i < entries.length; i++) if (sameSource(entries[i]!, src, name)) { at = i; break; }
    if (at >= 0) {
      const existing = entries[at]!;
      if (origin.length) existing.origin = origin;
      if (date) existing.date = date;
      // A later mention may give the proper name ("Lee Seong-kweun" after "a South Korean lawmaker").
      if (src.nameWords.length && !existing.nameWords.length) {
        existing.nameWords = src.nameWords;
        existing.link = { ...existing.link, name: src.link.name };
      }
      // The most recent mention goes last.
      entries.splice(at, 1);
      entries.push(existing);
      return existing;
    }
    // Built field by field: a spread of a TypedSource is a slow generic copy in V8.
    const entry: RegisteredSource = { link: src.link, person: src.person, plural: src.plural, words: src.words, nameWords: src.nameWords, origin, date };
    entries.push(entry);
    return entry;
  }

  /** A source spoken of again is the most recent mention: a later "the agency" or "she" looks from it. */
  touch(entry: RegisteredSource): void {
    const at = this.entries.lastIndexOf(entry);
    if (at < 0 || at === this.entries.length - 1) return;
    this.entries.splice(at, 1);
    this.entries.push(entry);
  }

  /** Resolve a back-reference: a pronoun, "the agency"/"the lawmakers", or a surname. */
  resolve(mention: readonly Token[]): RegisteredSource | null {
    const words: string[] = [];
    for (const t of mention) if (t.kind === 'word') words.push(t.norm);
    if (words.length === 0) return null;
    const entries = this.entries;
    // "the ministry's daily summary", "the army's statement": a document of a source named before is that source.
    const owner = mention.findIndex((t) => t.norm === "'s");
    if (owner > 0 && owner + 1 < mention.length && mention.length - owner <= 4) {
      const head = mention[mention.length - 1]!.norm;
      if (DOCUMENT_HEADS.has(head) || POSSESSED_PRODUCTS.has(head) || head === 'summary') {
        const byOwner = this.resolve(mention.slice(0, owner));
        if (byOwner) return byOwner;
      }
    }
    // "their statement said", "its latest report": the pronoun's source issued it.
    // "its researchers found", "their monitors counted": the body's people speak for it.
    const possessor = words.length === 2 && (DOCUMENT_HEADS.has(words[1]!) || POSSESSED_PRODUCTS.has(words[1]!) || BODY_MEMBERS.has(words[1]!)) ? POSSESSIVE_PRONOUNS.get(words[0]!) : undefined;
    if (possessor) words.splice(0, 2, possessor);
    if (words.length === 1 && PRONOUNS.has(words[0]!)) {
      const p = words[0]!;
      // "A security source in Djibo said … He added …": an unnamed single person is one too.
      // So is a body's spokesperson named after it ("BNPB spokesman Abdul Muhari"), kept as the body's voice.
      if (p === 'he' || p === 'she' || p === 'him' || p === 'her') return latest(entries, (e) => e.person || singleUnnamedPerson(e) || namedSpokesperson(e));
      // Never a pronoun left unresolved before ("he said" with no one named): "it" is no person.
      if (p === 'it') return latest(entries, (e) => !e.person && !e.plural && !PERSON_PRONOUNS.has(e.link.name.toLowerCase())) ?? latest(entries, (e) => !e.person && !PERSON_PRONOUNS.has(e.link.name.toLowerCase()));
      return latest(entries, (e) => e.plural || namedByPluralNoun(e)) ?? latest(entries, (e) => !e.person) ?? entries[entries.length - 1] ?? null;
    }
    // "One of them said" after "Two residents told …": one of the group named last speaks for it.
    if (words.length === 3 && words[0] === 'one' && words[1] === 'of' && (words[2] === 'them' || words[2] === 'those')) {
      const group = latest(entries, (e) => e.plural);
      if (group) return group;
    }
    // "One official said", "another official": one of a group named before ("American officials").
    if (words.length === 2 && (words[0] === 'one' || words[0] === 'another')) {
      const head = words[1]!;
      const member = latest(entries, (e) => e.plural && (e.words.includes(`${head}s`) || e.words.includes(head)));
      if (member) return member;
    }
    const capitals: string[] = [];
    // "Mr. Zelensky" refers to "Volodymyr Zelensky": honorifics are not part of the name.
    // So are ranks and titles: "Supt Tondop" is the "Superintendent Joseph Tondop" named before.
    for (const t of mention) if (t.kind === 'word' && t.norm !== 'the' && isUpper(t.text) && !HONORIFICS.has(t.norm) && !isTitleWord(t.norm)) capitals.push(t.norm);
    if (capitals.length > 0 && capitals.length <= 2) {
      const byName = latest(entries, (e) => capitals.every((c) => e.nameWords.includes(c)));
      if (byName) return byName;
    }
    // "the New York-based group", "the London-based monitor": where a body sits describes it, it does not name it.
    const described = words[0] === 'the' ? withoutBasedIn(mention) : mention;
    const describedWords = described === mention ? words : wordsOf(described);
    // "the same source", "the same officials": whoever was last cited, whatever their words.
    if (describedWords.length === 3 && describedWords[0] === 'the' && describedWords[1] === 'same' && SAME_SOURCE_HEADS.has(describedWords[2]!)) {
      const last = entries[entries.length - 1];
      if (last) return last;
    }
    if (describedWords[0] === 'the' && describedWords.length <= 3) {
      const head = describedWords[describedWords.length - 1]!;
      // "the Indian Army" after "Pakistan's army": a mention that names its nation refers only to that nation's.
      const nation = nationOf(described);
      const singular = head.endsWith('s') ? head.slice(0, -1) : null;
      const modifiers = modifiersOf(described);
      // An institution before a person who speaks for it: "according to the ministry" after "ministry spokesman X".
      // "the defence ministry" after "the interior ministry" is another ministry: every word that sets it apart must match.
      // An acronym ("the IOM") names a body, never the person whose description held it ("who heads the IOM's office").
      const byHead = latestWithHead(entries, head, singular, nation, modifiers, true) ?? (isAcronym(described[described.length - 1]!) ? null : latestWithHead(entries, head, singular, nation, modifiers, false));
      if (byHead) return byHead;

      // "the IG said" after "Inspector General of Police R. Sundarlal Netam told NNS": a role's initials stand for it.
      if (describedWords.length === 2 && isAcronym(described[described.length - 1]!)) {
        const initials = described[described.length - 1]!.text.toLowerCase();
        const byInitials = latest(entries, (e) => spellsInitials(e.words, initials));
        if (byInitials) return byInitials;
      }
      // "The official said" after "the Senior Divisional Officer for Mayo-Tsanaga, Aboubakar Sali, said": a state's person named last.
      if (head === 'official' && describedWords.length === 2) {
        const person = latest(entries, (e) => e.person && (e.link.kind === 'government' || e.link.kind === 'official' || e.link.kind === 'military' || e.link.kind === 'legislator'));
        if (person) return person;
      }
      // By kind only for a bare head ("the ministry"): "the health ministry" after the police is a new source.
      // So is "the war monitor", "the rights monitor": a monitor's field in lower case describes it, as the place it sits does.
      const fieldOfMonitor = describedWords.length === 3 && MONITOR_HEADS.has(head) && modifiers.every((m) => !isUpper(m.text));
      const kind = describedWords.length === 2 || fieldOfMonitor ? KIND_OF_HEAD.get(head) : undefined;
      if (kind) {
        // "the army", "the military" are a state's institution: never an armed group named before (they keep
        // no country), nor an officer who spoke for it (whose statement's day is not the army's).
        const stateForces = head === 'army' || head === 'military';
        const byKind = latest(entries, (e) => e.link.kind === kind && !(stateForces && (e.link.country === null || e.person)));
        if (byKind) return byKind;
      }
      // "the agency", "the UN agency", "the rights group": the institution named last that such a word can stand for.
      if (INSTITUTION_HEADS.has(head)) {
        return latest(entries, (e) => !e.person && !e.plural && e.link.kind !== 'media' && (head !== 'group' || !STATE_BODY_KINDS.has(e.link.kind) || (e.link.kind === 'military' && e.link.country === null && !e.person)) && (head !== 'mission' || isMission(e)) && describes(modifiers, e, false));
      }
      // "The report said": a document speaks for whoever issued it, the institution named last.
      // "according to the same post", "the same report": the document named before, its issuer.
      if (DOCUMENT_HEADS.has(head) && (describedWords.length <= 2 || (describedWords.length === 3 && (describedWords[1] === 'same' || describedWords[1] === 'latest')))) return latest(entries, (e) => !e.person && e.link.kind !== 'media');
    }
    return null;
  }
}

/**
 * "X quoted Y as saying", "Y was quoted as saying by X" (or "quoted by X as saying"): token spans of
 * the speaker Y and the outlet X, and where the attribution ends.
 */
function quotedAsSaying(tokens: readonly Token[], i: number): { speaker: [number, number]; outlet: [number, number]; end: number } | null {
  const n = (k: number): string => tokens[k]?.norm ?? '';
  // Backwards over a noun phrase ending at `e` (exclusive), to a boundary.
  const npBefore = (e: number): number => {
    let s0 = e;
    while (s0 > 0 && (tokens[s0 - 1]!.kind === 'word' || tokens[s0 - 1]!.norm === "'s") && !NP_STOP.has(n(s0 - 1)) && !SPEECH_VERBS.has(n(s0 - 1))) s0--;
    return s0;
  };
  if (n(i - 1) === 'was' || n(i - 1) === 'were') {
    const subjEnd = i - 1;
    const subject: [number, number] = [npBefore(subjEnd), subjEnd];
    if (subject[0] === subject[1]) return null;
    let k = i + 1;
    if (n(k) === 'by') {
      const [os, oe] = npAfter(tokens, k + 1, 8);
      if (n(oe) !== 'as' || n(oe + 1) !== 'saying') return null;
      return { speaker: subject, outlet: [os, oe], end: oe + 2 };
    }
    if (n(k) !== 'as' || n(k + 1) !== 'saying') return null;
    k += 2;
    if (n(k) !== 'by') return null;
    const [os, oe] = npAfter(tokens, k + 1, 8);
    return oe > os ? { speaker: subject, outlet: [os, oe], end: oe } : null;
  }
  // "The Saba news agency, meanwhile, quoted …": past a sentence adverb set off by commas.
  // "The Saba news agency later quoted …": nor is an adverb before the verb part of the outlet's name.
  const outletEnd = tokens[i - 1]?.text === ',' && SENTENCE_ADVERBS.has(n(i - 2)) && tokens[i - 3]?.text === ',' ? i - 3 : SENTENCE_ADVERBS.has(n(i - 1)) && i > 1 ? i - 1 : i;
  const outlet: [number, number] = [npBefore(outletEnd), outletEnd];
  if (outlet[0] === outlet[1]) return null;
  let e = i + 1;
  while (e < tokens.length && e < i + 16 && n(e) !== 'as' && tokens[e]!.text !== '.') e++;
  if (n(e) !== 'as' || n(e + 1) !== 'saying' || e === i + 1) return null;
  return { speaker: [i + 1, e], outlet, end: e + 2 };
}

/** The country a mention names by a demonym or name ("the Indian Army"), if any. */
function nationOf(mention: readonly Token[]): string | null {
  for (let k = 0; k < mention.length; k++) {
    const c = countryAt(mention, k);
    if (c) return c.code;
  }
  return null;
}

/**
 * The most recent entry whose words hold `head` (or its singular), of `nation` when one is named,
 * that the mention's other words describe; institutions only if asked.
 */
function latestWithHead(entries: readonly RegisteredSource[], head: string, singular: string | null, nation: string | null, modifiers: readonly Token[], institutionsOnly: boolean): RegisteredSource | null {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (institutionsOnly && e.person) continue;
    if ((e.words.includes(head) || (singular !== null && e.words.includes(singular))) && (nation === null || e.link.country === nation) && describes(modifiers, e, true)) return e;
  }
  return null;
}

/**
 * "The Rwanda-backed M23 rebels": a known body named by a common plural noun is "they" (its entry is not
 * plural, the gazetteer having named it); a capitalised name ending in s ("the United Nations") is not.
 */
function namedByPluralNoun(e: RegisteredSource): boolean {
  return !e.person && PLURAL_COMMON_NOUN_END.test(e.link.name);
}
const PLURAL_COMMON_NOUN_END = /(?:^|\s)[a-z]{3,}[^s\s]s$/;

/** Peace and political missions known by acronym ("MONUSCO" is later "the UN mission"; UNHCR is no mission). */
const MISSION_IDS: ReadonlySet<string> = new Set(['un-monusco', 'un-unmiss', 'un-minusca', 'un-minusma', 'un-unifil', 'un-unisfa', 'un-undof', 'un-unama', 'un-unami', 'un-unsmil', 'un-unsom', 'un-hrmmu', 'au-atmis', 'au-aussom', 'au-amisom']);

function isMission(e: RegisteredSource): boolean {
  return MISSION_IDS.has(e.link.id ?? '') || e.words.includes('mission') || e.words.includes('peacekeeping');
}

/** Kinds of the state's own bodies and people: "the group" never refers back to a ministry, an army or officials. */
const STATE_BODY_KINDS: ReadonlySet<string> = new Set([...STATE_KINDS, 'legislator']);
const UN_WORDS: ReadonlySet<string> = new Set(['un', 'u.n.', 'u.n']);

/**
 * Do the words before a mention's head fit a registered source? "UN" fits only the UN's own bodies;
 * another capitalised word must be one of its words; a lower-case word ("the defence ministry")
 * must be one of them too when `strict` (a source with the same head), and is taken as a
 * description ("the aid agency", "the rights group") otherwise.
 */
function describes(modifiers: readonly Token[], e: RegisteredSource, strict: boolean): boolean {
  for (const m of modifiers) {
    if (UN_WORDS.has(m.norm)) {
      if (!(e.link.id === 'un' || e.link.id?.startsWith('un-') || e.words.includes(m.norm))) return false;
    } else if (!e.words.includes(m.norm) && !e.nameWords.includes(m.norm) && (strict || isUpper(m.text))) return false;
  }
  return true;
}

/** The words of a "the …" mention between the article and its head, less country names and demonyms (which `nationOf` checks). */
function modifiersOf(mention: readonly Token[]): Token[] {
  const out: Token[] = [];
  let last = mention.length - 1;
  while (last >= 0 && mention[last]!.kind !== 'word') last--;
  for (let k = 0; k < last; k++) {
    const t = mention[k]!;
    if (t.kind !== 'word' || t.norm === 'the' || t.norm === "'s") continue;
    const c = countryAt(mention, k);
    if (c) { k += c.length - 1; continue; }
    out.push(t);
  }
  return out;
}

/** The mention without a "-based" description and the place it names ("the New York-based group" → "the group"). */
function withoutBasedIn(mention: readonly Token[]): readonly Token[] {
  const at = mention.findIndex((t) => t.norm.endsWith('-based'));
  if (at < 0) return mention;
  let s = at;
  while (s > 0 && isUpper(mention[s - 1]!.text) && mention[s - 1]!.norm !== 'the') s--;
  return [...mention.slice(0, s), ...mention.slice(at + 1)];
}

function wordsOf(mention: readonly Token[]): string[] {
  const words: string[] = [];
  for (const t of mention) if (t.kind === 'word') words.push(t.norm);
  return words;
}

/** The most recent register entry that passes `test`. */
function latest(entries: readonly RegisteredSource[], test: (e: RegisteredSource) => boolean): RegisteredSource | null {
  for (let i = entries.length - 1; i >= 0; i--) if (test(entries[i]!)) return entries[i]!;
  return null;
}

function isUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

const DOCUMENT_HEADS: ReadonlySet<string> = new Set(['report', 'statement', 'study', 'survey', 'assessment', 'analysis', 'update', 'bulletin', 'findings', 'review', 'communique', 'communiqué', 'release', 'notice', 'document', 'post', 'filing', 'letter']);
/** People of a body who speak for it under its possessive ("its researchers", "their monitors"). */
const BODY_MEMBERS: ReadonlySet<string> = new Set(['researchers', 'investigators', 'staff', 'teams', 'team', 'monitors', 'volunteers', 'experts', 'analysts', 'field teams', 'workers']);
/** Heads of state bodies that speak through a spokesman and are never one person. */
const BODY_HEADS: ReadonlySet<string> = new Set(['ministry', 'army', 'military', 'police', 'government', 'department', 'council', 'committee', 'command', 'forces', 'authorities', 'administration', 'directorate']);
/** Adverbs that limit the figure after a verb: "listed only 12", "counted just five". */
const LIMITING_ADVERBS: ReadonlySet<string> = new Set(['only', 'just', 'merely']);
/** Heads a monitor goes by: "the war monitor", "the Britain-based observatory". */
const MONITOR_HEADS: ReadonlySet<string> = new Set(['monitor', 'observatory']);
const INSTITUTION_HEADS = new Set(['agency', 'office', 'organisation', 'organization', 'group', 'body', 'service', 'mission']);

function sameSource(a: TypedSource, b: TypedSource, bName = b.link.name.toLowerCase()): boolean {
  // A person who speaks for a body ("Lena Farouk, who heads the IOM's office") carries its id but is not the body: "she" must find her.
  // Nor is a spokesperson named after it ("BNPB spokesman Abdul Muhari"), typed as the body's voice: "he" must find him.
  // (Two of them are one only by their names, below: "spokesman Abdul Muhari" is not "spokeswoman Siti Nurhayati".)
  if (a.link.id && a.link.id === b.link.id && a.person === b.person && !namedSpokesperson(a) && !namedSpokesperson(b)) return true;
  if (a.link.name.length === bName.length && a.link.name.toLowerCase() === bName) return true;
  // A shorter name within a longer one ("Lee" after "Lee Seong-kweun"), unless their countries differ:
  // "the Darfur Network for Human Rights" is not "the Syrian Network for Human Rights".
  if (a.link.country && b.link.country && a.link.country !== b.link.country) return false;
  // "the Ministry of Mines" is not "Kafue Copper Mines": a body's head word the longer name lacks sets it apart.
  if (a.nameWords.length && b.nameWords.length && b.nameWords.every((w) => a.nameWords.includes(w))) return !b.words.some((w) => (BODY_HEADS.has(w) || INSTITUTION_HEADS.has(w)) && !a.words.includes(w));
  return false;
}

function text(tokens: readonly Token[], s: number, e: number, sentence: string, base: number): string {
  return e > s ? sentence.slice(tokens[s]!.start - base, tokens[e - 1]!.end - base) : '';
}

/** The noun phrase after position i, up to a boundary. */
function npAfter(tokens: readonly Token[], i: number, limit = 14, nounsOnly = false): [number, number] {
  let e = i;
  let depth = 0;
  while (e < tokens.length && e < i + limit) {
    const t = tokens[e]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') { if (depth === 0) break; depth--; e++; continue; }
    // "WHO" is the agency and "the Committee to Protect Journalists" one name: capitals keep them whole.
    const nameTo = t.norm === 'to' && e > i && isUpper(tokens[e - 1]!.text) && isUpper(tokens[e + 1]?.text ?? '');
    // ("… Monitoring Mission through the end of January": a span of time closes the name; "released through its media arm" does not.)
    // So does "in February 2025", "in 2024" ("given by the president in February 2025").
    const throughTime = (t.norm === 'through' && (MONTH_NAME.test(tokens[e + 1]?.norm ?? '') || (tokens[e + 1]?.norm === 'the' && tokens[e + 2]?.norm === 'end')))
      || (t.norm === 'in' && e > i && (MONTH_NAME.test(tokens[e + 1]?.norm ?? '') || /^(?:19|20)\d\d$/.test(tokens[e + 1]?.text ?? '')));
    if (depth === 0 && (throughTime || BOUNDARY.has(t.text) || (t.text === '.' && !isTitleDot(tokens, e)) || (e > i && SUBJECT_PRONOUN_WORDS.has(t.norm)) || NP_STOP.has(t.norm) || (t.norm === 'who' && t.text !== 'WHO') || t.norm === 'on' && /^[A-Z]/.test(tokens[e + 1]?.text ?? '') && /day$/.test(tokens[e + 1]?.norm ?? '') || (SPEECH_VERBS.has(t.norm) && e > i && !(nounsOnly && REPORT_NOUNS.has(t.norm))) || (t.norm === 'to' && !nameTo))) break;
    e++;
  }
  return [i, e];
}

/** The country and the place last named before a token of the sentence (or in earlier sentences). */
export interface NamedBeforeToken {
  country(tokenIndex: number): string | null;
  place(tokenIndex: number): string | null;
  /** The nations (not places) the sentence names, demonyms included. */
  nations(): ReadonlySet<string>;
}

export interface AttributionContext extends Omit<SourceContext, 'recentCountry' | 'recentPlace'> {
  register: SourceRegister;
  /** The article's publisher, as its record names it: "told Garowe Online" in Garowe Online's story is the outlet. */
  publisher?: string | null;
  /** Recomputed by the caller for each sentence. */
  named: NamedBeforeToken;
  /** The body publishing the text as its own release, who "we" and "our teams" are; null for an outlet. */
  ownVoice?: RegisteredSource | null;
}

/**
 * The context of a source mentioned at token `at`. A plain function, not a closure made per sentence:
 * tsx (keepNames) names every closure it creates, which cost more than the work here.
 */
function sourceContextAt(ctx: AttributionContext, at: number): SourceContext {
  return { gazetteer: ctx.gazetteer, recentCountry: ctx.named.country(at), recentPlace: ctx.named.place(at), sentenceNamesNation: ctx.named.nations().size > 0, sentenceCountry: ctx.sentenceCountry, documentCountry: ctx.documentCountry, acronyms: ctx.acronyms };
}

/**
 * "after the briefing", "following the closed-door briefing" (no "by" after it): a briefing named before, whose giver
 * is the origin. The index of "briefing", or -1.
 */
function briefingBackReference(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!.norm;
  if ((t !== 'after' && t !== 'following') || tokens[i + 1]?.norm !== 'the') return -1;
  const k = tokens[i + 2]?.norm === 'briefing' ? i + 2 : tokens[i + 3]?.norm === 'briefing' && BRIEFING_KINDS.has(tokens[i + 2]!.norm) ? i + 3 : -1;
  return k > 0 && tokens[k + 1]?.norm !== 'by' && tokens[k + 1]?.norm !== 'of' ? k : -1;
}
const BRIEFING_KINDS: ReadonlySet<string> = new Set(['closed-door', 'private', 'confidential', 'classified', 'parliamentary', 'same']);

/** "its network", "our count": the speaker's own. */
const OWN_POSSESSIVES: ReadonlySet<string> = new Set([...POSSESSIVE_PRONOUNS.keys(), 'our']);
/** A subject pronoun, "it" included. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUN_WORDS, 'it']);

/** All attribution cues of a sentence, in order. */
export function findCues(tokens: readonly Token[], sentence: string, base: number, ctx: AttributionContext): Cue[] {
  const cues: Cue[] = [];

  // Outlets and origins anywhere in the sentence.
  let outlet: TypedSource | null = null;
  const originLinks: SourceLink[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!outletOrOriginWords.has(tokens, i)) continue;
    // "…, lawmaker Lee told reporters after the briefing": the briefing named before stands for the body that gave it.
    const briefing = briefingBackReference(tokens, i);
    if (briefing > 0) {
      const giver = latest(ctx.register.entries, (e) => !e.person && STATE_BODY_KINDS.has(e.link.kind));
      if (giver) originLinks.push(giver.link);
      i = briefing;
      continue;
    }
    const o = origins.at(tokens, i);
    if (o) {
      // "citing figures compiled by X", "based on the spot report of X": the maker of the product is the origin.
      const maker = productAhead(tokens, i + o.length);
      // "Based on the report of X, …" opening a clause is its source, read with "according to" below.
      if (o.key === 'based on' && maker > 0 && (i === 0 || BOUNDARY.has(tokens[i - 1]!.text))) continue;
      const np = npAfter(tokens, maker > 0 ? maker : i + o.length, 16);
      const e = np[1];
      let s = np[0];
      // "citing a closed-door briefing by the NIS": the briefing stands for its giver.
      for (let k = s; k < e; k++) if (tokens[k]!.norm === 'by' && k < s + 4) { s = k + 1; break; }
      // "based on reports from its network inside the country", "citing its own sources": the speaker's own people
      // are no further link.
      if (OWN_POSSESSIVES.has(tokens[s]?.norm ?? '')) {
        i = Math.max(i + o.length, e) - 1;
        continue;
      }
      if (e > s) {
        const ref = ctx.register.resolve(tokens.slice(s, e));
        if (ref) originLinks.push(ref.link);
        else {
          const typed = typeSource(text(tokens, s, e, sentence, base), sourceContextAt(ctx, s));
          originLinks.push(typed.link);
          ctx.register.add(typed, [], null);
        }
      }
      i += o.length;
      continue;
    }
    const ot = outlets.at(tokens, i);
    if (ot && !outlet) {
      const s = i + ot.length;
      let e = npAfter(tokens, s, 8)[1];
      // "told the news agency on condition of anonymity": the outlet ends before the prepositional phrase.
      for (let k = s + 1; k < e; k++) if (OUTLET_PP_STARTS.has(tokens[k]!.norm)) { e = k; break; }
      // "Zaxid.net", "ACTUALITE.CD": a web address is one name.
      if (tokens[e]?.text === '.' && tokens[e + 1]?.start === tokens[e]!.end && WEB_DOMAINS.has(tokens[e + 1]!.norm)) e += 2;
      // "told reporters", "told the media", "told the press": no outlet in particular.
      const pressAt = tokens[s]?.norm === 'the' && e === s + 2 ? s + 1 : s;
      // "told this newspaper", "told The Frontier Chronicle" in The Frontier Chronicle's own story: no carrier but the outlet itself.
      const itself = e > s && (tokens[s]!.norm === 'this' || namesPublisherItself(text(tokens, s, e, sentence, base), ctx.publisher));
      // "told a media briefing", "told a news conference in Pretoria": an occasion, not an outlet.
      const occasion = e > s && GATHERING_NOUNS.has(tokens[e - 1]!.norm);
      if (e > s && !PRESS_NOUNS.has(tokens[pressAt]!.norm) && !itself && !occasion) {
        const named = text(tokens, s, e, sentence, base);
        const typed = typeSource(named, sourceContextAt(ctx, s));
        if (typed.link.kind === 'media') outlet = typed;
        // An outlet the gazetteer does not know: the publisher itself, or a name that says it is one ("Garowe Online", "Zaxid.net").
        else if (isUpper(tokens[s]!.text) && OUTLET_NAME.test(named)) {
          outlet = { ...typed, link: { name: typed.link.name, country: typed.link.country ?? ctx.sentenceCountry ?? ctx.documentCountry(), kind: 'media' } };
        }
      }
    }
    // "said on state television", "in a statement read on state television": the broadcaster carried the statement.
    // ("a communique broadcast over national radio" likewise.)
    if (!outlet && BROADCAST_PREPOSITIONS.has(tokens[i]!.norm) && BROADCAST_BEFORE.has(tokens[i - 1]?.norm ?? '')) {
      const [s, e0] = npAfter(tokens, i + 1, 5);
      let e = e0;
      // "on state television late on Friday": the broadcaster's name ends at its noun.
      while (e > s && !BROADCAST_NOUNS.has(tokens[e - 1]!.norm) && /^[a-z]/.test(tokens[e - 1]!.text)) e--;
      // "on their radio station": the speaker's own, no carrier.
      if (e > s && !POSSESSIVE_PRONOUNS.has(tokens[s]!.norm) && tokens.slice(s, e).some((w) => BROADCAST_NOUNS.has(w.norm))) {
        const typed = typeSource(text(tokens, s, e, sentence, base), sourceContextAt(ctx, s));
        outlet = { ...typed, link: { name: typed.link.name, country: typed.link.country ?? ctx.sentenceCountry ?? ctx.documentCountry(), kind: 'media' } };
      }
    }
    // "in a statement on its Andalus radio station", "a message on its Az-Zallaqa media channel", "through its Amaq news
    // agency", "relayed by its propaganda arm az-Zallaqa", "on its Radio Andalus": a group's named media arm carried the
    // statement (an unnamed one, "on their radio station", is the speaker's own voice).
    if (!outlet && OWN_MEDIA_PREPOSITIONS.has(tokens[i]!.norm) && OWN_MEDIA_POSSESSIVES.has(tokens[i + 1]?.norm ?? '')) {
      const arm = mediaArmAfter(tokens, i + 2);
      if (arm) {
        const typed = typeSource(text(tokens, arm[0], arm[1], sentence, base), sourceContextAt(ctx, arm[0]));
        outlet = { ...typed, link: { name: typed.link.name, country: typed.link.id ? typed.link.country : null, kind: 'media' } };
      }
    }
    if (tokens[i + 1]?.norm === 'by' && CARRIED_BY_VERBS.has(tokens[i]!.norm)) {
      const [s, e] = npAfter(tokens, i + 2, 8);
      if (e > s) outlet = ctx.register.resolve(tokens.slice(s, e)) ?? typeSource(text(tokens, s, e, sentence, base), sourceContextAt(ctx, s));
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "according to X"
    // "according to X", and "Per X," opening a clause.
    // Most tokens open no attribution: one bit test rules them out before the string comparisons.
    const introducer = !introducerWords.has(tokens, i) ? 0
      : t.norm === 'according' && tokens[i + 1]?.norm === 'to' ? 2
      // "…, as per official figures", "as per police records": a product named by lower-case words is one too.
      : t.norm === 'per' && (i === 0 || tokens[i - 1]!.text === ',' || tokens[i - 1]!.norm === 'as') && (tokens[i + 1]?.norm === 'the' || isUpper(tokens[i + 1]?.text ?? '') || tokens[i + 1]?.norm === 'information' || productWithin(tokens, i + 1)) ? 1
      // "By the Armenian government's final count, …", "…, by the two governments' tallies.": the counter's own figure.
      : t.norm === 'by' && byOwnCount(tokens, i) ? 1
      // "Based on the spot report of the 6th Infantry Division, four soldiers …": a clause opened by what a body issued.
      : t.norm === 'based' && tokens[i + 1]?.norm === 'on' && (i === 0 || BOUNDARY.has(tokens[i - 1]!.text)) && productAhead(tokens, i + 2) > 0 ? 2
      // "the figure of 52 dead given by the rebels", "52 deaths reported by the ministry": the giver states it.
      // "…, as verified by the U.N. Human Rights Monitoring Mission": an aside that names who counted.
      // "The previous toll, communicated on Monday evening by the prefect, stood at 14": past the day it was given.
      : GIVEN_BY_VERBS.has(t.norm) ? givenBy(tokens, i) : 0;
    // "The last official number, given by the president in February 2025, was more than 46,000": an aside after a figure's
    // noun names who gave the figure stated after it (a trailing attribution covers what comes before it).
    // (Not where a figure came before: "Residents said 30 people died; the toll, confirmed by the ministry, is …" refers back.)
    const asideOfFigure = introducer > 0 && GIVEN_BY_VERBS.has(t.norm) && tokens[i - 1]?.text === ',' && figureNounBefore(tokens, i - 1) && !numberBefore(tokens, i);
    if (introducer > 0) {
      // After "according to" a noun phrase follows: "unconfirmed reports on social media", "U.N. estimates".
      // "based on the spot report of X": the body after the product speaks.
      let [s, e] = t.norm === 'based' ? npAfter(tokens, productAhead(tokens, i + 2), 12) : npAfter(tokens, i + introducer, 16, true);
      // "buried according to Islamic rites", "according to the plan": a norm followed, not a source.
      if (e > s && NOT_SOURCES.has(tokens[e - 1]!.norm)) { i = e; continue; }
      // "according to a tally by the Post based on police figures": what the tally drew on is its origin (read above), not its name.
      for (let k = s + 1; k < e; k++) if (tokens[k]!.norm === 'based' && tokens[k + 1]?.norm === 'on') { e = k; break; }
      // "the ministry's daily update": the ministry speaks.
      if (e - s >= 3 && POSSESSED_PRODUCTS.has(tokens[e - 1]!.norm)) for (let k = s + 1; k < e - 1; k++) if (tokens[k]!.norm === "'s") { e = k; break; }
      // "according to figures the interior ministry released on Monday"
      let det = ARTICLES.has(tokens[s]!.norm) ? 1 : 0;
      // "the latest figures from …", "new official data from …": the words before the noun describe it.
      // "a 1999 report by the commission": a year before the noun says when it was issued.
      while (det < 3 && (FIGURE_ADJECTIVES.has(tokens[s + det]?.norm ?? '') || YEAR.test(tokens[s + det]?.text ?? ''))) det++;
      if (FIGURE_NOUNS.has(tokens[s + det]?.norm ?? '')) {
        let k = s + det + 1;
        // "according to figures that the Assistance Association for Political Prisoners compiled": the relative clause names the maker.
        if (tokens[k]?.norm === 'that' && k === e) {
          const [, e4] = npAfter(tokens, k + 1, 14);
          let v = k + 1;
          while (v < e4 && !PUBLISHING_VERBS.has(tokens[v]!.norm)) v++;
          if (v < e4 && v > k + 1) { s = k + 1; e = v; k = e; }
        }
        // "figures from X", "figures released by X", "a tally compiled by X".
        // "a report released on Thursday by X": past the day it came out.
        const day = GIVEN_BY_VERBS.has(tokens[k]?.norm ?? '') ? dayPhraseLength(tokens, k + 1) : 0;
        if (FIGURES_FROM.has(tokens[k]?.norm ?? '') || GIVEN_BY_VERBS.has(tokens[k]?.norm ?? '') && tokens[k + 1 + day]?.norm === 'by') k += GIVEN_BY_VERBS.has(tokens[k]?.norm ?? '') ? 2 + day : 1;
        // The noun phrase stopped at the product noun ("a 1999 report" — "report" reads as a verb): read its maker after it.
        // So did one that ended before the noun itself ("according to a report the office published on Thursday": "a").
        if (k >= e && (k > s + det + 1 || e <= s + det) && k < tokens.length) {
          e = npAfter(tokens, k, 12)[1];
          // "the report I have just received from the mayor": whom it came from made it.
          for (let q = k; q < e - 1; q++) if (tokens[q]!.norm === 'from') { k = q + 1; break; }
        }
        if (k < e) {
          let e2 = k;
          while (e2 < e && !PUBLISHING_VERBS.has(tokens[e2]!.norm)) e2++;
          if (e2 > k && !/^(?:U\.?N\.?|Israeli|official)$/i.test(tokens[k]!.text)) { s = k; e = e2; }
        }
      }
      // "according to U.S. officials cited by The New York Times": the officials are the speaker.
      // "according to a defence ministry statement read on state television": the statement's issuer speaks; the
      // station that broadcast it (read as its outlet) is no part of its name.
      let e3 = s;
      while (e3 < e && !(tokens[e3]!.norm === 'cited' || tokens[e3]!.norm === 'quoted' || (tokens[e3]!.norm === 'seen' && tokens[e3 + 1]?.norm === 'by')
        || (e3 > s + 1 && BROADCAST_PARTICIPLES.has(tokens[e3]!.norm) && BROADCAST_PREPOSITIONS.has(tokens[e3 + 1]?.norm ?? '')))) e3++;
      // "figures compiled by X and seen by the Post": the outlet that saw them carries them (not when it publishes this).
      let seenBy: TypedSource | null = null;
      if (e3 < e && tokens[e3]!.norm === 'seen') {
        const [os, oe] = npAfter(tokens, e3 + 2, 10);
        if (oe > os && !namesPublisher(tokens, os, oe, ctx.publisher)) {
          const carrier = typeSource(text(tokens, os, oe, sentence, base), sourceContextAt(ctx, os));
          if (carrier.link.kind === 'media') seenBy = carrier;
        }
        if (tokens[e3 - 1]?.norm === 'and') e3--;
        e = e3;
      }
      // "according to a hospital spokesperson, Mohammad Asim.": the name in apposition is the speaker, described.
      const named = e3 === e && tokens[e]?.text === ',' ? appositiveName(tokens, e + 1) : null;
      // "according to our count": the publisher's own, if it is a body; an outlet's own voice otherwise. "according to a tally
      // by the Post" in the Evening Post's story is the outlet's own count too.
      if ((tokens[s]!.norm === 'our' && e3 === e) || (!ctx.ownVoice && namesPublisher(tokens, s, e3, ctx.publisher))) {
        if (ctx.ownVoice) cues.push(makeCue(i, i, Math.min(tokens.length, e + 3), ctx.ownVoice, true, outlet, originLinks, i > 0, 'according to'));
        i = e;
        continue;
      }
      // "according to its latest count", "according to their figures": the product of the body named last.
      if ((tokens[s]!.norm === 'its' || tokens[s]!.norm === 'their') && e3 === e && e - s <= 4 && (POSSESSED_PRODUCTS.has(tokens[e - 1]!.norm) || FIGURE_NOUNS.has(tokens[e - 1]!.norm))) {
        const owner = latest(ctx.register.entries, (x) => !x.person && x.link.kind !== 'media');
        if (owner) {
          cues.push(makeCue(i, i, Math.min(tokens.length, e + 3), owner, true, outlet, originLinks, i > 0, 'according to'));
          i = e;
          continue;
        }
      }
      // "…, saying 1,190 people had been killed, based on reports from its network": the speaker's own people, no source.
      if (t.norm === 'based' && OWN_POSSESSIVES.has(tokens[s]!.norm) && i > 0) {
        i = e;
        continue;
      }
      // "according to the headquarters' register", "according to the ministry's figures": the possessor issued them.
      if (e3 - s >= 3 && e3 === e && POSSESSED_PRODUCTS.has(tokens[e3 - 1]!.norm) && (tokens[e3 - 2]!.norm === "'s" || tokens[e3 - 2]!.norm === "'")) { e3 -= 2; e = e3; }
      // "according to the Centre for Frontier Security Studies, an Islamabad-based think tank,": the words set off after
      // the name describe it.
      const described = !named && e3 === e && tokens[e]?.text === ',' ? setOffDescription(tokens, e + 1) : null;
      const typed = named
        ? typeSource(text(tokens, named[0], named[1], sentence, base), sourceContextAt(ctx, s), text(tokens, s, e3, sentence, base))
        : typeSource(text(tokens, s, e3, sentence, base), sourceContextAt(ctx, s), described ? text(tokens, described[0], described[1], sentence, base) : '');
      // "according to military figures", "ministry data": the body named by the modifier, if named before.
      // ("official figures" are the state's, not those of an official named before.)
      const modifierOfProduct = e3 - s === 2 && POSSESSED_PRODUCTS.has(tokens[s + 1]!.norm) && BACK_REFERENCE_WORDS.has(tokens[s]!.norm) && tokens[s]!.norm !== 'official';
      const ref = named ? null : ctx.register.resolve(tokens.slice(s, e3)) ?? (modifierOfProduct ? ctx.register.resolve(tokenizeDescription(`the ${tokens[s]!.norm}`)) : null);
      const speaker = ref ?? ctx.register.add(typed, originLinks, null);
      if (named) e = named[1];
      cues.push(makeCue(i, i, Math.min(tokens.length, e + 3), speaker, !!ref, outlet ?? seenBy, originLinks, i > 0 && !asideOfFigure, t.norm === 'based' ? 'based on' : 'according to'));
      i = e;
      continue;
    }
    // "The BBC quoted a local official as saying …", "a local official was quoted as saying by Radio X …":
    // the outlet carries the official's words (decision 7: [outlet, X]).
    if (t.norm === 'quoted') {
      const quoted = quotedAsSaying(tokens, i);
      if (quoted) {
        const source = (s0: number, e0: number): RegisteredSource => ctx.register.resolve(tokens.slice(s0, e0)) ?? ctx.register.add(typeSource(text(tokens, s0, e0, sentence, base), sourceContextAt(ctx, s0)), [], null);
        const speaker = source(quoted.speaker[0], quoted.speaker[1]);
        const carrier = source(quoted.outlet[0], quoted.outlet[1]);
        // "…, state broadcaster RTB quoted the minister as saying on Tuesday": set off after what it reports, it trails.
        const quotedStart = Math.min(quoted.speaker[0], quoted.outlet[0]);
        cues.push(makeCue(i, quotedStart, quoted.end + dayPhraseLength(tokens, quoted.end), speaker, false, carrier.link.kind === 'media' ? { link: carrier.link, person: false, plural: false, words: carrier.words, nameWords: carrier.nameWords } : null, originLinks, tokens[quotedStart - 1]?.text === ',', 'quoted'));
        i = quoted.end - 1;
        continue;
      }
    }
    if (!speechVerbs.has(tokens, i)) continue;
    if (!isSpeech(tokens, i)) continue;

    // Speaker before the verb: "X said", "X, a member of ..., told reporters", "the agency, known as the GUR, said".
    let k = i - 1;
    // "now says", "today said" — but "Peace Now said": a capitalised word after the first is part of a name.
    // Adverbs too: "Amnesty has independently verified".
    for (;;) {
      while (k >= 0 && ((SKIP_BEFORE_VERB.has(tokens[k]!.norm) && !isAcronym(tokens[k]!) && !(k > 0 && isUpper(tokens[k]!.text) && isUpper(tokens[k - 1]!.text))) || tokens[k]!.norm.endsWith('day') && tokens[k - 1]?.norm === 'on' || (tokens[k]!.kind === 'word' && /^[a-z]{3,}ly$/.test(tokens[k]!.text)))) k--;
      // "Pakistani officials had on 7 May put the number …": a date between the subject and its verb.
      const on = dateOpenedBefore(tokens, k);
      if (on < 0) break;
      k = on - 1;
    }
    // "the UN human rights office (OHCHR) said": a short bracketed name before the verb belongs to the speaker.
    if (k > 1 && tokens[k]!.text === ')') {
      let o = k - 1;
      while (o > 0 && o > k - 6 && tokens[o]!.text !== '(') o--;
      if (tokens[o]!.text === '(' && o > 0 && tokens[o - 1]!.kind === 'word') k = o - 1;
    }
    const chunks: Array<[number, number]> = [];
    // "…, said the lawmakers": nothing stands between a boundary and the verb, so the speaker follows.
    let inverted = k < 0 || ((BOUNDARY.has(tokens[k]!.text) || tokens[k]!.text === '.') && !(tokens[k]!.text === ',' && (t.norm === 'told' || closesAppositive(tokens, k))) && !closesAbbreviation(tokens, k) && !isTitleDot(tokens, k));
    // "X, head of the commission set up by the interim authorities, said last month that …": a time after the verb is
    // no speaker; the speaker is before the verb.
    if (inverted && k > 0 && tokens[k]!.text === ',' && TIME_AFTER_VERB.has(tokens[i + 1]?.norm ?? '')) inverted = false;
    // "X, reporting from Tyre, says the roads were gridlocked": a clause after the verb is what was said, so the speaker is before it.
    if (inverted && k > 0 && tokens[k]!.text === ',') {
      const [ns, ne] = npAfter(tokens, i + 1, 12);
      if (holdsClause(tokens, ns, ne) || countBeforeSetOffPredicate(tokens, ns, ne)) inverted = false;
    }
    // "… and published photographs of what it said were the prisoners": a subject pronoun just before the verb is the
    // whole speaker, whatever words run before it.
    if (!inverted && SUBJECT_PRONOUNS.has(tokens[k]!.norm)) chunks.push([k, k + 1]);
    else if (!inverted) speakerChunks(tokens, k, chunks);
    // "The army spokesman, Colonel X, declined to comment on the figure, but said …": after ", but" the subject is the
    // one before the sentence's first verb (set off by a comma from the name), read as before a speech verb.
    if (!inverted && chunks.length === 0 && tokens[k]!.norm === 'but' && tokens[k - 1]?.text === ',') {
      // (The subject and its verb open the sentence: looked for in its first 40 words, so a sentence of many "but said" stays linear.)
      let v = 1;
      while (v < k && v < 40 && !(isPastVerb(tokens[v]!) && tokens[v - 1]!.text === ',')) v++;
      if (v < k && v < 40) speakerChunks(tokens, v - 1, chunks);
    }
    // "Earlier this year the TNI said", "The next day the same ISPR put …": a fronted time is not part of the speaker.
    for (let c = 0; c < chunks.length; c++) {
      const [s0, e0] = chunks[c]!;
      const after = afterLeadingTime(tokens, s0, e0);
      if (after > s0 && after < e0) chunks[c] = [after, e0];
    }
    // "killed 40, far more than the government has acknowledged": a comparison, not the figure's source.
    if (chunks.length > 0 && comparesWith(tokens, chunks[0]!)) continue;
    // "Separately, the agency reported …": a lone sentence adverb set off before the speaker is not one.
    while (chunks.length > 1 && isSentenceAdverb(tokens, chunks[chunks.length - 1]!)) chunks.pop();
    let speaker: RegisteredSource | null = null;
    // Where the speaker named after an inverted verb ends ("…,” said X …"); -1 when the verb is not inverted.
    let invertedEnd = -1;
    let coreferent = false;
    let clauseStart = chunks.length ? chunks[0]![0] : i;
    if (chunks.length > 0) {
      // "JNIM claimed responsibility and said …": the speaker is the subject of the first verb.
      const first = chunks[0]!;
      // "…, and reported no militant deaths": a verb joined to an earlier clause has that clause's subject.
      if (first[1] - first[0] === 1 && COORDINATORS.has(tokens[first[0]]!.norm)) continue;
      // "We heard the jet and told the children …": a pronoun is the subject of both verbs.
      if (tokens[first[1] - 1]!.norm === 'and' && first[1] - first[0] > 2 && SUBJECT_PRONOUN_WORDS.has(tokens[first[0]]!.norm)) chunks[0] = [first[0], first[0] + 1];
      // "X put the toll at as many as 300 and said dozens were missing": a verb joined after the last cue's clause
      // by "and", with no subject of its own between, has that cue's speaker.
      else if (tokens[first[1] - 1]!.norm === 'and' && cues.length > 0 && cues[cues.length - 1]!.clauseEnd >= first[0] && !tokens.slice(first[0], first[1]).some((w) => isUpper(w.text))) {
        const prior = cues[cues.length - 1]!;
        cues.push(makeCue(i, first[0], Math.min(tokens.length, i + 3), prior.speaker, true, outlet, originLinks, false, t.norm));
        continue;
      } else if (tokens[first[1] - 1]!.norm === 'and' && first[1] - first[0] > 1) {
        let v = first[0];
        while (v < first[1] - 1 && !isPastVerb(tokens[v]!) && !speechVerbs.has(tokens, v)) v++;
        // "X said 140 people had been killed and accused …", "X put the toll at 78 and accused …": the words
        // before the second verb are the first one's complement or its own predicate, and no speaker.
        if (v === first[0] && chunks.length === 1) continue;
        // "Police have cordoned off the site and said …": a subject and its auxiliary before the first verb; the
        // subject speaks.
        // ("The army has withdrawn from the town and said …": an irregular participle, found by its auxiliary.)
        if (v === first[1] - 1) for (let q = first[0] + 1; q < v - 1; q++) if (isAuxiliary(tokens[q]!.norm) && /^[a-z]/.test(tokens[q + 1]!.text)) { v = q + 1; break; }
        let a = v;
        while (a > first[0] && isAuxiliary(tokens[a - 1]!.norm)) a--;
        if (a < v && a > first[0] && !holdsClause(tokens, first[0], a) && !tokens.slice(first[0], a).some((w) => w.kind === 'num')) v = a;
        else if (v > first[0] && holdsClause(tokens, first[0], v)) continue;
        // "A spokesman for the militia, which has fought the army since August 2023, blamed X and said": the speaker is
        // read before the first verb as before a speech verb, set-off clauses and all.
        if (v === first[0] && chunks.length > 1) {
          chunks.length = 0;
          speakerChunks(tokens, first[0] - 1, chunks);
        }
        else if (v < first[1] - 1) chunks[0] = [first[0], v];
        else if (chunks.length === 1 && /["“”]/.test(tokens[first[0] - 1]?.text ?? '')) {
          // "MONUSCO, the UN mission in Congo, condemned the "heinous" attack and said": the verb's subject is the
          // sentence's, before the quotation; the words after it are the first verb's object.
          const named = openingName(tokens);
          if (named) chunks[0] = named;
          else continue;
        }
      }
      let core: [number, number] = chunks[0]!;
      let description = '';
      // "The UN office says its staff have recorded …": the staff are the office speaking again.
      const ownPeople = (tokens[core[0]]!.norm === 'its' || tokens[core[0]]!.norm === 'their') && cues.length > 0 && core[1] - core[0] <= 3;
      if (ownPeople) {
        const prior = cues[cues.length - 1]!;
        cues.push(makeCue(i, core[0], Math.min(tokens.length, i + 3), prior.speaker, true, outlet, originLinks, false, t.norm));
        continue;
      }
      const c1 = chunks[1];
      // "some of whom …" opens a clause like "who …".
      const coreWord = tokens[core[0] + 1]?.norm === 'of' && tokens[core[0] + 2]?.norm === 'whom' ? 'whom' : isAcronym(tokens[core[0]]!) ? tokens[core[0]]!.text : tokens[core[0]]!.norm;
      // An aside ("citing the NIS", "speaking on condition of anonymity") is not the speaker, even when it names a known source.
      const ref0 = c1 && (coreWord === 'citing' || CLAUSE_OPENERS.has(coreWord)) ? null : ctx.register.resolve(tokens.slice(core[0], core[1]));
      if (!ref0 && c1) {
        // "The ministry, citing hospital records, said": the origin is read with "citing"; the speaker is before it.
        if (PARENTHETICAL.has(coreWord) || coreWord === 'citing') {
          core = c1;
        } else if ((coreWord === 'which' || coreWord === 'who' || coreWord === 'whom') && core[1] === i && core[1] - core[0] >= 2 && !SKIP_BEFORE_VERB.has(tokens[core[0] + 1]!.norm) && !IDENTITY_VERBS.has(tokens[core[0] + 1]!.norm) && !isPastVerb(tokens[core[0] + 1]!)) {
          // "The M23, which United Nations experts say is backed by …": the relative word is what is said; the words
          // between it and the verb are who says it.
          core = [core[0] + 1, core[1]];
        } else if (CLAUSE_OPENERS.has(coreWord)) {
          // "officials, quoted by the Financial Times, said": that names the outlet (read above), not whom they speak for.
          // "speaking on condition of anonymity to discuss intelligence assessments" says how they spoke, not what they are.
          // "X, who heads the council, said" describes X; "X, who addressed journalists, said" only tells what X did.
          const tellsAction = coreWord === 'whose' || coreWord === 'where' || ((coreWord === 'who' || coreWord === 'which') && !IDENTITY_VERBS.has(tokens[core[0] + 1]?.norm ?? ''));
          if (!(CARRIED_BY_VERBS.has(coreWord) && tokens[core[0] + 1]?.norm === 'by') && !MANNER_OF_SPEAKING.has(coreWord) && !tellsAction) description = text(tokens, core[0] + 1, core[1], sentence, base);
          core = c1;
          // "The site is on land held by Kafue Basin Copper Mines (KBCM), which said …": "which" refers to the name
          // that ends the clause before it, not to the clause.
          if ((coreWord === 'which' || coreWord === 'who') && (holdsClause(tokens, c1[0], c1[1]) || tokens.slice(c1[0] + 1, c1[1]).some((w) => isPastVerb(w)))) core = [trailingNameStart(tokens, c1), c1[1]];
        } else if (coreWord === 'known' && tokens[core[0] + 1]?.norm === 'as') {
          description = text(tokens, c1[0], c1[1], sentence, base);
          core = [core[0] + 2, core[1]];
        } else if (isDescriptive(tokens, core) && !isTitledName(tokens, core) && isNameLike(tokens, c1) && !isFrontedAdverb(tokens, c1)) {
          description = text(tokens, core[0], core[1], sentence, base);
          core = c1;
        } else if ((isPureName(tokens, core) || (tokens[core[0]]!.norm === 'the' && isPureName(tokens, [core[0] + 1, core[1]]) && setOff(tokens, c1))) && isDescriptive(tokens, c1) && !RELATIVE_STARTS.has(tokens[c1[0]]!.norm)) {
          // (A relative clause before the name is the figure's clause, not a description: "…, who had gone missing …
          // were recovered, Manipur Police said".)
          description = text(tokens, c1[0], c1[1], sentence, base);
        } else if (c1[0] === 0 && chunks.length === 2 && tokens[core[1]]?.text === ',' && ARTICLES.has(tokens[core[0]]!.norm) && ARTICLES.has(tokens[0]!.norm) && !isAdverbial(tokens, c1) && isNounPhrase(tokens, c1)) {
          // "A source in Rijal al-Karama, the largest armed group in Sweida, said": the subject opens the
          // sentence, the appositive after it describes it.
          description = text(tokens, core[0], core[1], sentence, base);
          core = c1;
        }
        if (description) clauseStart = Math.min(core[0], c1[0]);
      }
      // "In Kyiv, …", "On Tuesday, …", "Speaking on condition of anonymity, …" are not speakers.
      while (core[1] - core[0] > 1 && CONNECTIVES.has(tokens[core[0]]!.norm)) core = [core[0] + 1, core[1]];
      // "The toll our teams have documented … is 79": a count before a relative clause without "that"; the clause's subject speaks.
      if (core[1] - core[0] >= 3 && ARTICLES.has(tokens[core[0]]!.norm) && COUNT_HEADS.has(tokens[core[0] + 1]!.norm)
        && (DETERMINERS_OF_SUBJECT.has(tokens[core[0] + 2]!.norm) || isUpper(tokens[core[0] + 2]!.text))) core = [core[0] + 2, core[1]];
      // "We assess that …": the publisher's own voice (a think tank's brief, an editorial); in a quotation the
      // quote's own attribution names who "we" are.
      // "Our teams have documented …" likewise; a body publishing its own release ("Sudan Doctors Network (press
      // statement)") is who "we" are.
      const firstPerson = (core[1] - core[0] === 1 && (tokens[core[0]]!.norm === 'we' || tokens[core[0]]!.norm === 'i')) || (tokens[core[0]]!.norm === 'our' && core[1] - core[0] <= 4 && !tokens.slice(core[0] + 1, core[1]).some((w) => isUpper(w.text)));
      if (firstPerson && !ctx.ownVoice) continue;
      if (firstPerson) {
        speaker = ctx.ownVoice!;
        coreferent = true;
        core = [core[1], core[1]];
      }
      // "In the village of Abu Gouda alone it counted 31 dead": a pronoun closing the phrase is its subject.
      if (core[1] - core[0] > 2 && (tokens[core[1] - 1]!.norm === 'it' || tokens[core[1] - 1]!.norm === 'they') && tokens[core[0]]!.norm === 'in') core = [core[1] - 1, core[1]];
      core = trimSpeaker(tokens, core);
      if (core[1] > core[0] && !isAdverbial(tokens, core)) {
        const mention = tokens.slice(core[0], core[1]);
        // "The last figure from President X came in February, when he said …": with no one named before, "he" is the
        // person the sentence itself named before it.
        const ref = ref0 ?? ctx.register.resolve(mention) ?? personNamedEarlier(tokens, core, sentence, base, ctx);
        if (ref) {
          speaker = ref;
          coreferent = true;
          ctx.register.touch(ref);
        } else {
          // "the Integrated Office (BINUH) reports": the bracketed acronym is typed with the name (a known body's alias).
          const typed = typeSource(text(tokens, core[0], acronymEnd(tokens, core[1]), sentence, base), sourceContextAt(ctx, core[0]), description);
          let spokenFor: RegisteredSource | null = null;
          // A spokesperson speaks for the institution last named: its kind and country (decision 7).
          // Only a spokesperson the words do not place already ("Junta spokesman Major General X" is the army's).
          // "the office's spokesperson, Samira Haddad, told reporters in Geneva": a spokesperson of a body named before
          // speaks for it wherever the briefing was.
          const spokesText = `${description} ${text(tokens, core[0], core[1], sentence, base)}`;
          // (A plain search for "pokes" rules out nearly every mention before the patterns are run.)
          const spokes = spokesText.includes('pokes') || spokesText.includes('POKES');
          const ownersSpokesperson = spokes && /\b(?:its|the [a-z]+['’]s) spokes(?:man|woman|person)\b/i.test(spokesText);
          if (spokes && !typed.link.id && (!ctx.sentenceCountry || ownersSpokesperson) && (typed.link.kind === 'official' || typed.link.kind === 'other' || typed.link.kind === 'government') && /\bspokes(?:man|woman|person)\b/i.test(spokesText)) {
            const org = latest(ctx.register.entries, (x) => !x.person && x.link.kind !== 'media');
            // "Police spokesman X": the words name the body already, whatever was named last.
            const bodyNamed = typed.words.some((w) => BODY_HEADS.has(w));
            if (org && (!bodyNamed || typed.words.includes(org.words[org.words.length - 1] ?? ''))) typed.link = { ...typed.link, kind: org.link.kind, country: org.link.country };
            else if (org?.link.country) typed.link = { ...typed.link, country: org.link.country };
            // "ministry spokesman X said" after "the health ministry said on Friday": the ministry's voice, on its day.
            const head = org?.words[org.words.length - 1];
            if (org && head && typed.words.includes(head)) spokenFor = org;
          }
          speaker = adopt(ctx.register, typed);
          coreferent = speaker !== null;
          if (!speaker) {
            speaker = ctx.register.add(typed, [], null);
            noteAcronym(tokens, core[1], speaker);
            if (spokenFor?.date && !speaker.date) {
              speaker.date = spokenFor.date;
              coreferent = true;
            }
          }
          registerDescription(ctx, typed, description, sourceContextAt(ctx, core[0]));
        }
      }
    }
    // Inverted: ", said the lawmakers, citing ..." / "…,” said X."
    if (!speaker && inverted) {
      const [ns, ne] = npAfter(tokens, i + 1, 12);
      invertedEnd = ne;
      // "…, said in a statement": a phrase of how it was said, not who said it. "…, show 9,412 people …": a figure
      // after the verb is what it says, not who.
      if (ne > ns && !PREPOSITIONS.has(tokens[ns]!.norm) && tokens[ns]!.kind !== 'num') {
        const mention = tokens.slice(ns, ne);
        const ref = ctx.register.resolve(mention);
        if (ref) { speaker = ref; coreferent = true; ctx.register.touch(ref); }
        else {
          // "…, said Jean-Marc Biquet, MSF head of mission": the words after the name describe him.
          // "…, said the Centre for Frontier Security Studies, an Islamabad-based think tank.": so do words set off
          // after a body's name.
          const setOffAfter = tokens[ne]?.text === ',' && tokens[ns]!.norm === 'the' && ne - ns <= 9 && tokens.slice(ns + 1, ne).every((w) => isUpper(w.text) || NAME_LINKS.has(w.norm)) ? setOffDescription(tokens, ne + 1) : null;
          const [ds, de] = setOffAfter ?? (tokens[ne]?.text === ',' && isPureName(tokens, [ns, ne]) ? npAfter(tokens, ne + 1, 10) : [ne, ne]);
          const description = de > ds ? text(tokens, ds, de, sentence, base) : '';
          const typed = typeSource(text(tokens, ns, ne, sentence, base), sourceContextAt(ctx, ns), description);
          speaker = ctx.register.add(typed, [], null);
          noteAcronym(tokens, ne, speaker);
          registerDescription(ctx, typed, description, sourceContextAt(ctx, ns));
        }
        clauseStart = i;
      }
    }
    if (!speaker) continue;
    if (FIGURES_AS_SPEAKER.test(speaker.link.name)) {
      // "The figures, dated June 3, show …" after "according to figures compiled by X": the figures named before are X's.
      const owner = /^the\s/i.test(speaker.link.name) ? latest(ctx.register.entries, (e) => !e.person && e.link.kind !== 'media' && !FIGURES_AS_SPEAKER.test(e.link.name)) : null;
      if (!owner) continue;
      speaker = owner;
      coreferent = true;
    }
    // Anonymous officials speak only through the outlet that quotes them; later "they said" keeps it.
    if (!outlet && speaker.outlet && coreferent) outlet = speaker.outlet;
    if (outlet && !speaker.outlet && speaker.link.kind !== 'media' && !speaker.person) speaker.outlet = outlet;
    // Trailing: ", X said." after the figures, with no complement of its own.
    // After an inverted verb the speaker comes first, with any relative clause of its own: "…,” said a resident who
    // asked not to be named for fear of reprisals." has no complement however long the speaker's words are.
    let after = i + 1;
    if (invertedEnd > after) {
      after = invertedEnd;
      if (RELATIVE_SPEAKER_CLAUSE.has(tokens[after]?.norm ?? '')) while (after < tokens.length && !BOUNDARY.has(tokens[after]!.text) && tokens[after]!.text !== '.') after++;
    }
    const scanFrom = after;
    // ", the government said in a communiqué read on state television on Saturday.": prepositional phrases after the
    // verb are no complement; the attribution closes the sentence.
    const adjunctsOnly = PREPOSITIONS.has(tokens[i + 1]?.norm ?? '') && !(tokens[i + 1]!.norm === 'at' && (tokens[i + 2]?.norm === 'least' || tokens[i + 2]?.norm === 'most'));
    // "where doctors said three were in a serious condition": a figure in words opens a complement too (not after an
    // inverted verb: ", said two officials familiar with the matter" names the speakers).
    // The day of a date in an adjunct ("said on 22 Dec.") is none.
    while (after < tokens.length && after < scanFrom + (adjunctsOnly ? 17 : 8) && !BOUNDARY.has(tokens[after]!.text) && tokens[after]!.text !== '.' && tokens[after]!.norm !== 'that' && !opensFigure(tokens, after, adjunctsOnly, inverted)) after++;
    const complement = tokens[after]?.norm === 'that' || (after < tokens.length && (opensFigure(tokens, after, adjunctsOnly, inverted) || (!BOUNDARY.has(tokens[after]!.text) && tokens[after]!.text !== '.')));
    const trailing = !complement && clauseStart > 0;
    let clauseEnd = setOffDateEnd(tokens, i + 1);
    while (clauseEnd < tokens.length && clauseEnd < i + 14 && (!BOUNDARY.has(tokens[clauseEnd]!.text) || (tokens[clauseEnd]!.text === ',' && tokens[clauseEnd + 1]?.kind === 'num' && isDayOfMonth(tokens, clauseEnd + 1))) && !(tokens[clauseEnd]!.text === '.' && !MONTH_ABBREV.test(tokens[clauseEnd - 1]!.norm)) && (['put', 'puts', 'gave'].includes(t.norm) || (tokens[clauseEnd]!.kind !== 'num' || isDayOfMonth(tokens, clauseEnd)) && !(cutsDateClause(tokens, clauseEnd) && !PREPOSITIONS.has(tokens[clauseEnd - 1]!.norm) && !namesFiguresGiven(tokens, clauseEnd) && !(clauseEnd === i + 1 && ADDRESSEE_VERBS.has(t.norm)) && !(tokens[clauseEnd]!.norm === 'that' && BROADCAST_VERBS.has(tokens[clauseEnd + 1]?.norm ?? ''))))) clauseEnd++;
    // "confirmed the attack in a statement on Sunday evening, saying …": the words before ", saying" tell when it was said.
    if (!trailing) {
      let comma = clauseEnd;
      while (comma < tokens.length && comma < i + 16 && tokens[comma]!.text !== ',' && !BOUNDARY.has(tokens[comma]!.text) && tokens[comma]!.kind !== 'num') comma++;
      if (tokens[comma]?.text === ',' && tokens[comma + 1]?.norm === 'saying') clauseEnd = comma;
    }
    const made = makeCue(i, clauseStart, clauseEnd, speaker, coreferent, outlet, originLinks, trailing, t.norm);
    // "the 43,000 he cited in December", "rocket launchers it said were used": a pronoun straight after a noun or a
    // number opens a relative clause without its "that".
    const before = chunks.length === 1 && chunks[0]![1] - chunks[0]![0] === 1 && SUBJECT_PRONOUNS.has(tokens[chunks[0]![0]]!.norm) ? tokens[chunks[0]![0] - 1] : undefined;
    const reducedRelative = !!before && (before.kind === 'num' || (before.kind === 'word' && /^[a-z]/.test(before.text) && !NP_STOP.has(before.norm) && !COORDINATORS.has(before.norm) && !SENTENCE_ADVERBS.has(before.norm)));
    if (chunks.length > 0 && (reducedRelative || OBJECT_RELATIVES.has(tokens[chunks[0]![0] - 1]?.norm ?? ''))) {
      made.relative = true;
      made.trailing = false;
    }
    cues.push(made);
  }


  // Possessive source with a counting verb: "The monitor's toll includes 336 ...".
  for (let i = 1; i < tokens.length; i++) {
    // "ACLED's running tally now stands at …": past the count's modifiers too.
    if (tokens[i]!.norm === "'s" && (SOURCE_POSSESSIONS.has(tokens[i + 1]?.norm ?? '') || (COUNT_MODIFIERS.has(tokens[i + 1]?.norm ?? '') && possessedCountAt(tokens, i + 1) > 0)) && !cues.some((c) => c.at < i)) {
      let s = i - 1;
      while (s > 0 && tokens[s - 1]!.kind === 'word' && !NP_STOP.has(tokens[s - 1]!.norm)) s--;
      const mention = tokens.slice(s, i);
      const ref = ctx.register.resolve(mention);
      const speaker = ref ?? ctx.register.add(typeSource(text(tokens, s, i, sentence, base), sourceContextAt(ctx, s)), [], null);
      cues.push(makeCue(i, s, i + 2, speaker, !!ref, outlet, originLinks, false, 'possessive'));
    }
  }
  // "Its toll …", "Their running total since February now stands at …": the count of the body named last, as the
  // sentence's subject (the first or second word).
  for (let i = 0; i < 2 && i < tokens.length; i++) {
    // Only where nothing else in the sentence names a source ("Their estimate exceeds the 20,178 deaths recorded … by ACLED").
    if ((tokens[i]!.norm !== 'their' && tokens[i]!.norm !== 'its') || cues.length > 0) continue;
    const head = possessedCountAt(tokens, i + 1);
    // "… exceeds the 20,178 deaths recorded for the country by ACLED": a figure of another's, with a verb of its own.
    if (head < 0 || tokens.slice(head + 1).some((t) => GIVEN_BY_VERBS.has(t.norm) || SPEECH_VERBS.has(t.norm))) continue;
    const ref = ctx.register.resolve([{ ...tokens[i]!, norm: tokens[i]!.norm === 'their' ? 'they' : 'it', tables: -1, word: -1 }]);
    if (ref) cues.push(makeCue(i, i, head + 1, ref, true, outlet, originLinks, false, 'possessive'));
    break;
  }
  // "Fano, a loose network of Amhara militias fighting the government since 2023, said …": a name set off by a long
  // description (a year in it, a participle) that the speaker reading above could not span.
  if (cues.length === 0) {
    const setOff = setOffSpeaker(tokens, sentence, base, ctx);
    if (setOff) cues.push(makeCue(setOff.at, 0, Math.min(tokens.length, setOff.at + 14), setOff.speaker, setOff.coreferent, outlet, originLinks, false, tokens[setOff.at]!.norm));
  }
  // ", saying …", ", telling state television that …": a participle after a main clause whose verb is no cue
  // ("X denied the report, telling MRTV that …", "The General Staff rejected the claim, saying …"): its subject speaks.
  if (cues.length === 0) {
    const participial = participleAttribution(tokens, sentence, base, ctx);
    if (participial) cues.push(makeCue(participial.at, participial.at, tokens.length, participial.speaker, participial.coreferent, participial.outlet ?? outlet, originLinks, false, tokens[participial.at]!.norm));
  }
  // Situation reports cite in brackets at the sentence's end: "… remain missing (local authorities, 28 May)." A
  // bracket labelled as the source ("(source: IOM, Dec. 9)") is the figure's source whatever else the line says.
  const bracket = bracketedSource(tokens);
  if (bracket && (cues.length === 0 || bracket.labelled)) {
    const mention = tokens.slice(bracket.start, bracket.end);
    const ref = ctx.register.resolve(mention);
    // "(source: Tom Perriello, then U.S. special envoy, May 2024)": the words after the name describe it.
    let d = bracket.end + 1;
    while (d < bracket.close && tokens[d]!.text !== ',' && tokens[d]!.kind !== 'num') d++;
    const description = bracket.labelled && tokens[bracket.end]?.text === ',' && d > bracket.end + 1 && tokens[d]?.kind !== 'num' ? text(tokens, bracket.end + 1, d, sentence, base) : '';
    const typed = ref ? null : typeSource(text(tokens, bracket.start, bracket.end, sentence, base), sourceContextAt(ctx, bracket.start), description);
    // Typed as a source by its words ("local authorities", "OCHA"), not by default ("pictured", "see map").
    // "(source: Tom Perriello, then U.S. special envoy, May 2024)": a labelled source is one, whatever its words.
    const named = typed && (bracket.labelled || (typed.link.kind !== 'other' && (typed.link.kind !== 'official' || mention.some((t) => OFFICIAL_WORDS.has(t.norm)))));
    if (ref || named) {
      const speaker = ref ?? ctx.register.add(typed!, [], null);
      cues.push(makeCue(bracket.open, bracket.open, bracket.close + 1, speaker, !!ref, outlet, originLinks, true, '(source)'));
    }
  }
  // "X said …, according to the official WAFA news agency": the agency carried X's statement.
  if (cues.length > 1) for (const a of [...cues]) {
    if (a.verb !== 'according to' || !a.trailing || a.speaker.link.kind !== 'media') continue;
    const said = cues.find((c) => c !== a && c.at < a.at && c.speaker.link.kind !== 'media' && c.chain.length === 1);
    if (!said) continue;
    said.chain = [a.speaker.link, ...said.chain];
    cues.splice(cues.indexOf(a), 1);
  }
  return cues.sort((a, b) => a.at - b.at);
}

/**
 * "(local authorities, 28 May)" closing a sentence: the source's words (no figure, at most six) before
 * an optional comma and date, as token spans.
 */
const OFFICIAL_WORDS: ReadonlySet<string> = new Set(['official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson']);

function bracketedSource(tokens: readonly Token[]): { open: number; close: number; start: number; end: number; labelled: boolean } | null {
  let close = tokens.length - 1;
  if (tokens[close]?.text === '.') close--;
  if (close < 2 || tokens[close]!.text !== ')') return null;
  let open = close - 1;
  while (open >= 0 && open > close - 24 && tokens[open]!.text !== '(') open--;
  if (open < 0 || tokens[open]!.text !== '(') return null;
  // "(source: IOM, Dec. 9)", "(Sources: UNHCR; IOM)": the label says what the bracket holds.
  const labelled = (tokens[open + 1]?.norm === 'source' || tokens[open + 1]?.norm === 'sources' || tokens[open + 1]?.norm === 'figures') && tokens[open + 2]?.text === ':';
  const start = labelled ? open + 3 : open + 1;
  let end = start;
  while (end < close && tokens[end]!.text !== ',' && tokens[end]!.text !== ';') end++;
  if (end - start < 1 || end - start > (labelled ? 12 : 6) || (!labelled && close - open > 14)) return null;
  for (let k = start; k < end; k++) if (tokens[k]!.kind !== 'word' && tokens[k]!.norm !== "'s" && !(labelled && tokens[k]!.text === '.')) return null;
  return { open, close, start, end, labelled };
}

/** Is the speech verb at i used as a report verb here (not "reported missing", "were recorded")? */
/** "puts Russian losses at more than 1.1 million": up to four words, then "at" and a figure. */
function putsAt(tokens: readonly Token[], i: number): boolean {
  // "put the overall toll at four dead", "put the provisional toll of the attack on Kalivuli, in Lubero territory, at 33":
  // a figure in words counts, and once the object named a toll, a place set off by commas may come before "at".
  let toll = false;
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + (toll ? 18 : 10)); k++) {
    if (tokens[k]!.norm === 'at') return tokens[k + 1]!.kind === 'num' || COUNT_WORDS.has(tokens[k + 1]!.norm) || /^(?:more|over|about|around|some|least|nearly|almost|between)$/.test(tokens[k + 1]!.norm);
    // "puts Russia's losses higher still, at more than 870,000".
    if (tokens[k]!.text === ',' && (tokens[k + 1]?.norm === 'at' || toll)) continue;
    if (tokens[k]!.kind !== 'word' && tokens[k]!.norm !== "'s") return false;
    if (PUT_OBJECTS.has(tokens[k]!.norm)) toll = true;
  }
  return false;
}

/** Heads of mentions of one unnamed person ("a security source in Djibo", "a senior official"). */
const ONE_PERSON_HEADS: ReadonlySet<string> = new Set(['source', 'official', 'officer', 'spokesman', 'spokeswoman', 'spokesperson', 'resident', 'witness', 'doctor', 'nurse', 'commander', 'diplomat', 'elder', 'survivor',
  'member', 'administrator', 'volunteer', 'rescuer', 'medic', 'paramedic', 'teacher', 'farmer', 'relative', 'activist', 'journalist', 'worker', 'employee', 'monk', 'priest', 'imam', 'lawyer', 'councillor', 'leader', 'coordinator', 'director', 'manager', 'representative', 'villager', 'man', 'woman', 'mother', 'father', 'student', 'driver', 'guard', 'soldier', 'policeman', 'fighter']);
/** "BNPB spokesman Abdul Muhari", "police spokeswoman Ana Ruiz": a spokesperson's role, then a person's name. Bounded, anchored at the end: linear. */
function namedSpokesperson(e: Pick<RegisteredSource, 'plural' | 'link'>): boolean {
  // (The plain search rules out the names the pattern would read to their end for nothing.)
  return !e.plural && e.link.name.length < 120 && e.link.name.includes('spokes') && NAMED_SPOKESPERSON.test(e.link.name);
}
const NAMED_SPOKESPERSON = /\bspokes(?:man|woman|person)\s+(?:[A-Z][\w.'’-]{0,30}\s+){0,3}[A-Z][a-z][\w'’-]{0,30}$/;

function singleUnnamedPerson(e: RegisteredSource): boolean {
  return !e.plural && (e.words[0] === 'a' || e.words[0] === 'an' || e.words[0] === 'one') && e.words.slice(0, 5).some((w) => ONE_PERSON_HEADS.has(w));
}

/** Verbs whose object "fears" is a noun: "raised fears that …", "sparked fears". */
const FEAR_NOUN_VERBS: ReadonlySet<string> = new Set(['raised', 'raising', 'raises', 'sparked', 'sparking', 'prompted', 'fuelled', 'fueled', 'stoked', 'heightened', 'amid', 'allayed', 'eased']);
/** An auxiliary before a participle keeps it a verb: "had estimated at …". */
const isAuxiliary = (w: string): boolean => BE_FORMS.has(w) || HAVE_FORMS.has(w);

/**
 * For a lone "he" or "she": the person (a name with a role) the sentence named before it, registered, or null.
 * Only where no person was named before the sentence (the register would have answered).
 */
function personNamedEarlier(tokens: readonly Token[], [s, e]: [number, number], sentence: string, base: number, ctx: AttributionContext): RegisteredSource | null {
  if (e - s !== 1 || (tokens[s]!.norm !== 'he' && tokens[s]!.norm !== 'she')) return null;
  let end = -1;
  for (let k = s - 1; k >= 1; k--) {
    if (isUpper(tokens[k]!.text) && tokens[k]!.kind === 'word') {
      if (end < 0) end = k + 1;
      continue;
    }
    if (end >= 0) {
      const start = k + 1;
      if (end - start >= 2) {
        const typed = typeSource(text(tokens, start, end, sentence, base), sourceContextAt(ctx, start));
        if (typed.person && typed.link.kind !== 'other') return ctx.register.add(typed, [], null);
      }
      end = -1;
    }
  }
  return null;
}

/** The sentence's opening name and the speech verb after its set-off description ("X, a … group …, said"), or null. */
function setOffSpeaker(tokens: readonly Token[], sentence: string, base: number, ctx: AttributionContext): { at: number; speaker: RegisteredSource; coreferent: boolean } | null {
  const opening = openingName(tokens);
  if (!opening || tokens[opening[1]]?.text !== ',' || !ARTICLES.has(tokens[opening[1] + 1]?.norm ?? '')) return null;
  let v = opening[1] + 2;
  while (v < tokens.length && v < opening[1] + 32 && !(tokens[v]!.text === ',' && SAY_VERBS.has(tokens[v + 1]?.norm ?? ''))) {
    if (tokens[v]!.text === '.' && !isTitleDot(tokens, v)) return null;
    if (SPEECH_VERBS.has(tokens[v]!.norm) || /["“”]/.test(tokens[v]!.text)) return null;
    v++;
  }
  if (tokens[v]?.text !== ',') return null;
  const at = v + 1;
  const mention = tokens.slice(opening[0], opening[1]);
  const ref = ctx.register.resolve(mention);
  if (ref) {
    ctx.register.touch(ref);
    return { at, speaker: ref, coreferent: true };
  }
  const description = text(tokens, opening[1] + 1, v, sentence, base);
  return { at, speaker: ctx.register.add(typeSource(text(tokens, opening[0], opening[1], sentence, base), sourceContextAt(ctx, 0), description), [], null), coreferent: false };
}
const SAY_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'reported', 'announced', 'stated', 'confirmed', 'estimated', 'claimed']);

/**
 * ", saying …" or ", telling X that …" after a main clause: the speaker is the sentence's opening noun phrase (up to its
 * first verb: a past form or an auxiliary), and an outlet told is carried as its link. Null where the opening is no plain
 * noun phrase.
 */
function participleAttribution(tokens: readonly Token[], sentence: string, base: number, ctx: AttributionContext): { at: number; speaker: RegisteredSource; coreferent: boolean; outlet: TypedSource | null } | null {
  let at = -1;
  for (let i = 2; i < tokens.length; i++) if ((tokens[i]!.norm === 'saying' || tokens[i]!.norm === 'telling') && tokens[i - 1]!.text === ',') { at = i; break; }
  if (at < 0) return null;
  let verb = 1;
  while (verb < at && !(isPastVerb(tokens[verb]!) || PRESENT_DENIALS.has(tokens[verb]!.norm) || (isAuxiliary(tokens[verb]!.norm) && /^[a-z]/.test(tokens[verb]!.text)))) verb++;
  if (verb >= at || verb > 14) return null;
  // A name with its description set off ("A spokesman for the army, Maj. Gen. X, denied"): the last part names.
  let s = 0;
  const e = tokens[verb - 1]!.text === ',' ? verb - 1 : verb;
  const comma = tokens.slice(s, e).findIndex((t) => t.text === ',');
  if (comma >= 0 && isNameLike(tokens, [comma + 1, e])) s = comma + 1;
  if (e <= s || tokens.slice(s, e).some((t) => t.kind === 'num' || t.text === ',') || holdsClause(tokens, s, e) || PREPOSITIONS.has(tokens[s]!.norm)) return null;
  const mention = tokens.slice(s, e);
  const ref = ctx.register.resolve(mention);
  const description = s > 0 ? text(tokens, 0, s - 1, sentence, base) : '';
  const speaker = ref ?? ctx.register.add(typeSource(text(tokens, s, e, sentence, base), sourceContextAt(ctx, s), description), [], null);
  if (ref) ctx.register.touch(ref);
  let outlet: TypedSource | null = null;
  if (tokens[at]!.norm === 'telling') {
    const [os, oe] = npAfter(tokens, at + 1, 8);
    if (oe > os && !PRESS_NOUNS.has(tokens[oe - 1]!.norm)) {
      const told = typeSource(text(tokens, os, oe, sentence, base), sourceContextAt(ctx, os));
      if (told.link.kind === 'media') outlet = told;
    }
  }
  return { at, speaker, coreferent: !!ref, outlet };
}
const PRESENT_DENIALS: ReadonlySet<string> = new Set(['denies', 'rejects', 'disputes', 'confirms', 'insists', 'maintains', 'acknowledges']);

/** "Nationwide, the office says …", "Separately, the army said …": a sentence's opening adverb, capitalised, is no name. */
function isFrontedAdverb(tokens: readonly Token[], [s, e]: [number, number]): boolean {
  if (s !== 0 || e !== 1) return false;
  const w = tokens[0]!.norm;
  return isSentenceAdverb(tokens, [0, 1]) || FRONTED_ADVERBS.has(w) || (w.length > 5 && w.endsWith('wide'));
}
/** Opening adverbs that are no sentence adverbs elsewhere (those, and "-ly" words: isSentenceAdverb). */
const FRONTED_ADVERBS: ReadonlySet<string> = new Set(['altogether', 'tonight', 'since', 'nearby', 'abroad', 'otherwise', 'then']);

/** Does the subject before the verb at `i` (back to a clause boundary) name a document: a register, a list, a database? */
function documentSubjectBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const w = tokens[k]!.norm;
    if (BOUNDARY.has(tokens[k]!.text) || w === 'that' || SPEECH_VERBS.has(w)) return false;
    if (LISTING_DOCUMENTS.has(w)) return true;
  }
  return false;
}
const LISTING_DOCUMENTS: ReadonlySet<string> = new Set(['register', 'registry', 'list', 'database', 'report', 'record', 'records', 'roll', 'document', 'spreadsheet', 'tally', 'count', 'website', 'dashboard']);

function isSpeech(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.norm;
  // Past an adverb: "could not be independently confirmed" is no statement.
  let p = i - 1;
  while (p > 0 && tokens[p]!.kind === 'word' && tokens[p]!.norm.length > 4 && tokens[p]!.norm.endsWith('ly')) p--;
  const prev = tokens[p]?.norm ?? '';
  const next = tokens[i + 1]?.norm ?? '';
  if (BE_FORMS.has(prev) && !PASSIVE_REPORT_VERBS.has(w)) return false;
  if (prev === 'not' || prev === "n't" || prev === 'never' || (prev === 'to' && tokens[i - 2]?.norm === 'declined')) return false;
  // "12 reported", "up from five reported earlier": a participle after a figure; but "Channel 12 reported" names a channel.
  if (PARTICIPLES_AFTER_FIGURES.has(w) && ((tokens[i - 1]?.kind === 'num' && !(i > 1 && /^[A-Z][a-z]/.test(tokens[i - 2]!.text))) || COUNT_WORDS.has(tokens[i - 1]?.norm ?? ''))) return false;
  if (DETERMINERS.has(prev)) return false;
  // "in an August report that …", "a 2023 estimate", "its annual report": a noun after a determiner and a word of when.
  if (PRODUCT_NOUN_FORMS.has(w) && DETERMINERS.has(tokens[p - 1]?.norm ?? '') && (MONTH_NAME.test(prev) || WEEKDAY.test(prev) || FIGURE_ADJECTIVES.has(prev) || /^(?:19|20)\d\d$/.test(prev))) return false;
  if (w === 'reported' && REPORTED_STATES.has(next)) return false;
  // "The accident claimed at least 60 lives", "claimed the lives of 12": a toll, not a statement.
  if ((w === 'claimed' || w === 'claims' || w === 'claim') && tokens.slice(i + 1, i + 6).some((t) => t.norm === 'lives' || t.norm === 'life')) return false;
  // "has identified by name more than 90,000 soldiers killed": a count identified straight away (not "identified himself as",
  // "Palestinians identified by name among the dead").
  if (w === 'identified') {
    const k = next === 'by' && tokens[i + 2]?.norm === 'name' ? i + 3 : i + 1;
    return tokens[k]?.kind === 'num' || COUNT_WORDS.has(tokens[k]?.norm ?? '') || /^(?:more|over|about|around|some|nearly|almost|at)$/.test(tokens[k]?.norm ?? '');
  }
  // "put the toll at", and "puts Russian losses at more than 1.1 million": an object, then "at" a figure.
  if (w === 'put' || w === 'puts') return (DEFINITE_DETERMINERS.has(next) && PUT_OBJECTS.has(tokens[i + 2]?.norm ?? '')) || putsAt(tokens, i);
  // "gave the toll as", "now gives 3,958 dead": a figure given straight away counts too.
  if (w === 'gave' || w === 'give' || w === 'gives') return (GAVE_DETERMINERS.has(next) && tokens.slice(i + 1, i + 5).some((t) => GIVEN_OBJECTS.has(t.norm))) || tokens[i + 1]?.kind === 'num';
  // "The Chamber found that …", "the commission concluded that …".
  // "…, its researchers found." closing the sentence after its subject reports what comes before.
  if (w === 'found' || w === 'concluded' || w === 'finds' || w === 'concludes') return next === 'that' || ((next === '' || next === '.') && tokens[i - 1]?.kind === 'word' && !isAuxiliary(prev) && tokens.slice(Math.max(0, i - 4), i).some((x) => x.text === ','));
  // "raised the death toll to 121", and "raised to 121 on Wednesday the number of people killed".
  if (w === 'released' || w === 'raised' || w === 'updated') return (DEFINITE_DETERMINERS.has(next) && RELEASED_OBJECTS.has(tokens[i + 2]?.norm ?? '')) || (w !== 'released' && next === 'to' && tokens[i + 2]?.kind === 'num');
  if (w === 'recalled' || w === 'recalls' || w === 'argued' || w === 'argues') return next === 'that';
  // "a register opened in February lists 2,287": a document lists for whoever keeps it (no link of its own).
  // "had listed only 12 people as missing": a limiting adverb may stand before the figure.
  if (w === 'lists' || w === 'listed') {
    const k = LIMITING_ADVERBS.has(next) ? i + 2 : i + 1;
    return (tokens[k]?.kind === 'num' || COUNT_WORDS.has(tokens[k]?.norm ?? '')) && !documentSubjectBefore(tokens, i);
  }
  // "urged both sides to show restraint": an infinitive shows nothing said.
  if (w === 'show' || w === 'shows' || w === 'showed' || w === 'indicate' || w === 'indicates' || w === 'indicated') return prev !== 'to';
  // "the two outlets estimate that …".
  // "the home department claims that 1,800 … have been killed": a verb with its clause.
  if ((w === 'estimate' || w === 'report' || w === 'claims' || w === 'claim') && next === 'that') return true;
  if (w === 'counted' || w === 'recorded' || w === 'documented' || w === 'verified' || w === 'claims' || w === 'claim' || w === 'estimate' || w === 'report' || w === 'records' || w === 'counts' || w === 'registered' || w === 'registers') {
    return countingSubjectBefore(tokens, p);
  }
  if (w === 'cited' || w === 'cites') return next !== 'by';
  // "the number of people confirmed dead", "confirmed killed": a state, not a statement.
  if ((w === 'confirmed' || w === 'reported' || w === 'verified') && CONFIRMED_STATES.has(next)) return false;
  // "Ukrainian estimates are higher still": a plural noun before its verb.
  // "Unconfirmed reports suggested …": a plural noun before its own verb.
  // "Unconfirmed reports on military blogs put …", "estimates from the ministry": a plural noun with its prepositional
  // phrase ("The BBC reports on Monday that …" is a verb: a day follows).
  if ((w === 'reports' || w === 'estimates') && NOUN_PREPOSITIONS.has(next) && !WEEKDAY.test(tokens[i + 2]?.norm ?? '') && !MONTH_NAME.test(tokens[i + 2]?.norm ?? '') && tokens[i + 2]?.kind !== 'num') return false;
  // "had received “credible reports” from relatives": a noun after what was received and what they were like.
  if ((w === 'reports' || w === 'estimates') && (NOUN_MARKERS_BEFORE.has(prev) || /^["“”']$/.test(tokens[i + 1]?.text ?? ''))) return false;
  if (w.endsWith('s') && (next === 'are' || next === 'were' || next === 'have' || next === 'show' || next === 'put' || next === 'suggest' || (NOUN_THEN_VERB.has(next) && tokens[i - 1]?.kind === 'word'))) return false;
  // "… and raised fears that the country could slide back": the noun, object of another verb.
  if ((w === 'fear' || w === 'fears') && FEAR_NOUN_VERBS.has(prev)) return false;
  if (w === 'fear' || w === 'fears' || w === 'feared') return next === 'that' || tokens[i + 1]?.kind === 'num' || next === 'as' || next === 'up';
  // "damage estimated at 2.2 billion euros": a participle describing a noun ("estimated at least 500" still states).
  if (w === 'estimated' && next === 'at' && tokens[i + 2]?.norm !== 'least' && tokens[i + 2]?.norm !== 'most' && tokens[i - 1]?.kind === 'word' && /^[a-z]/.test(tokens[i - 1]!.text) && !isAuxiliary(prev)) return false;
  // "18,000 people accused of belonging to gangs": accused of something, not accusing.
  if (w === 'accused' && next === 'of') return false;
  // "six alleged smugglers": an adjective before its noun.
  if (w === 'alleged' && /^[a-z]/.test(tokens[i + 1]?.text ?? '') && next !== 'that') return false;
  // "The army believes 200 fighters were killed": a belief with its figure straight after.
  if (w === 'believed' || w === 'believe' || w === 'believes' || w === 'suggest' || w === 'suggests') return next === 'that' || tokens[i + 1]?.kind === 'num' || /^[a-z]/.test(next) && BELIEF_OBJECT_STARTS.has(next);
  return true;
}

/**
 * Does a counting verb ("recorded", "counted") have a subject that can count just before it: a name,
 * a counting body ("the monitor", "it"), a bracketed abbreviation ("KontraS) recorded"), or a subject
 * set off by an appositive or an adverb ("Cabo Ligado, a conflict monitor, recorded", "…, however, counted")?
 */
function countingSubjectBefore(tokens: readonly Token[], p: number): boolean {
  let q = p;
  // "The health authorities later recorded …": past a sentence adverb.
  if (SENTENCE_ADVERBS.has(tokens[q]?.norm ?? '')) q--;
  // "X, a local rights group, had counted …": past the auxiliary to an appositive or bracket that closes there.
  if ((tokens[q]?.norm === 'had' || tokens[q]?.norm === 'has' || tokens[q]?.norm === 'have') && (tokens[q - 1]?.text === ',' || tokens[q - 1]?.text === ')')) q--;
  if (tokens[q]?.text === ',' && SENTENCE_ADVERBS.has(tokens[q - 1]?.norm ?? '') && tokens[q - 2]?.text === ',') q -= 3;
  const t = tokens[q];
  if (!t) return false;
  if (t.text === ')') return q > 2;
  if (t.text === ',') return closesAppositive(tokens, q);
  return /^[A-Z]/.test(t.text) || COUNTING_SUBJECTS.has(t.norm) || BODY_HEADS.has(t.norm) || INSTITUTION_HEADS.has(t.norm) || COUNTING_BODIES.has(t.norm);
}
/** Heads of bodies that keep counts, besides the state's and institutions' ("the office recorded 27 deaths"). */
const COUNTING_BODIES: ReadonlySet<string> = new Set(['network', 'centre', 'center', 'observatory', 'project', 'bureau', 'commission', 'registry', 'team', 'teams', 'hospital', 'tracker', 'coalition', 'union', 'federation', 'association', 'monitors', 'office', 'ombudsman']);

function makeCue(at: number, clauseStart: number, clauseEnd: number, speaker: RegisteredSource, coreferent: boolean, outlet: TypedSource | null, originLinks: SourceLink[], trailing: boolean, verb: string): Cue {
  const origin = originLinks.length ? originLinks : speaker.origin;
  // "lawmaker Lee Seong-kweun told reporters after the briefing" by South Korea's spy agency: a legislator whose country
  // was only guessed from the story speaks for the state whose agency briefed them.
  const briefer = origin[0];
  if (speaker.link.kind === 'legislator' && (speaker.link.country === null || countryGuessed(speaker.link)) && briefer?.country && !countryGuessed(briefer) && STATE_KINDS.has(briefer.kind)) {
    speaker.link = { ...speaker.link, country: briefer.country };
  }
  const chain: SourceLink[] = [];
  if (outlet && outlet.link.name !== speaker.link.name) chain.push(outlet.link);
  chain.push(speaker.link);
  for (const o of origin) {
    if (chain.some((c) => c.name === o.name)) continue;
    // "South Korean lawmakers …, citing the country's intelligence agency": the speaker's country.
    // So do origins that name no country of their own ("citing intelligence assessments").
    // A country guessed from the sentence yields to the citing speaker's, unless the speaker is an outlet
    // (a wire "citing hospital officials" is rarely of their country).
    const unplaced = (o.country === null || (countryGuessed(o) && speaker.link.kind !== 'media')) && !o.id && STATE_KINDS.has(o.kind) && !/\b(?:western|allied|international|foreign|and)\b/i.test(o.name);
    const own = (/^the (?:country|nation)['’]s\b/i.test(o.name) || unplaced) && speaker.link.country ? { ...o, country: speaker.link.country } : o;
    chain.push(own);
  }
  if (originLinks.length) speaker.origin = originLinks;
  return { at, clauseStart, clauseEnd, chain, speaker, coreferent, trailing, verb };
}

/** The cue that attributes a figure at token position `pos`: a trailing cue after it, else the nearest before. */
export function cueFor(cues: readonly Cue[], pos: number, tokens: readonly Token[]): Cue | null {
  if (cues.length === 0) return null;
  // Cues are in token order: find the first after `pos`, then look only at neighbours within
  // CUE_REACH words (an attribution farther away belongs to another clause; this keeps a long
  // sentence of many figures and cues linear).
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cues[mid]!.at <= pos) lo = mid + 1;
    else hi = mid;
  }
  const firstAfter = lo;
  let lastBefore = firstAfter - 1;
  while (lastBefore >= 0 && cues[lastBefore]!.at === pos) lastBefore--;
  let media: Cue | undefined;
  let after: Cue | undefined;
  for (let k = firstAfter; k < cues.length && cues[k]!.at - pos <= CUE_REACH && !(media && after); k++) {
    const c = cues[k]!;
    if (!media && c.verb === 'reported' && c.speaker.link.kind === 'media') media = c;
    if (!after && c.trailing) after = c;
  }
  let before: Cue | undefined;
  let outer: Cue | undefined;
  for (let k = lastBefore; k >= 0 && pos - cues[k]!.at <= CUE_REACH && !outer; k--) {
    const c = cues[k]!;
    if (c.trailing) continue;
    if (!before) before = c;
    else outer = c;
  }
  if (media && before && before.speaker !== media.speaker) {
    return { ...before, chain: [media.speaker.link, ...before.chain.filter((l) => l.name !== media.speaker.link.name)] };
  }
  // "The army claims nine were killed, but only five have been recovered, according to the police": the closing
  // attribution is the contrasting clause's; the figure before the contrast is the speaker's who states it.
  if (after && !(before && contrastBetween(tokens, pos, after.at))) return after;
  if (before) {
    // "Lee said the agency also believed that …": the reporting speaker comes first in the chain.
    if (outer && outer.speaker !== before.speaker && REPORTING_VERBS.has(outer.verb) && before.at - outer.at < 8) {
      return { ...before, chain: [outer.speaker.link, ...before.chain.filter((l) => l.name !== outer.speaker.link.name)] };
    }
    return before;
  }
  // A cue after the figure with a complement of its own attributes the figure before it ("600 were killed, the agency
  // said on Wednesday, adding that …") unless a new clause is joined between them: "The Americans evacuated about 70
  // …, and France says it has evacuated 538" gives France only the 538.
  const next = cues[firstAfter];
  return cues[lastBefore] ?? (next && !next.relative && !clauseJoinedBetween(tokens, pos, next.at) ? next : null);
}

/** How many words from a figure its attribution may stand. */
const CUE_REACH = 80;
/** Conjunctions that open a contrasting clause after a comma. */
const CONTRASTS: ReadonlySet<string> = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet']);

/** Do consecutive words of a name, skipping "of", spell the initials ("inspector general" → "ig", "deputy commissioner" → "dc")? */
function spellsInitials(words: readonly string[], initials: string): boolean {
  const content = words.filter((w) => w !== 'of' && w !== 'the' && w !== 'and');
  for (let i = 0; i + initials.length <= content.length; i++) {
    let k = 0;
    while (k < initials.length && content[i + k]![0] === initials[k]) k++;
    if (k === initials.length) return true;
  }
  return false;
}

/** Words that open a relative clause whose own subject follows them ("that opposition leaders say"). */
/** Words that open a relative clause describing a speaker named after an inverted verb (", said a resident who asked not to be named"). */
const RELATIVE_SPEAKER_CLAUSE: ReadonlySet<string> = new Set(['who', 'whose', 'which']);
const OBJECT_RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'whom']);

/** Is a clause joined (", and", ";") between token `from` and token `to`? At most CUE_REACH tokens. */
function clauseJoinedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (tokens[k]!.text === ';' || (tokens[k]!.text === ',' && tokens[k + 1]?.norm === 'and')) return true;
  return false;
}

/** Does a contrasting clause (", but …") open between token `from` and token `to`? At most CUE_REACH tokens. */
function contrastBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (tokens[k]!.text === ',' && CONTRASTS.has(tokens[k + 1]?.norm ?? '')) return true;
  return false;
}

/** "documented, on January 13, the death of …": a day set off by commas right after the verb is the verb's; past it. */
/** How many tokens a day named at `k` takes ("on Thursday", "on 3 May", "last week", "this month"), else 0. */
function dayPhraseLength(tokens: readonly Token[], k: number): number {
  const w = tokens[k]?.norm;
  const next = tokens[k + 1];
  if (w === 'on' && next && (WEEKDAY.test(next.norm) || MONTH_NAME.test(next.norm))) return MONTH_NAME.test(next.norm) && tokens[k + 2]?.kind === 'num' ? 3 : 2;
  if (w === 'on' && next?.kind === 'num' && MONTH_NAME.test(tokens[k + 2]?.norm ?? '')) return 3;
  // "on Dec. 2": an abbreviated month, its dot, then the day.
  if (w === 'on' && next && MONTH_ABBREVIATION.test(next.norm) && tokens[k + 2]?.text === '.' && tokens[k + 3]?.kind === 'num') return 4;
  if ((w === 'last' || w === 'this' || w === 'earlier') && next && /^(?:week|month|year)$/.test(next.norm)) return 2;
  return 0;
}

function setOffDateEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ',' || tokens[k + 1]?.norm !== 'on') return k;
  const day = tokens[k + 2]?.norm ?? '';
  if (!WEEKDAY.test(day) && !MONTH_NAME.test(day) && tokens[k + 2]?.kind !== 'num') return k;
  for (let e = k + 3; e < tokens.length && e < k + 8; e++) if (tokens[e]!.text === ',') return e + 1;
  return k;
}

/**
 * "the spot report of X", "figures compiled by X": where X starts, when a product of a body ("report", "figures",
 * "data") and its maker follow `at` within a few plain words; 0 when they do not.
 */
function productAhead(tokens: readonly Token[], at: number): number {
  for (let k = at; k < at + 5 && k < tokens.length; k++) {
    const w = tokens[k]!;
    if (FIGURE_NOUNS.has(w.norm)) {
      const next = tokens[k + 1]?.norm ?? '';
      if (FIGURES_FROM.has(next)) return k + 2;
      if (!GIVEN_BY_VERBS.has(next)) return 0;
      // "a report released on Thursday by X", "figures published last week by X": past the day it came out.
      const by = k + 2 + dayPhraseLength(tokens, k + 2);
      return tokens[by]?.norm === 'by' ? by + 1 : 0;
    }
    if (w.kind !== 'word' || isUpper(w.text)) return 0;
  }
  return 0;
}

/** What "according to" can introduce besides a source: a norm or plan followed ("according to Islamic rites"). */
const NOT_SOURCES: ReadonlySet<string> = new Set(['rites', 'rite', 'tradition', 'traditions', 'custom', 'customs', 'plan', 'plans', 'schedule', 'protocol', 'protocols', 'procedure', 'procedures', 'rules', 'law', 'laws', 'ritual', 'rituals', 'instructions', 'agreement', 'deal', 'script']);

/** Counts a relative clause may follow without "that" ("the toll the ministry gave"). */
const COUNT_HEADS: ReadonlySet<string> = new Set(['toll', 'figure', 'figures', 'count', 'tally', 'number', 'numbers', 'data', 'estimate']);
/** Words that open a noun phrase: the subject of such a clause. */
const DETERMINERS_OF_SUBJECT: ReadonlySet<string> = new Set(['our', 'the', 'its', 'their', 'his', 'her', 'a', 'an']);

/** Asides between a speaker and its verb: "Russia's defence ministry, for its part, said". */
const PARENTHETICAL = new Set(['for', 'however', 'meanwhile', 'too', 'though', 'in', 'also', 'separately', 'likewise', 'nonetheless', 'instead',
  // "The ministry's weekly figure, published on Monday, showed …": a participle set off after the speaker describes what it issued.
  'published', 'released', 'issued', 'updated', 'posted', 'compiled',
  // "Residents of the village, reached by telephone, said": how they were reached, not who they are.
  'reached', 'contacted']);
/** Quotes, semicolons and colons end a speaker chunk (tokens holding them are single characters). */
// A dash sets off what comes before it: "November 2024 — The monitor counts …" (a timeline's date).
const CHUNK_STOP_MARKS: ReadonlySet<string> = new Set(['"', '”', '“', ';', ':', '—', '–', '-']);
// "X, speaking on condition of anonymity, said", "X, who declined to be named, said" close an aside about the speaker.
const APPOSITIVE_STARTS: ReadonlySet<string> = new Set(['known', 'quoted', 'cited', 'speaking', 'who', 'whose', 'where', 'citing', 'writing', 'requesting', 'asking', 'declining', 'dated', ...PARENTHETICAL]);
const MONTH_ABBREV = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
/** "on 7 May", "on May 7", "on 7 May 2025" ending at token `k`: the index of its "on", else -1. */
/** Does token k open a figure of a speech verb's complement (a number, or a count word unless the verb is inverted)? */
function opensFigure(tokens: readonly Token[], k: number, adjunctsOnly: boolean, inverted: boolean): boolean {
  return (tokens[k]!.kind === 'num' && !(adjunctsOnly && isDayOfMonth(tokens, k))) || (!inverted && COUNT_WORDS.has(tokens[k]!.norm));
}
function isDayNumber(t: Token | undefined): boolean {
  return !!t && /^\d{1,2}$/.test(t.text);
}
function dateOpenedBefore(tokens: readonly Token[], k: number): number {
  let j = k;
  if (/^\d{4}$/.test(tokens[j]?.text ?? '')) j -= tokens[j - 1]?.text === ',' ? 2 : 1;
  if (MONTH.test(tokens[j]?.norm ?? '') && isDayNumber(tokens[j - 1])) j -= 2;
  else if (isDayNumber(tokens[j]) && MONTH.test(tokens[j - 1]?.norm ?? '')) j -= 2;
  else return -1;
  return tokens[j]?.norm === 'on' ? j : -1;
}
const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/** A day of the month written with its month ("on 13 March", "on March 13", "on Aug. 6"): a date, not a figure. */
/**
 * "reported the following figures on 12 March:", "released its latest data on Monday": the object
 * is the report itself, so a date after it is the report's day (a clause about events would start
 * with the people or the event, where the date is cut off).
 */
function namesFiguresGiven(tokens: readonly Token[], k: number): boolean {
  for (let q = k + 1; q <= k + 2 && q < tokens.length; q++) if (FIGURE_NOUNS.has(tokens[q]!.norm)) return true;
  return false;
}

function isDayOfMonth(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  // The year of a date: "on 12 March 2023", "in March 2023", "on March 12, 2023".
  if (/^(?:19|20)\d\d$/.test(t.text)) {
    const prev = tokens[k - 1]?.text === ',' ? tokens[k - 2] : tokens[k - 1];
    return MONTH.test(prev?.norm ?? '') || (!!prev && /^\d{1,2}$/.test(prev.text) && MONTH.test(tokens[k - (tokens[k - 1]?.text === ',' ? 3 : 2)]?.norm ?? ''));
  }
  if (!/^\d{1,2}$/.test(t.text) || Number(t.text) > 31) return false;
  const prev = tokens[k - 1]?.text === '.' ? tokens[k - 2] : tokens[k - 1];
  return MONTH.test(tokens[k + 1]?.norm ?? '') || MONTH.test(prev?.norm ?? '');
}
/** Verbs whose object is who was addressed ("told the council on Monday"): the object is part of the clause. */
const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'tell', 'informed', 'briefed']);
const PREPOSITIONS = new Set(['in', 'with', 'to', 'by', 'from', 'at', 'on', 'during', 'of', 'for']);
/** Does the statement's date clause end at token k? "said that …", "said at least …", but not "said at the weekend". */
function cutsDateClause(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.norm;
  // "said at least 40" cuts at "at"; "said at a press conference on Wednesday" and "at the weekend" do not.
  if (w === 'at') return tokens[k + 1]?.norm === 'least' || tokens[k + 1]?.norm === 'most' || tokens[k + 1]?.kind === 'num';
  return DATE_CUT.has(w);
}
const DATE_CUT = new Set(['that', 'they', 'he', 'she', 'it', 'its', 'their', 'the', 'a', 'an', 'his', 'her', 'there', 'some', 'most', 'more', 'about', 'around', 'nearly', 'at']);
// Place phrases too ("Off Sfax, the coastguard said"): a fronted place is not the speaker.
const ADVERBIAL_STARTS = new Set(['in', 'on', 'at', 'speaking', 'earlier', 'later', 'hours', 'days', 'overnight', 'after', 'before', 'during', 'since', 'last', 'this', 'meanwhile', 'off', 'near', 'outside', 'across', 'along', 'amid', 'following', 'throughout', 'despite']);
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Speech verbs that are also plural nouns of what sources publish. */
const REPORT_NOUNS: ReadonlySet<string> = new Set(['reports', 'estimates', 'claims', 'records', 'counts', 'figures', 'statements']);
/** Those, and the singulars a month or a frequency may describe ("an August report", "a 2023 estimate"). */
const PRODUCT_NOUN_FORMS: ReadonlySet<string> = new Set([...REPORT_NOUNS, 'report', 'estimate']);

/** Titles written short before a name: "Brig. Gen. Nabil Abdallah", "Dr. Lee". */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'hon', 'rev', 'engr', 'barr', 'alh', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'rep', 'sen', 'gov', 'prof', 'brig', 'adm', 'cmdr', 'cdr', 'pvt', 'cpl', 'amb', 'lieut', 'supt', 'insp', 'st']);

/** The dot of a short title ("Gen."), which ends neither a sentence nor a name. */
function isTitleDot(tokens: readonly Token[], q: number): boolean {
  const prev = tokens[q - 1];
  return tokens[q]?.text === '.' && !!prev && TITLE_ABBREVIATIONS.has(prev.norm) && prev.end === tokens[q]!.start;
}

/** ")" closing an abbreviation after a name: "Doctors Without Borders (MSF) said". */
function closesAbbreviation(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== ')') return false;
  for (let p = k - 1; p >= 0 && p >= k - 6; p--) if (tokens[p]!.text === '(') return p > 0 && tokens[p - 1]!.kind === 'word' && isUpper(tokens[p - 1]!.text);
  return false;
}

/** A chunk set off as an appositive: at the sentence's start or after a comma (not the tail of a clause after "since"). */
function setOff(tokens: readonly Token[], [s]: [number, number]): boolean {
  return s === 0 || tokens[s - 1]!.text === ',';
}

/** A proper name of two to four words from `at` to the end of the clause (a comma or the sentence's end). */
/**
 * "…, an Islamabad-based think tank," / "…, a rights group.": a description set off after a name, opened by an article
 * and closed by a comma or the sentence's end within ten words, with no figure in it. Its token span, or null.
 */
function setOffDescription(tokens: readonly Token[], at: number): [number, number] | null {
  if (!ARTICLES.has(tokens[at]?.norm ?? '')) return null;
  let e = at + 1;
  while (e < tokens.length && e < at + 10 && tokens[e]!.text !== ',' && tokens[e]!.text !== '.' && tokens[e]!.kind !== 'num' && !BOUNDARY.has(tokens[e]!.text) && !NP_STOP.has(tokens[e]!.norm)) e++;
  const end = tokens[e];
  // "…, a civil society group that monitors the unrest": the description ends where its relative clause starts.
  return e > at + 1 && (end === undefined || end.text === ',' || end.text === '.' || RELATIVE_STARTS.has(end.norm) || end.norm === 'that') ? [at, e] : null;
}

function appositiveName(tokens: readonly Token[], at: number): [number, number] | null {
  let e = at;
  while (e < tokens.length && e < at + 5 && tokens[e]!.kind === 'word' && (isUpper(tokens[e]!.text) || NAME_PARTICLES.has(tokens[e]!.norm))) e++;
  const end = tokens[e];
  if (e - at < 2 || e - at > 4 || !(end === undefined || end.text === ',' || end.text === '.')) return null;
  return [at, e];
}

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or']);


/** Where the proper name that ends the span starts ("held by Kafue Basin Copper Mines (KBCM)" → "Kafue"); the span's start if none. */
function trailingNameStart(tokens: readonly Token[], [s, e]: [number, number]): number {
  let k = e;
  if (tokens[k - 1]?.text === ')') {
    let o = k - 1;
    while (o > s && o > k - 6 && tokens[o]!.text !== '(') o--;
    if (tokens[o]!.text === '(') k = o;
  }
  let start = k;
  for (let q = k - 1; q >= s && q > k - 10; q--) {
    const w = tokens[q]!;
    if (w.kind === 'word' && isUpper(w.text)) start = q;
    else if (!(NAME_LINKS.has(w.norm) && q > s && isUpper(tokens[q - 1]!.text))) break;
  }
  if (start < k && start > s && tokens[start - 1]!.norm === 'the') start--;
  return start < k ? start : s;
}

/**
 * "…, said seven BIFF members, including a sub-leader known as Commander Kagi, were killed": a count after the verb, set off
 * by a clause of its own and then followed by its verb, is what was said, not who said it.
 */
function countBeforeSetOffPredicate(tokens: readonly Token[], s: number, e: number): boolean {
  if (!(tokens[s]?.kind === 'num' || COUNT_WORDS.has(tokens[s]?.norm ?? '')) || tokens[e]?.text !== ',') return false;
  let k = e + 1;
  while (k < tokens.length && k < e + 16 && tokens[k]!.text !== ',' && tokens[k]!.text !== '.') k++;
  const next = tokens[k + 1]?.norm ?? '';
  return tokens[k]?.text === ',' && (BE_FORMS.has(next) || HAVE_FORMS.has(next));
}

/** Do tokens [s, e) hold a finite verb with a figure or an auxiliary ("140 people had been", "the roads were gridlocked")? */
function holdsClause(tokens: readonly Token[], s: number, e: number): boolean {
  let figure = false;
  let auxiliary = false;
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (t.kind === 'num') figure = true;
    else if (BE_FORMS.has(t.norm) || HAVE_FORMS.has(t.norm)) auxiliary = true;
  }
  return auxiliary || (figure && e - s > 3);
}

/** Words before "reports", "estimates" that make them nouns ("credible reports", "received reports"). */
const NOUN_MARKERS_BEFORE: ReadonlySet<string> = new Set(['credible', 'unconfirmed', 'initial', 'early', 'preliminary', 'conflicting', 'several', 'multiple', 'numerous', 'many', 'received', 'receiving', 'local', 'news', 'press', 'official', 'independent', 'separate', 'other', '“', '"']);

/** Prepositions after which "reports", "estimates" are nouns ("reports on military blogs"). */
const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'from', 'of', 'in']);

/** Past verbs that show the word before them was a plural noun ("reports suggested", "estimates showed"). */
const NOUN_THEN_VERB: ReadonlySet<string> = new Set(['suggested', 'showed', 'indicated', 'said', 'put', 'claimed', 'gave', 'placed']);

/** "by X's (final) count", "by the two governments' tallies": a possessor and what it counts, within a few words. */
function byOwnCount(tokens: readonly Token[], i: number): boolean {
  // "By the count of Congo's government, …": the counter named after its count.
  if (tokens[i + 1]?.norm === 'the' && COUNT_OF_NOUNS.has(tokens[i + 2]?.norm ?? '') && tokens[i + 3]?.norm === 'of' && i === 0) return true;
  for (let k = i + 2; k < tokens.length && k < i + 9; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.text !== "'") return false;
    if (POSSESSED_PRODUCTS.has(t.norm)) return tokens.slice(i + 1, k).some((x) => x.norm === "'s" || x.text === "'");
  }
  return false;
}

/** A lower-case past-tense verb ("claimed", "issued", "denied"): where a subject noun phrase ends. */
function isPastVerb(t: Token): boolean {
  return t.kind === 'word' && !isUpper(t.text) && t.norm.length > 3 && t.norm.endsWith('ed') && !DETERMINERS.has(t.norm);
}

/** Does the comma at k close an appositive or relative clause ("X, a member of …, told")? */
function closesAppositive(tokens: readonly Token[], k0: number): boolean {
  // "…, Inter-Services Public Relations (ISPR), said": the name's bracketed acronym is no part of what the words are.
  const k = k0 > 3 && tokens[k0 - 1]!.text === ')' && tokens[k0 - 3]!.text === '(' && isAcronym(tokens[k0 - 2]!) ? k0 - 3 : k0;
  for (let q = k - 1; q >= 0 && q >= k - 32; q--) {
    // A clause with a figure or a verb ("a total of 3,145 people have been confirmed dead, said the ministry") is no appositive.
    if (tokens[q]!.text === ',') return (isDescriptive(tokens, [q + 1, k]) && (RELATIVE_STARTS.has(tokens[q + 1]!.norm) || isNounPhrase(tokens, [q + 1, k]) || nounThenRelative(tokens, q + 1, k))) || isPureName(tokens, [q + 1, k]) || APPOSITIVE_STARTS.has(tokens[q + 1]?.norm ?? '');
    if ((tokens[q]!.text === '.' && !isTitleDot(tokens, q)) || /["“”]/.test(tokens[q]!.text)) return false;
  }
  return false;
}

/**
 * The chunks of words before a speech verb, nearest first, up to three set off by commas ("X, a member of Y, said"):
 * `k` is the last token before the verb (past adverbs and dates). Pushed into `chunks`.
 */
function speakerChunks(tokens: readonly Token[], k: number, chunks: Array<[number, number]>): void {
  let e = k + 1;
  for (let q = k; q >= 0 && q > k - 40 && chunks.length < 3; q--) {
    const w = tokens[q]!;
    // "The Emergency Lawyers, a rights group that documents abuses, said": a relative clause inside an
    // appositive belongs to it, up to the comma that opens the appositive.
    // "the mayor of Saint-Marc, where many survivors took refuge, said": a clause about a place the speaker is
    // named by is set off like an appositive, up to its comma.
    const relative = ((w.norm === 'that' || w.norm === 'who') && (inAppositive(tokens, q) || (w.norm === 'that' && demonstrativeOfTime(tokens, q))))
      || (w.norm === 'where' && tokens[q - 1]?.text === ',' && q > 1 && e <= k)
      // "Relatives, some of whom had walked for hours, said": a clause about some of them, set off by its comma.
      || (w.norm === 'whom' && tokens[q - 1]?.norm === 'of' && tokens[q - 3]?.text === ',' && q > 3 && e <= k)
      // "X, who spoke on condition of anonymity because he was not authorized to …, said", "X, a monitor that has
      // documented abuses since the uprising began in 2011, says": a conjunction inside the set-off clause.
      || (NP_STOP.has(w.norm) && chunks.length === 0 && e <= k && insideSetOff(tokens, q));
    // "WHO has verified": an acronym is a name, not the function word it spells.
    const stop = !relative && (w.text === ',' || (NP_STOP.has(w.norm) && w.norm !== 'which' && !isAcronym(w)) || w.norm === 'whom' || CHUNK_STOP_MARKS.has(w.text) || SPEECH_ONLY_VERBS.has(w.norm));
    if (stop || q === 0) {
      const s0 = stop ? q + 1 : q;
      // "Ahmad Abu Daqqa, 38, said": an age set off after a name is no chunk of its own.
      const age = e === s0 + 1 && tokens[s0]!.kind === 'num' && stop && tokens[e]?.text === ',' && /^\d{1,2}$/.test(tokens[s0]!.text);
      // "A humanitarian worker in Kaya, about 150 km to the south, said": nor is a distance set off after a place.
      // "The Minister of Information, Culture and Tourism, X, told": the rest of a list of portfolios, set off by its
      // comma, is one chunk with the title it completes.
      const last = chunks[chunks.length - 1];
      if (last && last[0] === e + 1 && portfolioTail(tokens, last) && e - s0 >= 2 && tokens[e - 2]!.norm === 'of' && isUpper(tokens[e - 1]!.text)) chunks[chunks.length - 1] = [s0, last[1]];
      else if (e > s0 && !age && !(stop && tokens[e]?.text === ',' && isDistanceAside(tokens, s0, e))) chunks.push([s0, e]);
      if (w.text !== ',') break;
      e = q;
    }
  }
}

/** "Culture and Tourism": capitalised words ending a list with "and", the rest of a title's list of portfolios. */
function portfolioTail(tokens: readonly Token[], [s, e]: [number, number]): boolean {
  if (e - s < 3 || e - s > 6) return false;
  let and = false;
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (t.norm === 'and') and = k > s && k < e - 1;
    else if (!isUpper(t.text)) return false;
  }
  return and;
}

/** "about 150 km to the south", "some 40 miles north of the capital": a distance within the first words of a chunk. */
function isDistanceAside(tokens: readonly Token[], s: number, e: number): boolean {
  for (let k = s; k < e - 1 && k < s + 3; k++) if (tokens[k]!.kind === 'num' && DISTANCE_UNITS.has(tokens[k + 1]!.norm)) return true;
  return false;
}

/** "one of the volunteer networks that have kept food moving": a noun phrase, then a relative clause about it. */
function nounThenRelative(tokens: readonly Token[], s: number, e: number): boolean {
  for (let k = s + 1; k < e - 1; k++) {
    const w = tokens[k]!.norm;
    if (w === 'that' || w === 'who' || w === 'which') return isNounPhrase(tokens, [s, k]);
  }
  return false;
}

/** A chunk that describes rather than names: "a member of …", "the region's acting governor". */
function isDescriptive(tokens: readonly Token[], [s, e]: [number, number]): boolean {
  const first = tokens[s]!.norm;
  if (e > s && DESCRIPTION_STARTS.has(first)) return true;
  // "commander of the Army's 101st Infantry Brigade", "governor of the state": a role in lower case opens a description.
  if (e > s + 1 && ROLE_HEADS.has(first) && /^[a-z]/.test(tokens[s]!.text)) return true;
  // "media officer of the Bangladesh Coast Guard", "public relations officer of the army": a role after one or two
  // lower-case words that say what of.
  for (let k = s + 1; k < e - 1 && k <= s + 2; k++) {
    if (!/^[a-z]/.test(tokens[k - 1]!.text) || tokens[k - 1]!.kind !== 'word') break;
    if ((ROLE_HEADS.has(tokens[k]!.norm) || tokens[k]!.norm.startsWith('spokes')) && /^[a-z]/.test(tokens[k]!.text)) return true;
  }
  // "UNICEF's representative in Sudan", "the ministry's spokesman": a role held for someone.
  for (let k = s + 1; k < e - 1 && k < s + 5; k++) if (tokens[k]!.norm === "'s" && /^[a-z]/.test(tokens[k + 1]!.text) && tokens[k + 1]!.kind === 'word') return true;
  // "Ukraine's interior minister", "Nigerian police chief": a nation and a lower-case role.
  const c = e - s >= 2 ? countryAt(tokens, s) : null;
  return c !== null && /^[a-z]/.test(tokens[e - 1]!.text) && tokens[e - 1]!.kind === 'word';
}

/** Words that open a clause or description set off after a speaker's name. */
const SET_OFF_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'where', 'a', 'an', 'speaking', 'asking', 'requesting', 'declining', 'one', 'the']);
/** Words after "said" that open a time, not a speaker ("…, said last month that"). */
const TIME_AFTER_VERB: ReadonlySet<string> = new Set(['last', 'this', 'earlier', 'yesterday', 'today', 'tonight', 'late', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Is token q inside a clause set off by a comma after a name (", who …", ", a group that …") that opens within 30 words? */
function insideSetOff(tokens: readonly Token[], q: number): boolean {
  for (let k = q - 1; k > 0 && k >= q - 30; k--) {
    const w = tokens[k]!;
    if (w.text === ',') return SET_OFF_OPENERS.has(tokens[k + 1]?.norm ?? '');
    if (w.text === '.' || w.text === ';' || /["“”]/.test(w.text)) return false;
  }
  return false;
}

/**
 * The capitalised words a sentence opens with (after "the"), joined by name links ("Ministry of Defence"), at most
 * `max`: where they end and how many are capitalised.
 */
function leadingName(tokens: readonly Token[], max: number): { end: number; capitals: number } {
  const s = tokens[0]?.norm === 'the' ? 1 : 0;
  let e = s;
  let capitals = 0;
  while (e < tokens.length && e < s + max) {
    const t = tokens[e]!;
    if (t.kind === 'word' && isUpper(t.text)) capitals++;
    else if (!(capitals > 0 && NAME_LINKS.has(t.norm) && isUpper(tokens[e + 1]?.text ?? ''))) break;
    e++;
  }
  return { end: e, capitals };
}

/** The name a sentence opens with, up to a comma or a lower-case verb ("MONUSCO, the UN mission …", "The Arakan Army said"). */
function openingName(tokens: readonly Token[]): [number, number] | null {
  const { end: e, capitals } = leadingName(tokens, 8);
  return capitals > 0 && (tokens[e]?.text === ',' || (tokens[e]?.kind === 'word' && !isUpper(tokens[e]!.text))) ? [0, e] : null;
}

/** Roles that open a description set off after a name ("Col. X, commander of …, said"). */
const ROLE_HEADS: ReadonlySet<string> = new Set(['commander', 'governor', 'minister', 'secretary', 'president', 'chairman', 'chairwoman', 'chairperson', 'coordinator', 'representative', 'envoy', 'officer', 'leader', 'mayor', 'administrator', 'superintendent', 'inspector', 'adviser', 'advisor', 'professor', 'researcher', 'analyst', 'commissioner', 'ambassador', 'prosecutor', 'chief', 'director', 'head', 'founder', 'executive', 'manager', 'editor']);

/** Lower-case words inside names: "Ministry of Defence", "Ursula von der Leyen", "Abu Mohammed al-Jolani". */
const NAME_LINKS: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'of', 'for', 'and', 'the', 'la', 'le', 'du', 'da', 'el', 'bint', 'ibn', 'ben']);

/** A short phrase with no figure and no finite verb: a noun phrase, not a clause. */
/** Is token q ("that", "who") inside ", a rights group that …,": a comma opens it within six words, after an article. */
function inAppositive(tokens: readonly Token[], q: number): boolean {
  // "X, one of the neighbourhood aid groups that have sprung up, said": an appositive opened by "one of" runs longer.
  for (let k = q - 1; k >= 0 && k >= q - 9; k--) {
    if (tokens[k]!.text === ',') {
      const opener = tokens[k + 1]?.norm ?? '';
      return k > 0 && ((k >= q - 6 && ARTICLES.has(opener)) || (opener === 'one' && tokens[k + 2]?.norm === 'of'));
    }
    if (tokens[k]!.kind !== 'word') return false;
  }
  return false;
}

/** Is the speaker's phrase a comparison ("far more than the government has acknowledged")? */
function comparesWith(tokens: readonly Token[], [s, e]: [number, number]): boolean {
  for (let k = s; k < e; k++) if (comparingThan(tokens, k)) return true;
  return comparingThan(tokens, s - 1);
}

/** A "than" that compares, not one that bounds a figure ("More than 20 officials said"). */
function comparingThan(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.norm === 'than' && tokens[k + 1]?.kind !== 'num' && !/^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)$/.test(tokens[k + 1]?.norm ?? '');
}

const CONFIRMED_STATES: ReadonlySet<string> = new Set(['dead', 'killed', 'injured', 'wounded', 'missing', 'deaths', 'cases']);
const RELATIVE_STARTS: ReadonlySet<string> = new Set(['which', 'who', 'whose']);

function isNounPhrase(tokens: readonly Token[], [s, e]: [number, number]): boolean {
  // An appositive may carry a relative clause ("an independent outlet that counts obituaries with …").
  let relative = false;
  for (let k = s; k < e; k++) if (tokens[k]!.norm === 'that' || tokens[k]!.norm === 'who' || tokens[k]!.norm === 'which') relative = true;
  if (phraseLength(tokens, s, e) > (relative ? 16 : 8)) return false;
  for (let k = s; k < e; k++) if (tokens[k]!.kind === 'num' || BE_FORMS.has(tokens[k]!.norm) || HAVE_FORMS.has(tokens[k]!.norm)) return false;
  return true;
}
const HAVE_FORMS: ReadonlySet<string> = new Set(['have', 'has', 'had']);

/**
 * Words in a phrase, a name counting as one: "president of the Rameswaram Mechanised Boat Fishermen's Association"
 * is as long as "president of the association" (a body's long name makes no clause of its appositive).
 */
function phraseLength(tokens: readonly Token[], s: number, e: number): number {
  let n = 0;
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    const inName = k > s && prev !== undefined && isUpper(t.text) && t.kind === 'word' && (isUpper(prev.text) || (prev.norm === "'s" && isUpper(tokens[k - 2]?.text ?? '')));
    if (!inName && !(t.norm === "'s" && prev !== undefined && isUpper(prev.text) && isUpper(tokens[k + 1]?.text ?? ''))) n++;
  }
  return n;
}

const MONTH_NAME = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** Months as a news agency abbreviates them, before their dot ("Dec. 2"). */
const MONTH_ABBREVIATION = /^(?:jan|feb|aug|sept?|oct|nov|dec)$/;

/** Words that open a spoken answer or turn ("Yeah, …", "Well, …"), capitalised only as its first word. */
const DISCOURSE_MARKERS: ReadonlySet<string> = new Set(['yeah', 'yes', 'no', 'well', 'oh', 'okay', 'ok', 'so', 'now', 'look', 'right', 'sure', 'indeed']);

function isNameLike(tokens: readonly Token[], [s, e0]: [number, number]): boolean {
  const first = tokens[s]!;
  // "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": a bracketed acronym after a name is part of it.
  const e = e0 - s > 4 && tokens[e0 - 1]?.text === ')' && tokens[e0 - 3]?.text === '(' && isAcronym(tokens[e0 - 2]!) ? e0 - 3 : e0;
  // "… detained since January, the union said": the object of a preposition, not a name in apposition.
  if (s > 0 && (NP_STOP.has(tokens[s - 1]!.norm) || PREPOSITIONS.has(tokens[s - 1]!.norm))) return false;
  if (MONTH_NAME.test(first.norm)) return false;
  // "Yeah, the International Organization for Migration says": a word of spoken answer is no name.
  if (e - s === 1 && DISCOURSE_MARKERS.has(first.norm)) return false;
  // "Asked about losses, the general replied": a participle clause opening the sentence, not a name.
  if (s === 0 && e - s >= 2 && /(?:ed|ing)$/.test(first.norm) && /^[a-z]/.test(tokens[s + 1]!.text)) return false;
  // "An armed group" is capitalised only as the sentence's first words: a description, not a name;
  // "The National Unity Government", every word capitalised, is a name.
  // "the Centre for Frontier Studies", "the Township People's Administration": the links of a name ("for", "of", "'s")
  // between its capitalised words.
  const titledName = ARTICLES.has(first.norm) && e - s >= 3 && /^[A-Z]/.test(tokens[e - 1]!.text)
    && tokens.slice(s + 1, e).every((t) => t.kind === 'word' && (/^[A-Z]/.test(t.text) || NAME_LINKS.has(t.norm) || t.norm === "'s"));
  // "More than a dozen migrants drowned, the coastguard said": a clause of lower-case words is not a name.
  const clause = tokens.slice(s + 1, e).some((t) => t.kind === 'word' && /^[a-z]/.test(t.text) && !NAME_LINKS.has(t.norm) && !t.norm.startsWith('al-') && !t.norm.startsWith('wal-'));
  // "…, the El Fasher Resistance Committee, a network of volunteers, said": "the" in lower case before a titled name too.
  return e - s <= 6 && !clause && (/^[A-Z]/.test(first.text) || (first.norm === 'the' && titledName)) && (!ARTICLES.has(first.norm) || titledName) && !ADVERBIAL_STARTS.has(first.norm) && (!WEEKDAY.test(first.norm) || weekdayName(tokens, s, e)) && !tokens.slice(s, e).some((t) => t.kind === 'num');
}

/** "the Joint Command of the Armed Forces (CCFFAA)": "the" and a name's capitalised words and links, no description. */
function isTitledName(tokens: readonly Token[], [s, e]: [number, number]): boolean {
  return tokens[s]!.norm === 'the' && e - s >= 2 && tokens.slice(s + 1, e).every((t) => t.kind !== 'word' || isUpper(t.text) || NAME_LINKS.has(t.norm));
}

function isPureName(tokens: readonly Token[], [s, e]: [number, number]): boolean {
  return e - s >= 1 && e - s <= 7 && tokens.slice(s, e).every((t, k) => isUpper(t.text) || NAME_PARTICLES.has(t.norm) || t.norm.startsWith('al-') || isTitleDot(tokens, s + k));
}

const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(['earlier', 'later', 'elsewhere', 'overall', 'however', 'still', 'yet', 'now', 'today', 'yesterday', 'previously', 'initially', 'additionally', 'moreover', 'furthermore', 'nevertheless', 'meanwhile', 'separately']);

/** One word set off by a comma that speaks of the sentence, not a speaker: "Separately,", "Meanwhile,", "Additionally,". */
function isSentenceAdverb(tokens: readonly Token[], [s, e]: [number, number]): boolean {
  if (e - s !== 1) return false;
  const w = tokens[s]!.norm;
  return SENTENCE_ADVERBS.has(w) || PARENTHETICAL.has(w) || CONNECTIVES.has(w) || (w.length > 4 && w.endsWith('ly') && tokens[s]!.kind === 'word');
}

function isAdverbial(tokens: readonly Token[], [s, e]: [number, number]): boolean {
  const first = tokens[s]!.norm;
  return ADVERBIAL_STARTS.has(first) && !tokens.slice(s, e).some((t, k) => k > 1 && /^[A-Z]/.test(t.text) && !WEEKDAY.test(t.norm)) || (WEEKDAY.test(first) && !weekdayName(tokens, s, e));
}

/** ", Monday Kassah, said": a weekday before a surname, set off as an appositive, is a given name (common in Nigeria). */
function weekdayName(tokens: readonly Token[], s: number, e: number): boolean {
  const next = tokens[s + 1];
  return e - s === 2 && tokens[s - 1]?.text === ',' && tokens[e]?.text === ',' && !!next && next.kind === 'word' && isUpper(next.text) && !MONTH_NAME.test(next.norm) && !WEEKDAY.test(next.norm);
}

/**
 * Where a chunk's words after a fronted time phrase start ("Earlier this year", "Later in the morning", "The next day",
 * "On Tuesday", "That same night", "Meanwhile"), or `s` when it opens with none.
 */
/** Words of a span of time before "later": "just over an hour later", "two days later", "minutes later". */
const SPAN_BOUNDS: ReadonlySet<string> = new Set(['over', 'about', 'some', 'nearly', 'almost', 'around', 'barely']);
const SPAN_COUNTS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'few', 'twenty', 'thirty', 'forty']);
const SPAN_UNITS: ReadonlySet<string> = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);

// No closures here or in other functions run per chunk: tsx compiles with keepNames, which makes each a defineProperty call.
function normBefore(tokens: readonly Token[], i: number, e: number): string {
  return i < e ? tokens[i]!.norm : '';
}
function timeNounAt(tokens: readonly Token[], i: number, e: number): boolean {
  const w = normBefore(tokens, i, e);
  return TIME_NOUNS.has(w) || WEEKDAY.test(w) || MONTH_NAME.test(w);
}

function afterLeadingTime(tokens: readonly Token[], s: number, e: number): number {
  let k = s;
  if (LONE_TIME_ADVERBS.has(normBefore(tokens, k, e))) return k + 1;
  // "Just over an hour later", "Two days later", "Minutes later": a span, then "later" or "after".
  {
    let j = k;
    if (normBefore(tokens, j, e) === 'just' || normBefore(tokens, j, e) === 'only') j++;
    if (SPAN_BOUNDS.has(normBefore(tokens, j, e))) j++;
    if (normBefore(tokens, j, e) === 'less' || normBefore(tokens, j, e) === 'more') j += normBefore(tokens, j + 1, e) === 'than' ? 2 : 0;
    if (normBefore(tokens, j, e) === 'an' || normBefore(tokens, j, e) === 'a' || tokens[j]?.kind === 'num' || SPAN_COUNTS.has(normBefore(tokens, j, e))) j++;
    if (SPAN_UNITS.has(normBefore(tokens, j, e)) && (normBefore(tokens, j + 1, e) === 'later' || normBefore(tokens, j + 1, e) === 'after' || normBefore(tokens, j + 1, e) === 'afterwards') && j + 2 < e) return j + 2;
  }
  // "Earlier this year", "Later that day", "Later in the morning", "Earlier on Monday"
  if (normBefore(tokens, k, e) === 'earlier' || normBefore(tokens, k, e) === 'later') {
    k++;
    if (TIME_DETERMINERS.has(normBefore(tokens, k, e))) k++;
    if (normBefore(tokens, k, e) === 'the') k++;
    return timeNounAt(tokens, k, e) ? k + 1 : s;
  }
  // "The next day", "The following morning", "That same night", "This week", "Last month"
  if (normBefore(tokens, k, e) === 'the' || TIME_DETERMINERS.has(normBefore(tokens, k, e))) {
    k++;
    // "In 2025 the register …": a year is no part of a speaker.
    if (normBefore(tokens, s, e) === 'in' && YEAR.test(normBefore(tokens, k, e)) && k + 1 < e) return k + 1;
    // "On the second day I counted …", "In the following weeks the agency …".
    if ((normBefore(tokens, s, e) === 'on' || normBefore(tokens, s, e) === 'in') && normBefore(tokens, k, e) === 'the') {
      let j = k + 1;
      if (ORDINAL_TIMES.has(normBefore(tokens, j, e))) j++;
      if (j > k + 1 && (TIME_NOUNS.has(normBefore(tokens, j, e)) || TIME_NOUNS.has(normBefore(tokens, j, e).replace(/s$/, ''))) && j + 1 < e) return j + 1;
    }
    if (normBefore(tokens, k, e) === 'same' || normBefore(tokens, k, e) === 'next' || normBefore(tokens, k, e) === 'following' || normBefore(tokens, k, e) === 'previous') k++;
    // "In October 2025": the year after the month too.
    return k > s + 1 || TIME_DETERMINERS.has(normBefore(tokens, s, e)) ? (timeNounAt(tokens, k, e) ? (YEAR.test(normBefore(tokens, k + 1, e)) ? k + 2 : k + 1) : s) : s;
  }
  // "On Tuesday", "In March"
  if ((normBefore(tokens, k, e) === 'on' || normBefore(tokens, k, e) === 'in') && (WEEKDAY.test(normBefore(tokens, k + 1, e)) || MONTH_NAME.test(normBefore(tokens, k + 1, e)))) return k + 2;
  return s;
}
const YEAR = /^(?:1[89]|20)\d\d$/;
const ORDINAL_TIMES: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'next', 'following', 'last', 'previous', 'same', 'final']);
const TIME_NOUNS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'hour']);
/** "in its press release that same night": a "that" before a time noun points to a time; it opens no clause. */
function demonstrativeOfTime(tokens: readonly Token[], at: number): boolean {
  let k = at + 1;
  if (tokens[k]?.norm === 'same') k++;
  return TIME_NOUNS.has(tokens[k]?.norm ?? '');
}
const TIME_DETERMINERS: ReadonlySet<string> = new Set(['this', 'that', 'last', 'in', 'on']);
const LONE_TIME_ADVERBS: ReadonlySet<string> = new Set(['meanwhile', 'separately', 'elsewhere', 'yesterday', 'today', 'overnight']);

/** "Assessments by military experts consulted by the journalists" → "military experts". */
function trimSpeaker(tokens: readonly Token[], [s, e]: [number, number]): [number, number] {
  let a = s;
  let b = e;
  // A leading place or time phrase: "In Kyiv, Andriy Kovalenko" arrives as its own chunk; inside one chunk, "On Tuesday the agency".
  if ((ADVERBIAL_STARTS.has(tokens[a]!.norm) || tokens[a]!.norm === 'by') && b - a > 2 && WEEKDAY.test(tokens[a + 1]?.norm ?? '')) a += 2;
  // "A resident of Djibo reached by telephone said": how the speaker was reached is no part of who it is.
  for (let k = a + 1; k < b; k++) if ((tokens[k]!.norm === 'reached' || tokens[k]!.norm === 'contacted') && tokens[k + 1]?.norm === 'by') { b = k; break; }
  // "figures from the ministry", "The figure was given by the agency": the one who gave it speaks.
  const product = tokens[a]!.norm === 'the' ? a + 1 : a;
  if (PRODUCT_NOUNS.has(tokens[product]?.norm ?? '')) {
    for (let k = a; k < Math.min(b, a + 6); k++) if (tokens[k]!.norm === 'by' || tokens[k]!.norm === 'from') { a = k + 1; break; }
  }
  for (let k = a + 1; k < b; k++) if (CITED_BY_VERBS.has(tokens[k]!.norm) && tokens[k + 1]?.norm === 'by') { b = k; break; }
  // "The government on Monday evening put the toll at 33": the day it spoke closes the phrase, it names no one.
  if (b - a > 3 && TIMES_OF_DAY.has(tokens[b - 1]!.norm) && WEEKDAY.test(tokens[b - 2]!.norm) && tokens[b - 3]!.norm === 'on') b -= 3;
  return [a, b];
}

/**
 * A newly named person who is an earlier unnamed source: "Lee Seong-kweun" after "a South Korean
 * lawmaker", "Zabihullah Mujahid" after "a Taliban government spokesman".
 */
function adopt(register: SourceRegister, typed: TypedSource): RegisteredSource | null {
  if (typed.link.id || typed.nameWords.length === 0 || typed.plural || !(typed.person || typed.nameWords.length >= 2)) return null;
  // A name with a role of its own ("Maria O., a resident of the town") is that role's, not the unnamed person's before it.
  const bare = typed.link.kind === 'other';
  // An unnamed person ("a senior official"), not an institution ("the health ministry") whose spokesman this may be.
  // Not one of another country: "Lithuanian President Gitanas Nauseda" is not "Berlin" named before.
  // A country or capital standing for its government ("Russia claimed") names a state, not a person to be named later.
  const unnamed = latest(register.entries, (x) => !x.plural && x.nameWords.length === 0 && (x.person || UNNAMED_SOURCE_KINDS.has(x.link.kind)) && !namesOnlyStates(x.link.name) && (bare || x.link.kind === typed.link.kind) && !(INSTITUTION_HEADS.has(x.words[x.words.length - 1] ?? '') || BODY_HEADS.has(x.words[x.words.length - 1] ?? ''))
    && !(typed.link.country && x.link.country && typed.link.country !== x.link.country && !countryGuessed(typed.link)));
  if (!unnamed) return null;
  unnamed.nameWords = typed.nameWords;
  // Named, it is also referred to by the new mention's words: "The Superintendent said" after "Superintendent X".
  unnamed.words = [...unnamed.words, ...typed.words.filter((w) => !unnamed.words.includes(w))];
  unnamed.person = true;
  unnamed.link = { ...unnamed.link, name: typed.link.name };
  return unnamed;
}

/** Is `name` only countries' or capitals' names ("Russia", "Kyiv and Washington")? */
function namesOnlyStates(name: string): boolean {
  const tokens = tokenizeDescription(name);
  for (let i = 0; i < tokens.length; i++) {
    const hit = countryAt(tokens, i);
    if (hit) i += hit.length - 1;
    else if (tokens[i]!.norm !== 'and') return false;
  }
  return tokens.length > 0;
}

/** Words and web domains in outlets' names. Bounded alternatives: linear. */
const OUTLET_NAME = /\b(?:Online|News|Radio|TV|Television|Times|Post|Daily|Tribune|Herald|Gazette|Journal|Telegraph|Express|Observer|Standard|Monitor|Chronicle|Dispatch|Mirror|Sun|Voice|Press|Media)\b|\.[A-Za-z]{2,4}$/;
const WEB_DOMAINS: ReadonlySet<string> = new Set(['com', 'net', 'org', 'info', 'cd', 'ua', 'ru', 'ng', 'ke', 'so', 'az', 'am', 'ge', 'kz', 'kg', 'uz', 'by', 'md', 'co', 'tv', 'fm']);

/** Do the words [s, e) name the publisher: its name, or "the" and the last word of its name ("the Post" for the Indus Evening Post)? */
function namesPublisher(tokens: readonly Token[], s: number, e: number, publisher: string | null | undefined): boolean {
  if (!publisher || e - s > 8) return false;
  const words = publisher.replace(/\s*\([^()]*\)/g, '').trim().toLowerCase().split(/\s+/);
  const said = tokens.slice(s, e).map((t) => t.norm);
  if (said[0] === 'the' || said[0] === 'a' || said[0] === 'an') said.shift();
  if (words[0] === 'the') words.shift();
  // "according to a Bengal Wire tally", "an AFP count", "the Herald's analysis": the publisher's own count.
  if (said.length > 1 && OWN_COUNT_NOUNS.has(said[said.length - 1]!)) {
    said.pop();
    if (said[said.length - 1] === "'s") said.pop();
  }
  if (said.length === 0) return false;
  if (said.join(' ') === words.join(' ')) return true;
  return said.length === 1 && words.length > 1 && said[0] === words[words.length - 1] && isUpper(tokens[e - 1]!.text);
}

/**
 * Where the count a possessive pronoun owns ends: "toll", "latest tally", "running total since …" (a total only as
 * the head of its phrase: "its total losses" counts losses, not a source's total). -1 when none.
 */
function possessedCountAt(tokens: readonly Token[], k: number): number {
  let h = k;
  while (h < k + 2 && COUNT_MODIFIERS.has(tokens[h]?.norm ?? '')) h++;
  const w = tokens[h]?.norm ?? '';
  if (SOURCE_POSSESSIONS.has(w)) return h;
  return w === 'total' && AFTER_TOTAL.has(tokens[h + 1]?.norm ?? '') ? h : -1;
}
const COUNT_OF_NOUNS: ReadonlySet<string> = new Set(['count', 'tally', 'reckoning', 'estimate', 'figures']);
const COUNT_MODIFIERS: ReadonlySet<string> = new Set(['running', 'latest', 'own', 'updated', 'new', 'official', 'cumulative', 'overall', 'revised', 'provisional', 'preliminary', 'last']);
const AFTER_TOTAL: ReadonlySet<string> = new Set(['since', 'now', 'stands', 'stood', 'is', 'was', 'has', 'had', 'rose', 'rises', 'reached', 'of', 'at', 'to', 'for', 'in', 'includes', 'included', ',']);

const OWN_COUNT_NOUNS: ReadonlySet<string> = new Set(['tally', 'tallies', 'count', 'counts', 'calculation', 'calculations', 'analysis', 'review', 'data', 'figures', 'estimate', 'estimates', 'database', 'report', 'reports', 'investigation', 'survey']);

/** Does an outlet told name the publisher of the text ("Great Lakes Radio" for "Great Lakes Radio Online")? */
function namesPublisherItself(named: string, publisher: string | null | undefined): boolean {
  if (!publisher) return false;
  const a = withoutThe(named);
  const b = withoutThe(publisher.replace(/\s*\([^()]*\)/g, ''));
  return a.length > 2 && (a === b || b.startsWith(`${a} `));
}

function withoutThe(x: string): string {
  return x.toLowerCase().replace(/^the\s+/, '').trim();
}

/**
 * Where "Sudan's foreign ministry", "Britain's Defence Intelligence", "Ukraine's military intelligence directorate" ends
 * when a sentence opens with it (a capitalised owner, "'s", up to four words ending in a body's head, then a comma
 * or a lower-case word), or -1.
 */
function possessiveBodyEnd(tokens: readonly Token[]): number {
  if (!isUpper(tokens[0]?.text ?? '') || tokens[0]!.kind !== 'word' || tokens[1]?.norm !== "'s") return -1;
  for (let k = 2; k < 6 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return -1;
    if (BODY_HEADS.has(t.norm) || INSTITUTION_HEADS.has(t.norm) || t.norm === 'intelligence') {
      const next = tokens[k + 1];
      return next && (next.text === ',' || (next.kind === 'word' && /^[a-z]/.test(next.text))) ? k + 1 : -1;
    }
  }
  return -1;
}

/** Kinds of bodies whose spokespeople and back-references later sentences name ("Spokesperson X said", "the service said"). */
const SPEAKING_BODY_KINDS: ReadonlySet<string> = new Set(['government', 'military', 'intelligence', 'legislator', 'ngo', 'international']);

/**
 * "The National Police Service painted a different picture. Spokesperson Muchiri Nyaga said …": a body
 * named as the subject of a sentence with no figure and no attribution is registered, so that the
 * spokesperson and the back-references after it find it. Only a proper name (two capitalised words or
 * more at the sentence's start) that its words type as a body.
 */
export function registerNamedSubject(tokens: readonly Token[], sentence: string, base: number, ctx: AttributionContext, subjectOnly = false): void {
  const { end: e, capitals } = leadingName(tokens, 10);
  // "The Arakan Army, which now controls …," / "The Arakan Army, an ethnic armed group, …": a subject set off.
  const setOff = tokens[e]?.text === ',' && (RELATIVE_STARTS.has(tokens[e + 1]?.norm ?? '') || ARTICLES.has(tokens[e + 1]?.norm ?? ''));
  const subjectNamed = capitals >= 2 && ((tokens[e]?.kind === 'word' && !isUpper(tokens[e]!.text)) || setOff);
  // "Sudan's foreign ministry called the killings a massacre.", "Britain's Defence Intelligence offers …": a nation's body.
  const possessive = subjectNamed ? -1 : possessiveBodyEnd(tokens);
  if (possessive > 0) {
    const typed = typeSource(text(tokens, 0, possessive, sentence, base), sourceContextAt(ctx, 0));
    if (!typed.person && !typed.plural && SPEAKING_BODY_KINDS.has(typed.link.kind) && !ctx.register.resolve(tokens.slice(0, possessive))) ctx.register.add(typed, [], null);
  }
  if (subjectNamed) {
    const typed = typeSource(text(tokens, 0, e, sentence, base), sourceContextAt(ctx, 0));
    if (!typed.person && !typed.plural && SPEAKING_BODY_KINDS.has(typed.link.kind) && !ctx.register.resolve(tokens.slice(0, e))) ctx.register.add(typed, [], null);
    // "President Ferdinand Marcos Jr has declared a state of calamity. He said …": a person named as the subject is
    // who a "he" or "she" after it refers to.
    else if (typed.person && typed.link.kind !== 'other' && !ctx.register.resolve(tokens.slice(0, e))) ctx.register.add(typed, [], null);
  }
  // "The Taliban government's chief spokesman, Zabihullah Mujahid, rejected those figures. He told …": a person named in
  // apposition to the description the sentence opens with is who a "he" or "she" after it refers to.
  if (!subjectNamed) registerAppositiveSubject(tokens, sentence, base, ctx);
  if (subjectOnly) return;
  // "…days after Human Rights Watch published a report. The New York-based group said …": a known monitor or
  // international body named anywhere is what a later "the group", "the agency" may stand for.
  for (const hit of ctx.gazetteer.allIn(tokens)) {
    // Armed groups too ("JNIM fighters attacked …. The group said …"); a state's forces are "the army".
    if ((subjectNamed && hit.start < e) || hit.inst.person || !(MENTIONED_BODY_KINDS.has(hit.inst.kind) || (hit.inst.kind === 'military' && hit.inst.country === null))) continue;
    const mention = tokens.slice(hit.start, hit.end);
    if (ctx.register.resolve(mention)) continue;
    ctx.register.add(typeSource(text(tokens, hit.start, hit.end, sentence, base), sourceContextAt(ctx, hit.start)), [], null);
  }
}
/** "<a description>, <a person's name>, <verb> …" opening a sentence: the person is registered, described. */
function registerAppositiveSubject(tokens: readonly Token[], sentence: string, base: number, ctx: AttributionContext): void {
  let comma = 1;
  while (comma < 12 && comma < tokens.length && tokens[comma]!.text !== ',') comma++;
  if (tokens[comma]?.text !== ',' || !isDescriptive(tokens, [0, comma])) return;
  let close = comma + 2;
  while (close < comma + 6 && close < tokens.length && tokens[close]!.text !== ',') close++;
  if (tokens[close]?.text !== ',' || !isPureName(tokens, [comma + 1, close]) || close - comma < 3) return;
  if (tokens[close + 1]?.kind !== 'word' || !/^[a-z]/.test(tokens[close + 1]!.text)) return;
  const typed = typeSource(text(tokens, comma + 1, close, sentence, base), sourceContextAt(ctx, comma + 1), text(tokens, 0, comma, sentence, base));
  if (typed.person && !ctx.register.resolve(tokens.slice(comma + 1, close))) ctx.register.add(typed, [], null);
}

/** Bodies a later description may refer back to after a mention in passing (not state bodies: "the ministry" names its own). */
const MENTIONED_BODY_KINDS: ReadonlySet<string> = new Set(['ngo', 'international', 'expert']);

/** Where a name ending at `end` ends with its bracketed acronym ("… (BINUH)"), or `end` when none follows. */
function acronymEnd(tokens: readonly Token[], end: number): number {
  const acronym = tokens[end + 1];
  return tokens[end]?.text === '(' && acronym && isAcronym(acronym) && tokens[end + 2]?.text === ')' ? end + 3 : end;
}

/** "the National Disaster Council (NDC) said": the bracketed acronym after a speaker is a name later sentences use ("the NDC"). */
function noteAcronym(tokens: readonly Token[], end: number, entry: RegisteredSource): void {
  if (acronymEnd(tokens, end) === end) return;
  const acronym = tokens[end + 1]!.norm;
  if (!entry.nameWords.includes(acronym)) entry.nameWords = [...entry.nameWords, acronym];
}

/** An institution named in a person's description ("the head of the WHO") is a source too. */
function registerDescription(ctx: AttributionContext, typed: TypedSource, description: string, sc: SourceContext): void {
  if (!description) return;
  const inst = ctx.gazetteer.findIn(tokenizeDescription(description));
  if (inst && inst.inst.id !== typed.link.id) {
    const institution = typeSource(inst.inst.name, sc);
    const entry = ctx.register.add(institution, [], null);
    // The person is the more recent mention.
    ctx.register.entries.splice(ctx.register.entries.indexOf(entry), 1);
    ctx.register.entries.splice(ctx.register.entries.length - 1, 0, entry);
  }
}
