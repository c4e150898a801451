/**
 * Stage 3, frame: for each figure, the metric cue that governs it and the counted noun phrase
 * (subject text, group, and the country stated for the people counted). Figures that count no
 * people, or count them in no metric (equipment, rates, forecasts, update baselines), are
 * rejected here with the reason kept for debugging.
 *
 * The constructions, tried in this order (each is a rule id on the claim):
 *   partitive-noun   "683 of the civilian dead"
 *   verb-before      "killing at least 12", "a total deployment of 15,000", "put the toll at 50,021"
 *   verb-after       "600 troops have been killed", "nearly 1,000 wounded"
 *   noun             "4,700 casualties", "251 hostages"
 *   linking          "the number of people killed has risen to 3,145", "the dead numbered 85"
 *   coordination     "2,000 bodies ... and another 900 were lying in morgues"
 *   presence         "1,000 combat engineers were already in Russia"
 *   wound-phrase     "treated 37 people for gunshot wounds", "63 patients with blast injuries"
 */
import type { Group, Metric } from '../core/claim.ts';
import { countryAt } from './countries.ts';
import { CUE_NOUNS, CUES_AFTER, CUES_BEFORE, DETAINING_WORDS, FORECAST_AFTER, FORECAST_BEFORE, PRESENCE_CUE_PHRASES, RATE_AFTER } from './data/metrics.ts';
import { AID_BODY_WORDS, ARMED_COLLECTIVES, ARMED_MEMBER_MODIFIERS, ASSAILANT_NOUNS, DIRECTION_WORDS, DISTANCE_UNITS, FOUND_LIVING, HOSTILE_MODIFIERS, MODIFIED_COLLECTIVES, MULTINATIONAL_HEADS, NON_METRIC_STATES, NON_PERSON_NOUNS, PERSON_NOUNS, POPULATION_HEADS, POPULATION_OWNERS, SINGULAR_PERSON_NOUNS, STATE_BODY_HEADS } from './data/nouns.ts';
import { BASELINE_BEFORE, NOT_A_COUNT_BEFORE } from './data/numbers.ts';
import { SPEECH_VERBS } from './data/attribution.ts';
import type { Figure } from './figures.ts';
import { defaultGazetteer } from './gazetteer.ts';
import { isAcronym, PhraseTable, type Token } from './tokens.ts';
import { CALENDAR_NAMES } from './qualify.ts';

// Word lists the rules below test membership in, named and kept apart from the logic.
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['whom', 'which', 'who']);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they']);
const SAID: ReadonlySet<string> = new Set(['said', 'says']);
const ADJECTIVAL_CUES: ReadonlySet<string> = new Set(['wounded', 'injured', 'dead', 'missing', 'displaced', 'killed']);
const ELIDED_HEAD_CUES: ReadonlySet<string> = new Set(['injured', 'wounded', 'dead', 'missing', 'killed']);
const AMONG_HEADS: ReadonlySet<string> = new Set(['those', 'them', 'the']);
const CONJUNCT_DETERMINERS: ReadonlySet<string> = new Set(['their', 'other']);
const NP_LEFT_STOPS: ReadonlySet<string> = new Set(['the', 'of', 'that', 'and']);
const OF_PEOPLE_NOUNS: ReadonlySet<string> = new Set(['people', 'civilians', 'troops', 'soldiers', 'residents', 'refugees', 'children', 'migrants', 'fighters', 'displaced', 'ukrainians', 'palestinians']);
const THRESHOLD_VERBS: ReadonlySet<string> = new Set(['passed', 'passes', 'exceeds', 'exceeded', 'approaching', 'nears', 'topped', 'tops', 'surpasses', 'surpassed', 'climbs', 'climbed', 'rises', 'rose']);
const NOT_NOUN_STARTS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'from', 'by', 'alone', 'since', 'during', 'over', 'rather', 'and', 'or', 'while', 'respectively']);
const MEMBERSHIP_NOUNS: ReadonlySet<string> = new Set(['members', 'residents', 'families', 'relatives', 'citizens', 'nationals', 'staff', 'inhabitants', 'personnel']);
const LOSS_NOUNS: ReadonlySet<string> = new Set(['losses', 'casualties', 'dead', 'deaths', 'toll']);
/** Words before the figure of a linking verb or a coordination that make it an age ("the oldest 61"). */
const AGE_WORDS: ReadonlySet<string> = new Set(['age', 'ages', 'youngest', 'oldest', 'eldest']);

/** Is the cue at `cue` the verb of a relative clause opened after another noun than the head ending at `headEnd`? */
function relativeVerbOfOther(tokens: readonly Token[], headEnd: number, cue: number): boolean {
  for (let r = cue - 1; r > headEnd && r >= cue - 3; r--) {
    const w = tokens[r]!.norm;
    if (RELATIVE_PRONOUNS.has(w) || w === 'that') return tokens[r - 1]!.kind === 'word' && r - 1 >= headEnd;
  }
  return false;
}

/**
 * Is the cue people coming back of their own ("returned home", "came home"), not from captivity? (Being returned,
 * "were returned home", is what captors and exchanges do, wherever it is told.)
 */
function isReturnCue(tokens: readonly Token[], start: number, end: number): boolean {
  if (PASSIVE_AUX.has(tokens[start]!.norm) || PASSIVE_AUX.has(tokens[start - 1]?.norm ?? '')) return false;
  let back = false;
  for (let k = start; k < end; k++) {
    const w = tokens[k]!.norm;
    if (w === 'captivity') return false;
    if (w === 'returned' || w === 'home') back = true;
  }
  return back;
}

const STAYING_CUES: ReadonlySet<string> = new Set(['staying', 'sleeping']);
/** Places people take refuge in, away from their homes. */
const REFUGE_PLACES: ReadonlySet<string> = new Set(['shelters', 'shelter', 'camps', 'camp', 'centres', 'centers', 'centre', 'center', 'schools', 'school', 'churches', 'church', 'mosques', 'mosque', 'compound', 'stadium', 'gymnasium', 'gym', 'monastery', 'pagoda', 'temple', 'tents', 'halls', 'hall', 'classrooms']);
/** Is a place of refuge named within the four words after `at`? */
function refugeAhead(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 5 && k < tokens.length; k++) if (REFUGE_PLACES.has(tokens[k]!.norm)) return true;
  return false;
}

/** People whose loss is their death: kin and colleagues ("lost three relatives", "lost four staff"). */
const KIN_AND_COLLEAGUES: ReadonlySet<string> = new Set(['relatives', 'relative', 'brothers', 'sisters', 'sons', 'daughters', 'children', 'wives', 'husbands', 'parents', 'cousins', 'colleagues', 'staff', 'members', 'friends', 'neighbours', 'neighbors', 'grandchildren']);

/** "… to hell" within the three words after the figure. */
function sentToHell(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 3 && k + 1 < tokens.length; k++) if (tokens[k]!.norm === 'to' && tokens[k + 1]!.norm === 'hell') return true;
  return false;
}

/** Wounds and injuries, what "treated for" or "with" may name. */
const WOUND_NOUNS: ReadonlySet<string> = new Set(['wounds', 'wound', 'injuries', 'injury', 'burns', 'fractures']);
/**
 * "for gunshot and machete wounds", "with injuries": "for" or "with" and, within five words, wounds, all in the clause
 * within ten words of `from`; the span from "for" or "with" to the wounds, or null.
 */
function woundPhraseAfter(tokens: readonly Token[], from: number, limit: number): { start: number; end: number } | null {
  for (let k = from; k < limit && k < from + 10; k++) {
    const w = tokens[k]!;
    if (CLAUSE_STOP.has(w.text) || w.text === ',') return null;
    if (w.norm !== 'for' && w.norm !== 'with') continue;
    for (let q = k + 1; q < k + 6 && q < limit; q++) {
      const x = tokens[q]!;
      if (WOUND_NOUNS.has(x.norm)) return { start: k, end: q + 1 };
      if (x.kind !== 'word' && x.text !== '-') break;
    }
  }
  return null;
}

/** Heads that count the dead by their remains: found or recovered, they are killed (decision 3). */
const BODY_HEADS: ReadonlySet<string> = new Set(['bodies', 'corpses', 'remains']);
const WORDS_BEFORE_FIGURE: ReadonlySet<string> = new Set(['living', 'remaining', 'surviving', 'only', 'just', 'merely', 'all', 'combined', 'further', 'record']);
const PARTITIVE_VERB_METRICS: ReadonlySet<string> = new Set(['killed', 'wounded', 'missing', 'captured', 'detained', 'displaced']);
const SUBORDINATORS: ReadonlySet<string> = new Set(['before', 'after', 'when', 'while', 'because', 'although', 'though', 'whereas', 'until']);
const SPAN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'within', 'over', 'for', 'of', 'during']);
const SPAN_ROUNDERS: ReadonlySet<string> = new Set(['almost', 'nearly', 'about', 'roughly', 'around', 'barely', 'just', 'less', 'more', 'than']);
const NP_END_WORDS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'from', 'by', 'with', 'and', 'or', 'to', 'for', 'since', 'during', 'who', 'that', 'which', 'of', 'were', 'the']);
const CASUALTY_HEADS: ReadonlySet<string> = new Set(['dead', 'deaths', 'casualties', 'wounded', 'injured', 'missing']);
const CONJUNCT_MODIFIERS: ReadonlySet<string> = new Set(['allied', 'civilian', 'military', 'local', 'foreign', 'armed', 'emergency', 'relief', 'rescue', 'medical', 'health', 'humanitarian']);

export interface SubjectPhrase {
  text: string;
  country: string | null;
  group: Group;
  /** Token span of the phrase in the sentence, when it is written there. */
  start: number;
  end: number;
  /** The phrase refers back to an earlier one ("of them", "the soldiers", elided). */
  anaphoric: boolean;
}

export interface Frame {
  figure: Figure;
  metric: Metric;
  subject: SubjectPhrase | null;
  /** Token span of the metric cue. */
  cueStart: number;
  cueEnd: number;
  rule: string;
  /** The holder in "X is holding N people": a state holder makes captivity detention. */
  agentCountry: string | null;
}

export interface Rejection { figure: Figure; reason: string }

const cuesAfter = new PhraseTable<Metric>(CUES_AFTER);
const cuesBefore = new PhraseTable<Metric>(CUES_BEFORE);
const cueNouns = new PhraseTable<Metric>(CUE_NOUNS);
// A noun that names people by what happened to them ("37 injuries", "12 abductees") counts people too.
/** Words that count one: a conjunct opened by one of them is a count of its own. */
const ONE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'one']);
const stateBodies = new PhraseTable<true>(STATE_BODY_HEADS.map((w): [string, true] => [w, true]));
/**
 * The names of the armed forces and armed groups the built-in gazetteer knows (Hezbollah, the ELN, the SDF, the PDF, the
 * Africa Corps): their members are fighters ("Hezbollah members", "members of the ELN"). Read from the built-in gazetteer
 * only: the subject stage has no document context, so a user's own gazetteer file types sources but does not reach here.
 */
const armedGroupNames = new PhraseTable<true>(defaultGazetteer.institutions.filter((i) => i.kind === 'military').flatMap((i) => [i.name, ...i.aliases, ...(i.exact ?? [])]).map((n) => [n, true] as [string, true]));
/** Do tokens [s, e) open with the name of an armed group the gazetteer knows ("the ELN during the raid")? */
function namesArmedGroup(tokens: readonly Token[], s: number, e: number): boolean {
  const from = tokens[s]?.norm === 'the' ? s + 1 : s;
  const hit = from < e ? armedGroupNames.at(tokens, from) : null;
  return hit !== null && from + hit.length <= e && tokens[from + hit.length]?.norm !== "'s";
}
const personNouns = new PhraseTable<Group>({ ...Object.fromEntries(Object.keys(CUE_NOUNS).map((k) => [k, 'people' as Group])), ...PERSON_NOUNS });
const forecast = new PhraseTable(FORECAST_BEFORE.map((k) => [k, true] as [string, boolean]));
const rates = new PhraseTable(RATE_AFTER.map((k) => [k, true] as [string, boolean]));
const plannedAfter = new PhraseTable(FORECAST_AFTER.map((k) => [k, true] as [string, boolean]));
const baseline = new PhraseTable(BASELINE_BEFORE.map((k) => [k, true] as [string, boolean]));
/** Are tokens [s, e) ("Hezbollah", "the SDF") exactly the name of an armed body the gazetteer knows? */
function isArmedGroupName(tokens: readonly Token[], s: number, e: number): boolean {
  const from = tokens[s]?.norm === 'the' ? s + 1 : s;
  return from < e && armedGroupNames.at(tokens, from)?.length === e - from;
}
/**
 * Do tokens [s, e) determine the whole of a partitive, between "of" and its figure: "the", "its", "their", "Gaza's",
 * "the country's"?
 */
function wholeDeterminer(tokens: readonly Token[], s: number, e: number): boolean {
  if (e === s + 1) return WHOLE_DETERMINERS.has(tokens[s]!.norm);
  if (tokens[e - 1]?.norm !== "'s") return false;
  if (e === s + 2) return /^[A-Z]/.test(tokens[s]!.text);
  return e === s + 3 && tokens[s]!.norm === 'the' && POPULATION_OWNERS.has(tokens[s + 1]!.norm);
}
const WHOLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'our', 'his', 'her', 'these', 'those']);
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);
/** A word of detention in the 30 tokens before `at` (bounded: a sentence of many figures asks once per figure). */
function detainingBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 30; k--) if (DETAINING_WORDS.has(tokens[k]!.norm)) return true;
  return false;
}
/**
 * Where an aside that counts a part of the people just named ends (", several of them members of …,", ", most of whom
 * …,"), as the index of its closing comma, or -1. Bounded: sixteen tokens.
 */
function partitiveAsideEnd(tokens: readonly Token[], comma: number): number {
  const q = tokens[comma + 1];
  if (!q || !(q.kind === 'num' || ASIDE_QUANTIFIERS.has(q.norm)) || tokens[comma + 2]?.norm !== 'of' || !ASIDE_PRONOUNS.has(tokens[comma + 3]?.norm ?? '')) return -1;
  for (let k = comma + 4; k < tokens.length && k < comma + 16; k++) {
    if (tokens[k]!.text === ',') return k;
    if (tokens[k]!.text === '.' || tokens[k]!.text === ';') return -1;
  }
  return -1;
}
const ASIDE_QUANTIFIERS: ReadonlySet<string> = new Set(['several', 'many', 'most', 'some', 'all', 'none', 'one', 'two', 'three', 'four', 'five', 'half', 'dozens', 'scores', 'hundreds']);
const ASIDE_PRONOUNS: ReadonlySet<string> = new Set(['them', 'whom', 'those']);
/** Holding people, the last word of a cue: HOLD_VERBS without hosting or sheltering, which a detention does not make. */
const HOLD_WORDS: ReadonlySet<string> = new Set(['held', 'holding', 'holds', 'hold']);
const notACount = new PhraseTable(NOT_A_COUNT_BEFORE.map((k) => [k, true] as [string, boolean]));
const nonMetric = new PhraseTable(NON_METRIC_STATES.map((k) => [k, true] as [string, boolean]));

const AUX = new Set(['remain', 'remained', 'remains', 'stay', 'stayed', 'have', 'has', 'had', 'been', 'be', 'being', 'were', 'was', 'are', 'is', 'to', 'reportedly', 'presumably', 'also', 'still', 'already', 'actually', 'now', 'all', 'believed', 'thought', 'said', 'feared', 'confirmed', 'either', 'later', 'since', 'just', 'then', 'who', 'that', 'had', 'may', 'might', 'could', 'would', 'appear', 'appears', 'become', 'becomes', 'became', 'more', 'as', 'among', 'reported', 'listed', 'recorded', 'of', 'badly', 'seriously', 'critically', 'fatally']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'last', 'another', 'some', 'other', 'further', 'additional', 'more', 'first', 'latest', 'final']);
const CLAUSE_STOP = new Set([';', ':', '(', ')']);
const LINKING = new PhraseTable<boolean>([
  'number', 'numbered', 'numbers', 'totalled', 'totaled', 'total', 'totals', 'reached', 'reaches', 'rose to', 'risen to', 'be',
  'has risen to', 'climbed to', 'increased to', 'jumped to', 'stood at', 'stands at', 'is', 'was', 'are', 'were',
  // "the toll lay between 5,000 and 6,000", "the number remained at 52".
  'lay', 'lies', 'stood', 'stands', 'remained at', 'remains at', 'remained', 'remains',
  // Headline present tense: "Death toll rises to 85".
  'rises to', 'climbs to', 'jumps to', 'increases to', 'soars to', 'soared to', 'grows to', 'grew to', 'mounts to', 'mounted to',
  'at', 'hit', 'includes', 'include', 'included', 'accounted for', 'account for', 'now', 'to',
].map((k) => [k, true] as [string, boolean]));
const ANCHORS = new Set(['number', 'toll', 'tally', 'count', 'total']);
/** Verbs that carry a count to a new figure: "bring to 862 the number of …", "raising to 40 the toll". */
const RAISING_VERBS: ReadonlySet<string> = new Set(['bring', 'brings', 'bringing', 'brought', 'raise', 'raises', 'raising', 'raised', 'push', 'pushes', 'pushing', 'pushed', 'take', 'takes', 'taking', 'took', 'lift', 'lifts', 'lifting', 'lifted']);
const BE_PAST: ReadonlySet<string> = new Set(['were', 'was', 'are', 'is']);
/** The auxiliaries of a passive: "were returned", "had been returned". */
const PASSIVE_AUX: ReadonlySet<string> = new Set([...BE_PAST, 'been', 'be']);
const BACK_PRONOUNS: ReadonlySet<string> = new Set(['them', 'those', 'these']);
const COUNTING_VERBS = new Set(['counted', 'recorded', 'documented', 'includes', 'include', 'included', 'listed', 'lists', 'identified', 'tallied']);
/** Participles that often modify the subject ("soldiers sent to fight"), not the main verb. */
const REDUCED_RELATIVE: ReadonlySet<string> = new Set(['sent', 'deployed', 'stationed', 'freed', 'released', 'captured', 'fighting', 'displaced', 'detained', 'held', 'serving']);
const RELEASED_FROM: ReadonlySet<string> = new Set(['released', 'freed', 'pardoned', 'freeing', 'releasing']);
const REPATRIATION_WORDS: ReadonlySet<string> = new Set(['returned', 'returns', 'released', 'freed', 'handed', 'repatriated', 'transferred', 'swapped', 'exchanged']);
/** People a state sends back to another country: "returned 312 people to France". */
const RETURNED_AWAY_HEADS: ReadonlySet<string> = new Set(['people', 'migrants', 'asylum seekers', 'seekers', 'refugees', 'nationals', 'persons', 'individuals']);
/** Heads of people held by a state rather than by an enemy: freed, they were detained. */
const CUSTODY_HEADS: ReadonlySet<string> = new Set(['detainees', 'inmates', 'protesters', 'demonstrators', 'activists', 'suspects']);
const RELEASE_VERBS = new Set(['freeing', 'freed', 'free', 'frees', 'released', 'releasing', 'releases', 'returned', 'handed over', 'return of', 'release of', 'exchange of', 'swapped']);
const LOSS_VERBS = new Set(['lost', 'losing', 'loses', 'suffered', 'losses of']);
const HAVE_FORMS_OF_PRESENCE: ReadonlySet<string> = new Set(['has', 'have', 'had', 'keeps', 'kept', 'maintains', 'maintained']);
const DEPLOY_AGENT_VERBS = new Set(['sent', 'sending', 'deployed', 'deploying', 'dispatched', 'dispatching', 'moved', 'has', 'stationed', 'lost', 'suffered', 'deployment of', 'total deployment of']);

/** A copy of a subject phrase with some fields changed, built field by field (a spread is a slow generic copy). */
function subjectWith(s: SubjectPhrase, patch: Partial<SubjectPhrase>): SubjectPhrase {
  return {
    text: patch.text ?? s.text,
    country: patch.country !== undefined ? patch.country : s.country,
    group: patch.group ?? s.group,
    start: s.start,
    end: s.end,
    anaphoric: patch.anaphoric ?? s.anaphoric,
  };
}

const GROUP_MODIFIERS: ReadonlyMap<string, Group> = new Map([['civilian', 'civilian'], ['military', 'military'], ['army', 'military'], ['combat', 'military'], ['battlefield', 'military']]);
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their']);

/** A lower-case "-ing" word right before a determiner or possessive: a participle, not a modifier. */
function isParticipleBefore(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.norm.length > 4 && t.norm.endsWith('ing') && !isCap(t) && (DETERMINERS.has(tokens[k + 1]?.norm ?? '') || POSSESSIVE_PRONOUNS.has(tokens[k + 1]?.norm ?? ''));
}

/** The country (by name or capital) named last before token i in the sentence (within 60 words: linear on long input). */
function lastCountryBefore(tokens: readonly Token[], i: number): string | null {
  let found: string | null = null;
  for (let k = Math.max(0, i - 60); k < i; k++) {
    const c = countryAt(tokens, k);
    if (c) {
      if (c.kind === 'name' || c.kind === 'capital') found = c.code;
      k += c.length - 1;
    }
  }
  return found;
}

/** ", most of them soldiers," between a subject and its verb: an aside set off by two commas. */
function isAsideBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from]?.text !== ',' || to - from > 10) return false;
  let close = from + 1;
  while (close < to && tokens[close]!.text !== ',') close++;
  if (close >= to || close === from + 1) return false;
  for (let k = close + 1; k < to; k++) if (!AUX.has(tokens[k]!.norm)) return false;
  return true;
}

const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);
/** Words a part of the people counted may follow ("and two of them", "including three of them"). */
const PART_LEADS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'while', 'with', 'including', 'among', 'as', 'whom', 'that', 'which', 'where', 'said', 'says', 'of', 'only', 'just', 'another', 'all', 'at', 'least', 'than', 'about', 'some', 'nearly', 'almost', 'around', 'over', 'under']);
/** Verbs that count the people of a part ("has registered 670,000 of them"). */
const PART_COUNTING_VERBS: ReadonlySet<string> = new Set(['registered', 'recorded', 'counted', 'documented', 'verified', 'identified', 'registers', 'records', 'counts']);
/** Does "of them" / "of whom" follow token `end` ("two of them children", "43 of whom …")? */
function namesPartAfter(tokens: readonly Token[], end: number): boolean {
  return tokens[end]?.norm === 'of' && (tokens[end + 1]?.norm === 'them' || tokens[end + 1]?.norm === 'whom');
}
/** Is the figure at `at` the object of a verb that neither counts nor reports ("we remember four of them")? */
function objectOfVerb(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  return !!prev && prev.kind === 'word' && /^[a-z]+$/.test(prev.text) && !PART_LEADS.has(prev.norm) && !SPEECH_VERBS.has(prev.norm)
    && !PART_COUNTING_VERBS.has(prev.norm) && !cuesBefore.at(tokens, at - 1);
}
const AGO_WORDS: ReadonlySet<string> = new Set(['ago', 'earlier', 'later', 'before']);
const MOVED_CUES: ReadonlySet<string> = new Set(['moved to', 'moved into']);
/** Is a prison named in tokens [a, b)? */
function prisonNear(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = Math.max(0, a); k < b && k < tokens.length; k++) if (PRISON_PLACES.has(tokens[k]!.norm)) return true;
  return false;
}
const PRISON_PLACES: ReadonlySet<string> = new Set(['prison', 'prisons', 'jail', 'jails', 'gaol', 'penitentiary', 'facility', 'detention']);
/** Verbs of holding: what their object names ("holds 51,000 displaced persons") says what is counted. */
const HOLD_VERBS: ReadonlySet<string> = new Set(['holds', 'held', 'holding', 'still holds', 'hosts', 'hosted', 'hosting', 'shelters', 'sheltered', 'sheltering']);
/** "the Azerbaijani Army", "the Armenian Armed Forces", "the 33rd Infantry Battalion": an armed body after "of". Anchored, bounded. */
const ARMED_BODY_AFTER_OF = /^(?:the )?(?:\S+ ){0,3}(?:army|armed forces|forces|navy|air force|battalion|brigade|regiment|division|guard|police|militia)\b/;
/** A plain word, then a person noun ("construction workers"): a modifier and its head, not a verb. */
function modifiedPersonNoun(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.kind === 'word' && !AUX.has(tokens[at]!.norm) && !cuesAfter.at(tokens, at) && personNouns.at(tokens, at + 1) !== null;
}
/** Cue nouns that name the dead as bodies: whatever is done with them, they count the killed. */
const BODY_NOUNS: ReadonlySet<string> = new Set(['bodies', 'corpses', 'remains', 'dead']);
const CUE_NOUN_METRIC: ReadonlyMap<string, Metric> = new Map(Object.entries(CUE_NOUNS));

/** A subject a later figure may take over: one that does not name people by another metric. */
function borrowable(p: SubjectPhrase | null, metric: Metric): p is SubjectPhrase {
  return !!p && !namesOtherMetric(p, metric);
}

/** Is the subject's head a noun of another metric ("bodies", "the dead" for a count of wounded)? */
function namesOtherMetric(subject: SubjectPhrase, metric: Metric): boolean {
  const head = subject.text.toLowerCase().split(' ').pop() ?? '';
  const named = CUE_NOUN_METRIC.get(head);
  return named !== undefined && named !== metric;
}

const MILITARY_WORDS: ReadonlySet<string> = new Set(['forces', 'units', 'troops', 'army', 'soldiers', 'military', 'navy', 'fighters', 'servicemen', 'brigade', 'brigades', 'battalion', 'battalions']);
const PREPOSITION_TAIL: ReadonlySet<string> = new Set(['in', 'near', 'at', 'on', 'from', 'around', 'outside']);

/** The subject before a loss verb ("North Korean units in Kursk have lost"): its country and whether it is an armed force. */
function loserBefore(tokens: readonly Token[], verbAt: number): { country: string | null; military: boolean } | null {
  let end = verbAt;
  while (end > 0 && AUX.has(tokens[end - 1]!.norm)) end--;
  let start = end;
  while (start > 0 && start > end - 8 && (tokens[start - 1]!.kind === 'word' || tokens[start - 1]!.norm === "'s") && !NP_LEFT_STOPS.has(tokens[start - 1]!.norm) && !SPEECH_VERBS.has(tokens[start - 1]!.norm)) start--;
  if (start === end) return null;
  let headEnd = end;
  for (let q = start; q < end; q++) if (PREPOSITION_TAIL.has(tokens[q]!.norm)) { headEnd = q; break; }
  if (headEnd === start) return null;
  let military = false;
  for (let q = start; q < headEnd; q++) if (MILITARY_WORDS.has(tokens[q]!.norm)) military = true;
  return { country: countryOfPhrase(tokens, start, headEnd), military };
}

/** "two out of every five", "one in three": a share, not a count (a rate, decision 2). */
function isRatio(tokens: readonly Token[], fig: Figure): boolean {
  // The first term: "two out of (every) five", "one in (every) three".
  const next = normAt(tokens, fig.end);
  if ((next === 'out' && normAt(tokens, fig.end + 1) === 'of') || (next === 'in' && (numberAt(tokens, fig.end + 1) || normAt(tokens, fig.end + 1) === 'every'))) return true;
  // The second term: "… out of every five", "one in three".
  const b = fig.start - 1;
  const prev = normAt(tokens, b);
  if (prev === 'every' && (normAt(tokens, b - 1) === 'of' || normAt(tokens, b - 1) === 'in')) return true;
  if (prev === 'of' && normAt(tokens, b - 1) === 'out') return true;
  return prev === 'in' && numberAt(tokens, b - 1);
}

function normAt(tokens: readonly Token[], k: number): string {
  return tokens[k]?.norm ?? '';
}

function numberAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.kind === 'num' || NUMBER_WORDS.has(normAt(tokens, k));
}
/** "rose by 300 to 4,500", "had risen by 12, to 87": the figure after "by" that another after "to" completes. */
function isIncrement(tokens: readonly Token[], fig: Figure): boolean {
  if (tokens[fig.start - 1]?.norm !== 'by' || !RISE_VERBS.has(tokens[fig.start - 2]?.norm ?? '')) return false;
  const to = tokens[fig.end]?.text === ',' ? fig.end + 1 : fig.end;
  return tokens[to]?.norm === 'to';
}
const NUMBER_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Nouns of a comment set after a figure: ", a figure that …", ", a number that …". */
const FIGURE_COMMENT_NOUNS: ReadonlySet<string> = new Set(['figure', 'number', 'toll', 'total', 'tally', 'count', 'includes', 'include']);

/** Does a report clause (", police said") start at `k`: "said/says/told" within five words, no metric cue before it? */
function reportClauseAhead(tokens: readonly Token[], k: number): boolean {
  for (let q = k; q < Math.min(tokens.length, k + 5); q++) {
    const w = tokens[q]!.norm;
    if (w === 'said' || w === 'says' || w === 'told') return true;
    // ", its researchers found.", ", the agency reported on Monday": a verb of report after its subject closing the
    // sentence ("…, were found" has no subject of its own).
    if (q > k && CLOSING_REPORT_VERBS.has(w) && tokens[q - 1]!.kind === 'word' && !AUX.has(tokens[q - 1]!.norm) && closesClause(tokens, q + 1)) return true;
    if (cuesAfter.at(tokens, q)) return false;
  }
  return false;
}
const CLOSING_REPORT_VERBS: ReadonlySet<string> = new Set(['found', 'reported', 'added', 'wrote', 'concluded', 'estimated', 'confirmed', 'counted', 'recorded', 'documented', 'announced', 'stated']);
/** Does the clause end at token k (a stop, a comma, the end) or go on only with when it was said? */
function closesClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !t || t.text === '.' || t.text === ',' || t.text === ';' || t.norm === 'on' || t.norm === 'in' || t.norm === 'last' || t.norm === 'this' || t.norm === 'yesterday' || t.norm === 'today';
}

/** A capitalised name (not a country) or a singular common noun ("the driver"), as before an age. */
function namesOnePerson(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word') return false;
  if (isCap(t)) return !countryAt(tokens, k);
  return !t.norm.endsWith('s') && !AUX.has(t.norm) && !cuesAfter.at(tokens, k) && !cuesBefore.at(tokens, k);
}

/** A lower-case noun after the figure that is not one of people: "600 aftershocks", "40 incidents". */
function countsOtherThings(tokens: readonly Token[], k0: number): boolean {
  // "recorded more than 7,500 Israeli air violations": past a demonym, the noun says what is counted.
  const nation = countryAt(tokens, k0);
  const k = nation?.kind === 'demonym' ? k0 + nation.length : k0;
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !/^[a-z]/.test(t.text)) return false;
  return !personNouns.at(tokens, k) && !cueNouns.at(tokens, k) && !AUX.has(t.norm) && !cuesAfter.at(tokens, k) && t.norm !== 'of' && t.norm !== 'more' && t.norm !== 'others';
}

/** "[seriously] wounded [Ukrainian] servicemen" at `i`: the participle's span and metric, and where the noun phrase starts. */
function participleBeforeNoun(tokens: readonly Token[], i: number): { start: number; end: number; metric: Metric; noun: number } | null {
  let j = i;
  while (j < i + 2 && tokens[j]?.kind === 'word' && tokens[j]!.norm.length > 4 && tokens[j]!.norm.endsWith('ly')) j++;
  const w = tokens[j]?.norm ?? '';
  if (!ADJECTIVAL_CUES.has(w)) return null;
  const cue = cuesAfter.at(tokens, j);
  if (!cue || cue.length !== 1) return null;
  let noun = j + 1;
  const c = countryAt(tokens, noun);
  if (c && c.kind === 'demonym') noun += c.length;
  if (!personNouns.at(tokens, noun)) return null;
  return { start: j, end: j + 1, metric: cue.value, noun: c ? j + 1 : noun };
}

/** "were charged", "have been sentenced": a passive or perfect verb at `k` that is no metric cue. */
function ownNonCueVerb(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && j < k + 3 && (tokens[j]!.norm === 'were' || tokens[j]!.norm === 'was' || tokens[j]!.norm === 'have' || tokens[j]!.norm === 'has' || tokens[j]!.norm === 'been' || tokens[j]!.norm === 'are' || tokens[j]!.norm === 'is')) j++;
  if (j === k) return false;
  const w = tokens[j];
  return !!w && w.kind === 'word' && /^[a-z]+ed$/.test(w.norm) && !cuesAfter.at(tokens, j) && !nonMetric.at(tokens, j);
}

/** After an item at `k`, does the list go on to a figure joined by "and" or another comma within eight words? */
function listContinues(tokens: readonly Token[], k: number): boolean {
  for (let q = k; q < Math.min(tokens.length, k + 8); q++) {
    const t = tokens[q]!;
    if ((t.norm === 'and' || t.text === ',') && tokens[q + 1]?.kind === 'num') return true;
    if ((t.norm === 'and' || t.text === ',') && tokens[q + 1] && tokens[q + 1]!.kind === 'word' && /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)$/.test(tokens[q + 1]!.norm)) return true;
    if (t.text === '.' || t.text === ';' || cuesAfter.at(tokens, q)) return false;
  }
  return false;
}

/** Does a figure (after at most two bound words) start at `k`? */
function governsNextFigure(tokens: readonly Token[], k: number): boolean {
  for (let q = k; q < Math.min(tokens.length, k + 3); q++) {
    if (tokens[q]!.kind === 'num' || NUMBER_WORDS.has(tokens[q]!.norm)) return true;
    if (!/^(?:at|least|more|than|about|some|around|nearly|another|over|up|to)$/.test(tokens[q]!.norm)) return false;
  }
  return false;
}

const SUFFER_VERBS: ReadonlySet<string> = new Set(['suffered', 'sustained', 'incurred', 'took']);

/** The people who suffered a casualty count: "X suffered N casualties" or "N casualties X suffered". */
function sufferedBy(tokens: readonly Token[], fig: Figure, nounEnd: number): { start: number; end: number; country: string | null; military: boolean } | null {
  // Before: "Russian forces (have) suffered 920 casualties".
  let v = fig.start - 1;
  // 'had suffered "more than 300 casualties"': a quote mark before the figure.
  if (v >= 0 && QUOTE_MARKS.has(tokens[v]!.text)) v--;
  while (v >= 0 && AUX.has(tokens[v]!.norm)) v--;
  if (v >= 1 && SUFFER_VERBS.has(tokens[v]!.norm)) {
    let end = v;
    while (end > 0 && AUX.has(tokens[end - 1]!.norm)) end--;
    let start = end;
    while (start > 0 && start > end - 5 && (tokens[start - 1]!.kind === 'word' || tokens[start - 1]!.norm === "'s") && !NP_LEFT_STOPS.has(tokens[start - 1]!.norm) && !SPEECH_VERBS.has(tokens[start - 1]!.norm)) start--;
    // "Russia's armed forces have suffered", "the army had suffered": a body of forces suffers its members' casualties.
    if (start < end && (personNouns.endingAt(tokens, end - 1, 3) || MILITARY_WORDS.has(tokens[end - 1]!.norm))) return { start, end, country: countryOfPhrase(tokens, start, end), military: phraseIsMilitary(tokens, start, end) };
  }
  // After, as an object relative clause: "920 casualties Russian forces suffered".
  for (let e = nounEnd + 1; e <= Math.min(tokens.length - 1, nounEnd + 5); e++) {
    if (!SUFFER_VERBS.has(tokens[e]!.norm)) continue;
    if (e > nounEnd && personNouns.endingAt(tokens, e - 1, 3) && countryOfPhrase(tokens, nounEnd, e)) return { start: nounEnd, end: e, country: countryOfPhrase(tokens, nounEnd, e), military: phraseIsMilitary(tokens, nounEnd, e) };
    break;
  }
  return null;
}

function phraseIsMilitary(tokens: readonly Token[], start: number, end: number): boolean {
  for (let q = start; q < end; q++) if (MILITARY_WORDS.has(tokens[q]!.norm) || personNouns.at(tokens, q)?.value === 'military') return true;
  return false;
}

function isWord(t: Token | undefined): t is Token { return !!t && t.kind === 'word'; }
function isCap(t: Token | undefined): boolean { return !!t && /^[A-Z]/.test(t.text); }

/**
 * A plural noun just before a verb as the head of people counted ("40 protesters were killed"),
 * or null. Not a linking verb in the third person ("toll rises to", "total climbs to").
 */
function pluralHeadBefore(tokens: readonly Token[], start: number, k: number): { start: number; headEnd: number; end: number; group: Group; head: string } | null {
  const head = tokens[k - 1];
  if (k > start && head && head.kind === 'word' && /^[a-z]{3,}s$/.test(head.text) && !/(?:ss|us|is)$/.test(head.norm) && !LINKING.at(tokens, k - 1) && (AUX.has(tokens[k]?.norm ?? '') || cuesAfter.at(tokens, k))) {
    return { start, headEnd: k, end: k, group: 'people', head: head.norm };
  }
  return null;
}

/** Read the counted noun phrase that starts at `i` (after the figure). */
export function readSubjectAfter(tokens: readonly Token[], i: number): { start: number; headEnd: number; end: number; group: Group; head: string; nonPerson?: string } | null {
  let j = i;
  // A quoted figure or noun: '"dozens" of RSF fighters', '1,800 "terrorists"'.
  while (j < tokens.length && QUOTE_MARKS.has(tokens[j]!.text)) j++;
  // "more", "other", "additional" between figure and noun: "Tens of thousands more".
  while (j < tokens.length && (tokens[j]!.norm === 'more' || tokens[j]!.norm === 'additional' || tokens[j]!.norm === 'other')) j++;
  if (tokens[j]?.norm === 'of' && OF_PEOPLE_NOUNS.has(tokens[j + 1]?.norm ?? '')) j++; // "thousands of people"
  else if (tokens[j]?.norm === 'of' && tokens[j + 1] && (isCap(tokens[j + 1]) || /^[a-z]/.test(tokens[j + 1]!.text)) && tokens[j + 1]!.norm !== 'the' && tokens[j + 1]!.norm !== 'them' && tokens[j + 1]!.norm !== 'those' && tokens[j + 1]!.norm !== 'whom' && tokens[j + 1]!.norm !== 'its' && tokens[j + 1]!.norm !== 'their') j++;
  const start = j;
  // A plural noun the lists do not know, right before a verb or cue ("12 herders were killed"):
  // a count of people, group unspecified.
  let reach = j + 6;
  for (let k = j; k < Math.min(tokens.length, reach); k++) {
    const t = tokens[k]!;
    // "six Islamic State (ISIS) militants": a name's bracketed acronym inside the noun phrase is skipped.
    if (t.text === '(' && tokens[k + 2]?.text === ')' && isShortAcronym(tokens[k + 1]) && k > j && isCap(tokens[k - 1])) {
      k += 2;
      reach += 3;
      continue;
    }
    const person = personNouns.at(tokens, k);
    // "300 displaced families": an adjective before a head that is not people.
    if (person && ADJECTIVAL_CUES.has(t.norm) && NON_PERSON_NOUNS.has(tokens[k + person.length]?.norm ?? '')) {
      const head = tokens[k + person.length]!.norm;
      return { start, headEnd: k + person.length + 1, end: k + person.length + 1, group: 'people', head, nonPerson: head };
    }
    // "civilian deaths", "child soldiers": a singular noun before another head modifies it.
    if (person && SINGULAR_PERSON_NOUNS.has(person.key) && (personNouns.at(tokens, k + person.length) || cueNouns.at(tokens, k + person.length))) continue;
    // "200 fighter jets": a singular person noun before a thing's noun names the thing.
    if (person && SINGULAR_PERSON_NOUNS.has(person.key) && NON_PERSON_NOUNS.has(tokens[k + person.length]?.norm ?? '')) {
      const head = tokens[k + person.length]!.norm;
      return { start, headEnd: k + person.length + 1, end: k + person.length + 1, group: 'people', head, nonPerson: head };
    }
    if (person) {
      // Prefer the longest person phrase that starts here ("aid workers" over "aid"...).
      let headEnd = k + person.length;
      // "1,850 Canadian Armed Forces members", "300 security forces personnel": a body's members after its name.
      if (person.value === 'military' && (tokens[headEnd]?.norm === 'members' || tokens[headEnd]?.norm === 'personnel')) headEnd++;
      let end = headEnd;
      let group = person.value;
      // "members of the security forces", "residents of Russia's Kursk region"
      // "servicemen of the Azerbaijani Army": forces named with the body they serve in, whose words give their country.
      if (tokens[end]?.norm === 'of' && (MEMBERSHIP_NOUNS.has(t.norm) || (group === 'military' && ARMED_BODY_AFTER_OF.test(tokens.slice(end + 1, end + 7).map((x) => x.norm).join(' '))))) {
        let e = end + 1;
        // ("soldiers of the 33rd Infantry Battalion": a unit's ordinal is part of its name.)
        while (e < tokens.length && e < end + 8 && (isWord(tokens[e]) || tokens[e]!.norm === "'s" || (e > end + 1 && tokens[e]!.kind === 'num' && ORDINAL_SUFFIXES.has(tokens[e + 1]?.norm ?? '') && tokens[e + 1]!.start === tokens[e]!.end && isCap(tokens[e + 2]))) && !AUX.has(tokens[e]!.norm) && !SPEECH_VERBS.has(tokens[e]!.norm) && tokens[e]!.norm !== 'who' && tokens[e]!.norm !== 'and' && !(e > end + 1 && cuesAfter.at(tokens, e))) e++;
        const inner = personNouns.endingAt(tokens, e - 1);
        if (inner && t.norm === 'members') group = inner.value;
        else if (t.norm === 'members' && (armedCollective(tokens, end + 1, e) || namesArmedGroup(tokens, end + 1, e))) group = 'military';
        end = e;
        headEnd = e;
      }
      // Coordination: "prisoners and detainees", "patients and their companions", "activists and other civilians".
      if (tokens[end]?.norm === 'and' || tokens[end]?.norm === 'or') {
        let e = end + 1;
        while (e < tokens.length && e < end + 4 && (DETERMINERS.has(tokens[e]!.norm) || isCap(tokens[e]) || /^[a-z]+-[a-z]+$/.test(tokens[e]!.norm) || CONJUNCT_MODIFIERS.has(tokens[e]!.norm))) {
          if (personNouns.at(tokens, e)) break;
          e++;
        }
        const second = personNouns.at(tokens, e);
        // "killed 45 villagers and wounded dozens more": a verb, not a second noun.
        const verbLike = second && e === end + 1 && ADJECTIVAL_CUES.has(tokens[e]!.norm);
        // "Three police officers and a civilian were killed": a second noun with a count of its own ("a", "an", "one") is
        // counted apart; the figure is the first noun's alone.
        const countedApart = ONE_WORDS.has(tokens[end + 1]?.norm ?? '');
        if (second && !verbLike && !countedApart && !tokens.slice(end + 1, e).some((x) => /^\d/.test(x.text))) {
          // "soldiers and National Guard members": members named by an armed body are forces too.
          // "soldiers and members of the VDP militia": so are members of an armed body named after them.
          const secondGroup = tokens[e]!.norm === 'members' && (armedCollective(tokens, end + 1, e) || (tokens[e + 1]?.norm === 'of' && (armedCollective(tokens, e + 2, bodyNameEnd(tokens, e + 2)) || namesArmedGroup(tokens, e + 2, bodyNameEnd(tokens, e + 2))))) ? 'military' : second.value;
          end = e + second.length;
          headEnd = end;
          if (secondGroup !== group) group = group === 'military' && secondGroup === 'military' ? 'military' : secondGroup === 'civilian' && group === 'civilian' ? 'civilian' : 'people';
        }
      }
      // "civilian casualties", "military deaths": a modifier before a head of unspecified people says whose.
      // "Russian casualties", "North Korean casualties": a nation's casualties in a war are its forces' (a word of the
      // modifiers above, "civilian", still decides).
      if (group === 'people') for (let q = start; q < k; q++) { const g = GROUP_MODIFIERS.get(tokens[q]!.norm) ?? (t.norm === 'casualties' && countryAt(tokens, q)?.kind === 'demonym' ? 'military' : undefined); if (g) group = g; }
      // "United Nations employees", "U.N. employees", "aid agency staff": the staff of international and aid bodies are
      // civilians, not workers of a trade.
      if (group === 'workers') for (let q = start; q < k; q++) if (AID_BODY_WORDS.has(tokens[q]!.norm)) group = 'civilian';
      // "gang members", "Hezbollah members": members of an armed body are fighters ("suspected gang members" are suspects).
      if (group === 'people' && t.norm === 'members' && k > start && tokens[k - 2]?.norm !== 'suspected' && (ARMED_MEMBER_MODIFIERS.has(tokens[k - 1]!.norm) || isArmedGroupName(tokens, start, k))) group = 'military';
      return { start, headEnd, end, group, head: t.norm };
    }
    if (t.kind !== 'word') return pluralHeadBefore(tokens, start, k);
    // "30 army soldiers", "12 police officers": a noun modifying the person noun after it.
    if (NON_PERSON_NOUNS.has(t.norm) && !personNouns.at(tokens, k + 1)) return { start, headEnd: k + 1, end: k + 1, group: 'people', head: t.norm, nonPerson: t.norm };
    const cueHere = cuesAfter.at(tokens, k);
    // A participle before a thing is an adjective: "22,434 armoured fighting vehicles".
    if (cueHere && NON_PERSON_NOUNS.has(tokens[k + cueHere.length]?.norm ?? '')) {
      const head = tokens[k + cueHere.length]!.norm;
      return { start, headEnd: k + cueHere.length + 1, end: k + cueHere.length + 1, group: 'people', head, nonPerson: head };
    }
    if (AUX.has(t.norm) || SPEECH_VERBS.has(t.norm) || cueHere || NP_END_WORDS.has(t.norm)) return pluralHeadBefore(tokens, start, k);
    // A demonym used as a noun: "409,000 Sudanese who had fled", "Palestinians".
    const c = countryAt(tokens, k);
    // Not when another demonym is joined to it: "Russian and North Korean troops" modify the noun after them.
    const joined = c !== null && (tokens[k + c.length]?.norm === 'and' || tokens[k + c.length]?.norm === 'or') && countryAt(tokens, k + c.length + 1)?.kind === 'demonym';
    if (joined) { k += c.length; continue; }
    // "six Indonesian construction workers": a demonym before a modified person noun is its modifier.
    if (c && c.kind === 'demonym' && (personNouns.at(tokens, k + c.length) === null) && !modifiedPersonNoun(tokens, k + c.length) && !isCap(tokens[k + c.length])) {
      return { start, headEnd: k + c.length, end: k + c.length, group: 'people', head: tokens[k]!.norm };
    }
  }
  return null;
}

/**
 * Is the word at k a capitalised word of a name that a number may end ("Rescue", "Office", "Brigade"), inside the
 * sentence: not a day, month or bound word, not a country's name or demonym, and not after a sentence-opening position.
 */
function namePartBefore(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k];
  if (!w || w.kind !== 'word' || !/^[A-Z][a-z]/.test(w.text)) return false;
  if (CALENDAR_NAMES.test(w.text) || countryAt(tokens, k) !== null) return false;
  const prev = tokens[k - 1];
  // A capital after a boundary opens a clause ("…: About 40", "— Nearly 600"), not a name.
  return !!prev && (prev.kind === 'word' || prev.kind === 'num') && !/^[.:;!?]$/.test(prev.text);
}

/** Verbs of report or belief before "to be" + participle: the participle states what is ("believed to be stationed"). */
const REPORTED_STATE_VERBS: ReadonlySet<string> = new Set(['believed', 'thought', 'said', 'reported', 'estimated', 'feared', 'understood', 'known', 'alleged', 'presumed', 'suspected']);

/** "STF", "UNHCR": an acronym of at most eight letters, as a bracket after a name holds it. */
function isShortAcronym(t: Token | undefined): boolean {
  return !!t && t.text.length <= 8 && isAcronym(t);
}

/** States that say what was done to people the noun still names ("hostages were rescued", "the injured were treated"). */
const NOUN_KEEPING_STATES: ReadonlySet<string> = new Set(['rescued', 'treated']);

/** Adverbs between forces and where they are: "were currently in Kursk". */
const PRESENCE_ADVERBS: ReadonlySet<string> = new Set(['currently', 'still', 'now', 'already', 'reportedly', 'permanently', 'also']);
/** What forces serve in, named by its noun: "soldiers in the mission". */
// Places of service named by a noun: a mission or force, or the country, region or city the story is about.
const SERVICE_NOUNS: ReadonlySet<string> = new Set(['mission', 'force', 'contingent', 'operation', 'coalition', 'brigade', 'battlegroup', 'country', 'region', 'territory', 'province', 'state', 'area', 'enclave', 'city', 'capital']);

/** The people a prison holds: "inmates", "convicts", "prisoners awaiting trial". Anchored word test, linear. */
const CAPTIVE_HEADS = /\b(?:prisoners|detainees|captives|hostages|migrants)\b/i;
const PRISON_HELD = /\b(?:inmates|convicts|remand prisoners|pre-trial detainees|awaiting trial)\b/i;
/** Words of a state's clemency: the people it frees were its detainees. */
const AMNESTY_WORDS: ReadonlySet<string> = new Set(['amnesty', 'amnesties', 'pardon', 'pardons', 'clemency']);

/** Nouns a number after them designates, not counts: "platform 4", "gates 3 and 4", "ward 12". */
const DESIGNATION_HEADS: ReadonlySet<string> = new Set(['platform', 'platforms', 'gate', 'gates', 'ward', 'wards', 'block', 'blocks', 'sector', 'sectors', 'zone', 'zones', 'terminal', 'terminals', 'hangar', 'pier', 'berth', 'lane', 'lanes', 'bay', 'bays', 'room', 'rooms', 'floor', 'floors', 'level', 'building', 'buildings', 'route', 'routes', 'highway', 'km', 'kilometre', 'section', 'article', 'chapter', 'paragraph', 'clause', 'page', 'phase', 'camp']);

/** Prepositions after which a participle before a noun is an adjective: "for injured civilians". */
const ADJECTIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'among', 'with', 'to', 'about']);

/** Participles among the cues that are as often nouns ("the fighting"). */
const NOUN_PARTICIPLES: ReadonlySet<string> = new Set(['fighting']);
/** Words before such a word that make it the noun: prepositions, determiners, adjectives of fighting. */
const NOUN_CONTEXT_BEFORE: ReadonlySet<string> = new Set(['in', 'into', 'of', 'from', 'during', 'after', 'by', 'amid', 'since', 'the', 'open', 'heavy', 'fierce', 'renewed', 'intense', 'street', 'recent', 'ongoing', 'clan', 'tribal', 'factional']);
/** Is the cue `key` at k a participle used as a noun ("killed in fighting", "open fighting")? */
function usedAsNoun(tokens: readonly Token[], k: number, key: string): boolean {
  return NOUN_PARTICIPLES.has(key) && NOUN_CONTEXT_BEFORE.has(tokens[k - 1]?.norm ?? '');
}

/** Modals that put "be" + participle in the future: "could be displaced", "will be deployed". */
const FUTURE_MODALS: ReadonlySet<string> = new Set(['could', 'may', 'might', 'would', 'will', 'to']);
/** Cues that name a state rather than an event: "may be dead", "could be missing". */
const STATE_CUES: ReadonlySet<string> = new Set(['dead', 'missing', 'unaccounted', 'held', 'in']);

const PRESENCE_CUES: ReadonlySet<string> = new Set(PRESENCE_CUE_PHRASES);

/** Verbs that move a toll to a new figure. */
const RISE_VERBS: ReadonlySet<string> = new Set(['rose', 'risen', 'climbed', 'jumped', 'increased', 'reached', 'rises', 'climbs', 'fell', 'dropped']);

const PERSONLIKE_ENDING = /(?:girls|boys|men|women|ers|ors|ists|ians|ans|ees|nts|ites|ards|ives)$/;
/** "…, followed by Mandalay region with 190": the next of a ranking, counted as the one before. */
function followedBy(between: readonly string[]): boolean {
  const at = between.indexOf('followed');
  return at >= 0 && between[at + 1] === 'by';
}

const SEIZING_VERBS: ReadonlySet<string> = new Set(['seized', 'seizing', 'seize', 'seizes', 'confiscated', 'confiscating', 'captured', 'capturing', 'took', 'taking', 'recovered', 'destroyed', 'destroying']);

/** A plural common noun within the words after a figure (a name's capitals and modifiers between) that is no person noun. */
function thingsAfter(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || personNouns.at(tokens, k)) return false;
    // (Not "others", nor what has the ending of a person noun: "schoolgirls", "herders", "militants", "civilians".)
    if (/^[a-z]{3,}s$/.test(t.text) && t.norm !== 'others' && !PERSONLIKE_ENDING.test(t.norm)) return true;
  }
  return false;
}

/** Where ", which …" / ", that …" opens an aside that holds the figure at `figStart` (within 5 tokens), or -1. */
function asideStart(tokens: readonly Token[], figStart: number, figEnd = -1): number {
  for (let k = figStart - 1; k >= Math.max(1, figStart - 5); k--) {
    const w = tokens[k]!.norm;
    // "the village of Mambelenga, 15 km from Komanda, rose to 52": a distance set off after a place.
    if (tokens[k]!.text === ',') return DISTANCE_UNITS.has(tokens[figEnd]?.norm ?? '') && tokens[figEnd + 1]?.norm === 'from' ? k : -1;
    if ((w === 'which' || w === 'that') && tokens[k - 1]!.text === ',') return k - 1;
  }
  return -1;
}

function namesNation(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (countryAt(tokens, k)) return true;
  return false;
}

/** Words that close the clause after a predicate noun: "27 were children, …", "… and 32 were women". */
const PREDICATE_ENDS: ReadonlySet<string> = new Set([',', '.', ';', ':', ')', 'and', 'while', 'but', 'according', 'rather']);

const PREDICATE_ADVERBS: ReadonlySet<string> = new Set(['reportedly', 'all', 'mostly', 'mainly', 'largely', 'also', 'overwhelmingly', 'predominantly']);
const BELIEF_PARTICIPLES: ReadonlySet<string> = new Set(['believed', 'thought', 'said', 'understood', 'reported', 'known']);
const PREDICATE_QUALIFIERS: ReadonlySet<string> = new Set(['of', 'from', 'in', 'at', 'who', 'aged', 'under', 'between']);

/** A person noun right after a form of "be" at `i`, closing its clause: "were children", "are women". */
function predicateSubject(tokens: readonly Token[], i: number): { start: number; end: number; group: Group } | null {
  if (!BE_PAST.has(tokens[i]?.norm ?? '')) return null;
  // "120 were wounded", "25 are missing": the cue word, not a noun.
  // "were reportedly teenagers", "are believed to be children", "were mostly women": past an adverb or a hedge.
  let at = i + 1;
  while (PREDICATE_ADVERBS.has(tokens[at]?.norm ?? '')) at++;
  if (BELIEF_PARTICIPLES.has(tokens[at]?.norm ?? '') && tokens[at + 1]?.norm === 'to' && tokens[at + 2]?.norm === 'be') at += 3;
  if (cuesAfter.at(tokens, at) || cueNouns.at(tokens, at)) return null;
  const sub = readSubjectAfter(tokens, at);
  if (!sub || sub.nonPerson || sub.start !== at) return null;
  // "were pupils of an Islamiyya school", "were children from the village": a phrase after the noun says more of them.
  const next = tokens[sub.end];
  if (next && !PREDICATE_ENDS.has(next.norm) && !PREDICATE_QUALIFIERS.has(next.norm)) return null;
  return { start: sub.start, end: sub.end, group: sub.group };
}

/**
 * "Of those," / "Among them," / "Of the dead," / "Of the 116 killed," just before the figure: the
 * span of that lead and the metric its noun names (null for a pronoun: the metric counted before).
 */
function frontedPartitive(tokens: readonly Token[], figStart: number): { start: number; end: number; metric: Metric | null } | null {
  let e = figStart;
  if (tokens[e - 1]?.text === ',') e--;
  for (let k = Math.max(0, e - 5); k < e - 1; k++) {
    const w = tokens[k]!.norm;
    if (w !== 'of' && w !== 'among') continue;
    // The lead opens its clause.
    if (k > 0 && !PREDICATE_ENDS.has(tokens[k - 1]!.norm)) continue;
    if (BACK_PRONOUNS.has(tokens[k + 1]!.norm) || tokens[k + 1]!.norm === 'whom') {
      if (k + 2 === e) return { start: k, end: e, metric: null };
      // "Of those arrested,": the participle names the metric.
      const done = cuesAfter.at(tokens, k + 2);
      if (done && k + 2 + done.length === e) return { start: k, end: e, metric: done.value };
      continue;
    }
    if (tokens[k + 1]!.norm !== 'the') continue;
    let q = k + 2;
    if (tokens[q]?.kind === 'num') q++;
    const cue = cueNouns.at(tokens, q) ?? cuesAfter.at(tokens, q);
    if (cue && q + cue.length === e) return { start: k, end: e, metric: cue.value };
  }
  return null;
}

function phraseText(tokens: readonly Token[], start: number, end: number, sentence: string, base: number): string {
  if (end <= start) return '';
  return sentence.slice(tokens[start]!.start - base, tokens[end - 1]!.end - base);
}

/** Country of the people named by tokens [start, end): a demonym or name among them. Mixed → null. */
/** "68 migrants from Ethiopia", "refugees from Sudan": the country people come from, named after them. */
function countryOfOrigin(tokens: readonly Token[], at: number): string | null {
  if (tokens[at]?.norm !== 'from') return null;
  const c = countryAt(tokens, at + 1);
  if (!c || c.kind !== 'name') return null;
  // "13 peacekeepers from South Africa, Malawi and Uruguay" come from several.
  const next = tokens[at + 1 + c.length]?.norm;
  return next === ',' || next === 'and' || next === 'or' ? null : c.code;
}

function countryOfPhrase(tokens: readonly Token[], start: number, end: number): string | null {
  const codes = new Set<string>();
  for (let k = start; k < end; k++) {
    const c = countryAt(tokens, k);
    if (c) {
      codes.add(c.code);
      k += c.length - 1;
    }
  }
  if (codes.size !== 1) return null;
  // "Congolese soldiers and allied fighters": a second conjunct of its own kind makes it mixed.
  const and = tokens.slice(start, end).findIndex((t) => t.norm === 'and');
  if (and >= 0) {
    const after = tokens.slice(start + and + 1, end);
    const before = tokens.slice(start, start + and);
    const demonymFirst = before.length > 0 && countryAt(tokens, start) !== null;
    const secondHasOwnModifier = after.length > 1 && !after.some((t) => countryAt([t], 0)) && !CONJUNCT_DETERMINERS.has(after[0]!.norm);
    if (!(demonymFirst && before.length === 1) && secondHasOwnModifier) return null;
  }
  return [...codes][0]!;
}

/** Skip determiners, quotes, "the last", "remaining" and "only" backwards from i; returns the index of the token before them. */
function skipBack(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k >= 0 && (DETERMINERS.has(tokens[k]!.norm) || tokens[k]!.kind === 'punct' && /["“”'‘’]/.test(tokens[k]!.text) || WORDS_BEFORE_FIGURE.has(tokens[k]!.norm))) k--;
  return k;
}

/** The country acting in the clause before token i: "Pyongyang appears to have sent", "North Korea's deployment of". */
function agentCountryBefore(tokens: readonly Token[], i: number): { code: string; start: number; end: number } | null {
  for (let k = i - 1; k >= 0 && k >= i - 9; k--) {
    const t = tokens[k]!;
    // "Kenya, which has around 3,500 soldiers in Jubaland": the relative clause's antecedent acts.
    if ((t.norm === 'which' || t.norm === 'that') && tokens[k - 1]?.text === ',') { k--; continue; }
    if (t.kind === 'punct' && t.text !== '-') return null;
    const c = countryAt(tokens, k);
    if (c && (c.kind === 'name' || c.kind === 'capital' || c.kind === 'place')) {
      const after = tokens[k + c.length];
      if (after && personNouns.at(tokens, k + c.length)) continue; // "Russian troops" is a modifier, not an agent
      return { code: c.code, start: k, end: k + c.length };
    }
    // "The Indian Army has deployed …": a demonym acts through the state body it qualifies.
    if (c && c.kind === 'demonym' && stateBodies.at(tokens, k + c.length)) return { code: c.code, start: k, end: k + c.length };
  }
  return null;
}

export interface FrameContext {
  /** The subject of the last framed figure in this document (for "of them", elided subjects). */
  lastSubject: SubjectPhrase | null;
  /** The last claim's metric (for counting verbs: "the list includes 5,540 officers"). */
  lastMetric: Metric | null;
  /**
   * Does the document tell of an exchange of prisoners? People "returned home" in it come back from captivity
   * (captured); elsewhere refugees and migrants returning are counted by no metric. Asked only where such a cue is read.
   */
  exchange?: () => boolean;
}

/**
 * Is `fig` the first of two counts joined as one subject ("13 civilians and six soldiers", "29 soldiers
 * and 30 civilians")? Only nouns and adjectives stand between it and "and" just before the next figure.
 */
function coordinatedWith(tokens: readonly Token[], fig: Figure, next: Figure): boolean {
  if (next.start - fig.end < 2 || next.start - fig.end > 12 || tokens[next.start - 1]?.norm !== 'and') return false;
  let k = fig.end;
  for (; k < next.start - 1; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || COORDINATION_BREAKS.has(t.norm) || /(?:ed|ing)$/.test(t.norm)) break;
  }
  if (k === next.start - 1) return k - fig.end <= 4;
  // "2,600 personnel of the Armed Forces of the Philippines and about 1,400 …": the body they belong to, by name.
  if (k === fig.end || tokens[k]!.norm !== 'of') return false;
  k++;
  if (tokens[k]?.norm === 'the') k++;
  const nameStart = k;
  // ("Seven members of the Dawlah Islamiyah-Maute group and two …": a named body's own noun may close its name.)
  const bodyNoun = (i: number) => i === next.start - 2 && i > nameStart && (MODIFIED_COLLECTIVES.has(tokens[i]!.norm) || ARMED_COLLECTIVES.has(tokens[i]!.norm));
  for (; k < next.start - 1; k++) {
    const t = tokens[k]!;
    if (!(t.kind === 'word' && (/^[A-Z]/.test(t.text) || ((t.norm === 'of' || t.norm === 'the') && k > nameStart) || bodyNoun(k)))) return false;
  }
  return k > nameStart && (/^[A-Z]/.test(tokens[k - 1]!.text) || bodyNoun(k - 1));
}
const COORDINATION_BREAKS: ReadonlySet<string> = new Set(['were', 'was', 'are', 'is', 'had', 'have', 'has', 'been', 'killed', 'dead', 'wounded', 'injured', 'and', 'or', 'of', 'in', 'on', 'at']);

/** A verb cue within two words after a figure ("100 others injured", "20 were wounded"). */
function ownCueAfter(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 3 && k < tokens.length; k++) {
    if (tokens[k]!.text === ',') return false;
    const cue = cuesAfter.at(tokens, k);
    if (cue && cue.value !== 'deployed') return true;
  }
  return false;
}

/** "…, along with 24 civilians", "as well as 12 children", "together with 3 guards": a count joined to the one before. */
function alongWith(tokens: readonly Token[], figStart: number): boolean {
  const a = tokens[figStart - 2]?.norm;
  const b = tokens[figStart - 1]?.norm;
  return (b === 'with' && (a === 'along' || a === 'together')) || (b === 'as' && a === 'well' && tokens[figStart - 3]?.norm === 'as');
}

const PLACE_PREPOSITIONS_IN_PHRASE: ReadonlySet<string> = new Set(['of', 'in', 'from', 'across']);

/** Does a noun of places or things follow within two words ("four border provinces", "three districts")? */
function countsPlaces(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 3 && k < tokens.length; k++) if (NON_PERSON_NOUNS.has(tokens[k]!.norm)) return true;
  return false;
}

export function frameFigures(tokens: readonly Token[], figures: readonly Figure[], sentence: string, base: number, ctx: FrameContext): { frames: Frame[]; rejections: Rejection[] } {
  const frames: Frame[] = [];
  const rejections: Rejection[] = [];
  let lastWhole: Frame | null = null;
  let inBreakdown = false;
  figures.forEach((fig, fi) => {
    const next = figures[fi + 1];
    let limit = next ? next.start : tokens.length;
    // ", or 1,791 families," and ", among them 2,700 children," interrupt a clause: read past them.
    if (next) {
      const lead = tokens.slice(Math.max(fig.end, next.start - 3), next.start).map((t) => t.norm);
      if (lead[0] === ',' || tokens[next.start - 1]?.norm === ',' || lead.includes(',')) {
        // ", two of them children," likewise: a part of the figure's people set off inside its clause.
        if (lead.includes('or') || lead.includes('among') || lead.includes('including') || (namesPartAfter(tokens, next.end) && tokens[next.start - 1]?.norm === ',')) {
          // Past the comma that closes it, and past every figure inside ("including 13 civilians and five soldiers,").
          let k = next.end;
          while (k < tokens.length && tokens[k]!.text !== ',' && k < next.end + 10) k++;
          if (tokens[k]?.text === ',') {
            const closed = k;
            // The figures after this one only (a search from the first would make a long list quadratic).
            let f = fi + 1;
            while (f < figures.length && figures[f]!.start <= closed) f++;
            limit = figures[f]?.start ?? tokens.length;
          }
        }
      }
    }
    // "Twenty-three of the 40 passengers drowned": the whole after "of the" is part of this figure's phrase.
    // ("About 1.9 million of Gaza's 2.1 million residents", "of its 40 staff" likewise.)
    if (next && tokens[fig.end]?.norm === 'of' && wholeDeterminer(tokens, fig.end + 1, next.start)) limit = figures[fi + 2]?.start ?? tokens.length;
    // "residents of four border provinces had been evacuated": a count of places inside this figure's phrase is read past.
    // ("residents of the two villages had registered at shelters": past an article too.)
    const placeCountAt = next ? next.start - (tokens[next.start - 1]?.norm === 'the' ? 2 : 1) : -1;
    if (next && PLACE_PREPOSITIONS_IN_PHRASE.has(tokens[placeCountAt]?.norm ?? '') && countsPlaces(tokens, next.end)) limit = figures[fi + 2]?.start ?? tokens.length;
    // "13 Thai civilians and six soldiers had lost their lives": coordinated counts share the predicate after the last.
    const sharedLimit = next !== undefined && coordinatedWith(tokens, fig, next) ? figures[fi + 2]?.start ?? tokens.length : null;
    // A breakdown ("including three children", "among them nine aid workers") is not what later
    // elided subjects refer back to: the whole is ("400 injured, including 300 police, and 485 arrested").
    const lead = tokens.slice(Math.max(0, fig.start - 3), fig.start).map((t) => t.norm);
    // The items of a breakdown list continue it: "including 59 protesters, 10 prisoners and three police".
    const prior0 = fi > 0 ? figures[fi - 1]! : null;
    // "…, among them four children, and more than 100 others injured": a count with a verb of its own ends the list.
    const continuesList = inBreakdown && prior0 !== null && fig.start - prior0.end <= 4 && tokens.slice(prior0.end, fig.start).some((t) => t.text === ',' || t.norm === 'and') && !AUX.has(tokens[fig.end]?.norm ?? '') && !ownCueAfter(tokens, fig.end);
    // "79 martyrs, 43 of them children, and 38 wounded": a part named with "of them" / "of whom" is a breakdown too.
    // "put the overall toll at four dead: two members of the security forces, one SDF fighter and one civilian": a list
    // after a colon just past a count breaks it down.
    const afterColon = tokens[fig.start - 1]?.text === ':' && prior0 !== null && fig.start - prior0.end <= 4;
    const breakdown = lead.includes('including') || lead.includes('among') || continuesList || afterColon || namesPartAfter(tokens, fig.end);
    inBreakdown = breakdown;
    const previous = breakdown ? frames[frames.length - 1] ?? null : lastWhole ?? frames[frames.length - 1] ?? null;
    // "updating an earlier toll of 32 killed and 84 injured": the second old figure is old too.
    const last = rejections[rejections.length - 1];
    const prior = fi > 0 ? figures[fi - 1]! : null;
    const joinedToBaseline = last?.figure === prior && last?.reason === 'update-baseline' && prior !== null && fig.start - prior.end <= 3 && tokens.slice(prior.end, fig.start).some((t) => t.norm === 'and') && !AUX.has(tokens[fig.end]?.norm ?? '');
    let result: ReturnType<typeof frameOne> = joinedToBaseline ? { reason: 'update-baseline' } : frameOne(tokens, fig, prior, previous, limit, sentence, base, ctx, breakdown);
    // A count with no predicate of its own before the next one, or one that only borrowed the clause before's,
    // takes the predicate it shares with the count it is joined to ("… killed and 121 civilians and 78 soldiers wounded").
    if (sharedLimit !== null && (('reason' in result && result.reason === 'no-metric') || (!('reason' in result) && result.rule === 'coordination'))) {
      const shared = frameOne(tokens, fig, prior, previous, sharedLimit, sentence, base, ctx, breakdown);
      if (!('reason' in shared) && shared.rule !== 'coordination') result = shared;
    }
    if ('reason' in result) rejections.push({ figure: fig, reason: result.reason });
    else {
      frames.push(result);
      if (!breakdown) lastWhole = result;
      if (result.subject && !breakdown) ctx.lastSubject = result.subject;
      ctx.lastMetric = result.metric;
    }
  });
  return { frames, rejections };
}

/** `breakdown`: the figure opens a breakdown of the one before ("including three children"). */
function frameOne(tokens: readonly Token[], fig: Figure, prevFig: Figure | null, prevFrame: Frame | null, limit: number, sentence: string, base: number, ctx: FrameContext, breakdown: boolean): Frame | { reason: string } {
  // Update baselines: "risen to 3,145 from 3,085", "up from 126", "raising its toll from 1,225".
  const b0 = skipBack(tokens, fig.start - 1);
  const base1 = baseline.endingAt(tokens, b0, 3);
  if (base1) {
    const before = tokens.slice(Math.max(0, b0 - 12), b0 + 1 - base1.length).map((t) => t.norm);
    if (base1.key !== 'from' || before.includes('to') || before.includes('raising') || before.includes('raised') || before.includes('revised') || before.includes('up') || before.includes('down')) {
      return { reason: 'update-baseline' };
    }
  }
  if (b0 >= 0 && notACount.endingAt(tokens, b0, 3)) return { reason: 'size-not-count' };
  // "the country's 11.9 million people", "of Gaza's 2.1 million residents": a place's whole population, no count.
  // (After a part of it only, "half of", "many of": "the camp's 40,000 residents have fled" and "all of the village's 300
  // residents were evacuated" count them.)
  if (b0 > 1 && tokens[b0]!.norm === "'s" && POPULATION_HEADS.has(tokens[fig.end]?.norm ?? '') && (POPULATION_OWNERS.has(tokens[b0 - 1]!.norm) || countryAt(tokens, b0 - 1) !== null)) {
    const of = tokens[b0 - 2]!.norm === 'of' ? b0 - 2 : tokens[b0 - 2]!.norm === 'the' && tokens[b0 - 3]?.norm === 'of' ? b0 - 3 : -1;
    if (of > 0 && tokens[of - 1]!.norm !== 'all' && tokens[of - 1]!.norm !== 'each') return { reason: 'population' };
  }
  // The whole of a partitive ("23 of the 40 passengers") counts passengers, not a metric, unless its noun
  // names one ("nine of the 37 deaths").
  if (prevFig && tokens[prevFig.end]?.norm === 'of' && wholeDeterminer(tokens, prevFig.end + 1, fig.start) && !cueNouns.at(tokens, fig.end)) return { reason: 'partitive-whole' };
  // Ratios: "two out of every five", "one in three children".
  if (isRatio(tokens, fig)) return { reason: 'ratio' };
  // "The death toll rose by 300 to 4,500": the increase is not a count; the new toll after "to" is.
  if (isIncrement(tokens, fig)) return { reason: 'update-increment' };
  // "Sgt. Eitan Levi, 20, from Modiin": a bare number set off by commas after a name is an age.
  // So is one after a singular noun: "the driver, 41, was among the dead".
  if (fig.end - fig.start === 1 && tokens[fig.start]!.kind === 'num' && (fig.max ?? 0) <= 120 && tokens[fig.start - 1]?.text === ',' && tokens[fig.end]?.text === ',' && fig.start >= 2 && namesOnePerson(tokens, fig.start - 2)) return { reason: 'age' };
  // "Rescue 1122 teams", "Police Regional Office 7", "Unit 8200": digits right after a capitalised word inside the
  // sentence are part of a name (a unit's designation, spec: no claim).
  if (fig.numStart === fig.start && tokens[fig.start]!.kind === 'num' && fig.start >= 2 && namePartBefore(tokens, fig.start - 1)) return { reason: 'designation' };
  // "The toll, which stood at 40 on Friday, climbed to 62": the figure in the aside is the old one (decision 1).
  if (asideStart(tokens, fig.start) >= 0) {
    for (let k = fig.end; k < Math.min(tokens.length, fig.end + 12); k++) {
      if (tokens[k]!.text !== ',') continue;
      if (RISE_VERBS.has(tokens[k + 1]?.norm ?? '') || (RISE_VERBS.has(tokens[k + 2]?.norm ?? '') && AUX.has(tokens[k + 1]!.norm))) return { reason: 'update-baseline' };
      break;
    }
  }
  // Forecasts and plans: "would likely exceed 3,000", "preparing to dispatch another 6,000".
  for (let k = Math.max(0, fig.start - 5); k < fig.start; k++) if (forecast.at(tokens, k)) return { reason: 'forecast' };
  // Ratios and averages: "1 doctor for every 18,000 refugees", "an average of 69 people are murdered".
  const before1 = tokens[fig.start - 1]?.norm ?? '';
  if (before1 === 'every' || (before1 === 'of' && tokens[fig.start - 2]?.norm === 'average')) return { reason: 'rate' };
  // Designations: "platforms 4 and 5", "Gate 3", "ward 12".
  if (fig.form === 'digits' && (DESIGNATION_HEADS.has(before1) || (before1 === 'and' && DESIGNATION_HEADS.has(tokens[fig.start - 3]?.norm ?? '') && tokens[fig.start - 2]?.kind === 'num'))) return { reason: 'designation' };

  // Partitive: "of them", "of those", "of whom", "of the soldiers", "of the civilian dead", "of its staff".
  let subject: SubjectPhrase | null = null;
  let after = fig.end;
  let partitiveCue: { metric: Metric; start: number; end: number } | null = null;
  let partOfThem = false;
  if (tokens[after]?.norm === 'of' || (tokens[after]?.norm === 'among' && AMONG_HEADS.has(tokens[after + 1]?.norm ?? ''))) {
    const k = after + 1;
    const w = tokens[k]?.norm;
    // "of those deaths": a determiner before a noun, read like "of the deaths" below.
    const determinerBeforeNoun = (w === 'those' || w === 'these') && !!(cueNouns.at(tokens, k + 1) || personNouns.at(tokens, k + 1));
    if (!determinerBeforeNoun && (w === 'them' || w === 'those' || w === 'whom' || w === 'these')) {
      subject = ctx.lastSubject ? subjectWith(ctx.lastSubject, { anaphoric: true }) : null;
      after = k + 1;
      partOfThem = true;
      // "two of them children", "25 of them were Indian tourists": who they are follows.
      const whoAt = BE_PAST.has(tokens[after]?.norm ?? '') && !cuesAfter.at(tokens, after + 1) ? after + 1 : after;
      const who = tokens[whoAt]?.kind === 'word' && !cuesAfter.at(tokens, whoAt) ? readSubjectAfter(tokens, whoAt) : null;
      if (who && !who.nonPerson && who.start === whoAt) {
        subject = { text: phraseText(tokens, who.start, who.end, sentence, base), country: countryOfPhrase(tokens, who.start, who.end) ?? ctx.lastSubject?.country ?? null, group: who.group, start: who.start, end: who.end, anaphoric: true };
        after = who.end;
      }
    } else if (w === 'the' || w === 'its' || w === 'their' || determinerBeforeNoun) {
      // "of the 40 passengers": the whole's figure stands between the article and its noun.
      const n0 = tokens[k + 1]?.kind === 'num' ? k + 2 : k + 1;
      const sub = readSubjectAfter(tokens, n0);
      // "168 of their boats were impounded": a part of things is no count of people.
      if (sub?.nonPerson) return { reason: `not-people:${sub.nonPerson}` };
      const noun = sub ? null : cueNouns.at(tokens, k + 1) ?? (tokens[k + 2] ? cueNouns.at(tokens, k + 2) : null);
      if (sub && !sub.nonPerson) {
        const cue = cueNouns.endingAt(tokens, sub.headEnd - 1, 2);
        if (cue) partitiveCue = { metric: cue.value, start: sub.headEnd - cue.length, end: sub.headEnd };
        // "three of its soldiers": the owner is whoever "its" stands for (the speaker, read later), not the people last counted.
        // "31 of the assailants" after soldiers were counted: those who attacked are not of the people last counted.
        const country = countryOfPhrase(tokens, sub.start, sub.end) ?? (w === 'its' || w === 'their' || ASSAILANT_NOUNS.has(tokens[sub.headEnd - 1]!.norm) ? null : ctx.lastSubject?.country ?? null);
        subject = { text: phraseText(tokens, w === 'its' || w === 'their' ? k : sub.start, sub.end, sentence, base), country, group: sub.group, start: sub.start, end: sub.end, anaphoric: true };
        if (partitiveCue && ctx.lastSubject && CASUALTY_HEADS.has(tokens[sub.headEnd - 1]!.norm)) {
          subject = subjectWith(subject, { group: ctx.lastSubject.group === 'people' && /civilian/.test(subject.text) ? 'civilian' : /civilian/.test(subject.text) ? 'civilian' : ctx.lastSubject.group, country: ctx.lastSubject.country });
        }
        after = sub.end;
      } else if (noun) {
        partitiveCue = { metric: noun.value, start: k + 1, end: k + 1 + noun.length };
        subject = ctx.lastSubject ? subjectWith(ctx.lastSubject, { anaphoric: true }) : null;
        after = partitiveCue.end;
      }
    }
  }

  // "bring to 862 the number of soldiers killed": the object, shifted after its figure, names the people counted.
  if (!subject && tokens[fig.start - 1]?.norm === 'to' && RAISING_VERBS.has(tokens[fig.start - 2]?.norm ?? '') && tokens[after]?.norm === 'the' && ANCHORS.has(tokens[after + 1]?.norm ?? '') && tokens[after + 2]?.norm === 'of') after += 3;
  // "22 seriously wounded Ukrainian servicemen": a participle before the noun says what happened to them.
  const adjectiveCue = subject ? null : participleBeforeNoun(tokens, after);
  let sub = subject ? null : readSubjectAfter(tokens, adjectiveCue ? adjectiveCue.noun : after);
  if (sub?.nonPerson) return { reason: `not-people:${sub.nonPerson}` };
  // "seized 30 Starlink satellite terminals": after a verb of taking, a plural noun that names no people names things.
  if (!sub && !subject && SEIZING_VERBS.has(tokens[fig.start - 1]?.norm ?? '') && thingsAfter(tokens, after)) return { reason: 'not-people:things-seized' };
  // Elided head: "nearly 1,000 wounded", "2,700 wounded" read the cue word as the head.
  let elidedCue: { metric: Metric; start: number; end: number } | null = adjectiveCue && sub ? { metric: adjectiveCue.metric, start: adjectiveCue.start, end: adjectiveCue.end } : null;
  if (sub && sub.start === after && sub.headEnd - sub.start === 1 && ADJECTIVAL_CUES.has(tokens[sub.start]!.norm)) {
    const cue = cuesAfter.at(tokens, sub.start) ?? cueNouns.at(tokens, sub.start);
    if (cue) elidedCue = { metric: cue.value, start: sub.start, end: sub.start + cue.length };
    sub = null;
  }
  // "eight soldiers …, and 11 others were wounded": more of the people just counted (decision 9).
  // "… and three others wounded": the participle after "others" is its cue, read next.
  const others = sub && tokens[sub.start]!.norm === 'others' && (sub.end - sub.start === 1 || ADJECTIVAL_CUES.has(tokens[sub.start + 1]?.norm ?? '')) ? prevFrame?.subject ?? ctx.lastSubject : null;
  if (sub && others) {
    subject = subjectWith(others, { anaphoric: true });
    after = sub.start + 1;
  } else if (sub) {
    const country = countryOfPhrase(tokens, sub.start, sub.end) ?? countryOfOrigin(tokens, sub.end);
    subject = { text: phraseText(tokens, sub.start, sub.end, sentence, base), country, group: sub.group, start: sub.start, end: sub.end, anaphoric: false };
    after = sub.end;
  }
  // "27 of the dead were children", "Of those, 32 were women": the people counted are named after "were".
  // "48 of those executed were women": past the participle that says what happened to them.
  if (!subject || subject.anaphoric) {
    const participle = partitiveCue ? null : cuesAfter.at(tokens, after);
    const predicate = predicateSubject(tokens, participle ? after + participle.length : after);
    if (predicate) {
      const country = countryOfPhrase(tokens, predicate.start, predicate.end) ?? subject?.country ?? ctx.lastSubject?.country ?? null;
      subject = { text: phraseText(tokens, predicate.start, predicate.end, sentence, base), country, group: predicate.group, start: predicate.start, end: predicate.end, anaphoric: false };
      if (!participle) after = predicate.end;
    }
  }

  // Plans: "with another 2,500 to follow", "1,000 more troops to be deployed".
  if (plannedAfter.at(tokens, after) || plannedAfter.at(tokens, fig.end) || (tokens[after]?.norm === 'more' && plannedAfter.at(tokens, after + 1))) return { reason: 'forecast' };
  // Rates: "1,570 soldiers killed or wounded per day", "1,400 people crossing each day".
  for (let k = after; k < Math.min(limit, after + 8); k++) {
    // "since Israel began its strikes a week ago": a time ago is no rate.
    // "in almost a week of fighting", "in nearly a year": a span, past the words that round it.
    const rate = rates.at(tokens, k);
    if (!rate) continue;
    let p = k - 1;
    while (p > after && SPAN_ROUNDERS.has(tokens[p]!.norm)) p--;
    if (!SPAN_PREPOSITIONS.has(tokens[p]?.norm ?? '') && !AGO_WORDS.has(tokens[k + rate.length]?.norm ?? '')) return { reason: 'rate' };
  }

  // Left cue: the verb or noun that governs the figure as its object.
  const lb = skipBack(tokens, fig.start - 1);
  let left = lb >= 0 ? cuesBefore.endingAt(tokens, lb, 5) : null;
  const leftStart = left ? lb - left.length + 1 : -1;
  // "killing at least 12" but not "were killed. 12 ..." across a comma: the cue must be adjacent.
  if (left && left.key === 'has' && !(subject && subject.group === 'military')) left = null;
  const leftIsCounting = lb >= 0 && COUNTING_VERBS.has(tokens[lb]!.norm);

  // Right cue: the first metric cue after the subject, within the clause.
  let right: { metric: Metric; start: number; end: number } | null = elidedCue;
  if (!right) {
    const matches: Array<{ metric: Metric; start: number; end: number; aux: boolean }> = [];
    let pastSubordinator = false;
    let windowEnd = Math.min(limit, after + 14);
    for (let k = after; k < windowEnd; k++) {
      const t = tokens[k]!;
      // "Six jawans of the police's Special Task Force (STF) and their driver were killed": a bracketed acronym is part
      // of the name before it; the window reaches past it.
      if (t.text === '(' && tokens[k + 2]?.text === ')' && isShortAcronym(tokens[k + 1])) { k += 2; windowEnd = Math.min(limit, windowEnd + 3); continue; }
      // "19 Maoists, several of them members of the group's militia wing, were arrested": an aside set off by commas that
      // counts a part of them is passed over to the verb after it.
      if (t.text === ',' && k === after && !left) {
        const close = partitiveAsideEnd(tokens, k);
        if (close > 0) { windowEnd = Math.min(limit, windowEnd + (close - k) + 1); k = close; continue; }
      }
      if (CLAUSE_STOP.has(t.text)) break;
      if ((t.norm === 'said' || t.norm === 'says') && SUBJECT_PRONOUNS.has(tokens[k - 1]?.norm ?? '') && RELATIVE_PRONOUNS.has(tokens[k - 2]?.norm ?? '')) continue;
      if (SUBJECT_PRONOUNS.has(t.norm) && SAID.has(tokens[k + 1]?.norm ?? '') && RELATIVE_PRONOUNS.has(tokens[k - 1]?.norm ?? '')) continue;
      // "are said to have been abducted" reports the cue that follows; "said" otherwise ends the clause.
      if ((t.norm === 'said' || t.norm === 'says' || t.norm === 'told' || t.norm === 'according') && !(t.norm === 'said' && tokens[k + 1]?.norm === 'to')) break;
      // "put the toll at 16 on Friday night, before rescuers found more bodies": a clause opened by a subordinator tells
      // of something else; a state word in it ("found") says nothing of the people counted.
      if (k > after && SUBORDINATORS.has(t.norm)) pastSubordinator = true;
      // "put the number of dead at 156 and the injured at 1,080": with no noun of its own, the figure
      // does not reach past "and the" into the next conjunct's noun phrase.
      if (!sub && t.norm === 'and' && tokens[k + 1]?.norm === 'the') break;
      // "the death toll was 20 and that the mine had been operating without a lease": "and that" opens another thing said.
      if (t.norm === 'and' && tokens[k + 1]?.norm === 'that') break;
      // ", police said" ends the clause; ", aged 30 to 70, were kidnapped, police said" does not yet.
      if (t.text === ',' && reportClauseAhead(tokens, k + 1)) break;
      // ", a figure that includes both the dead and the wounded": a comment on the figure, not its cue.
      if (t.text === ',' && (tokens[k + 1]?.norm === 'a' || tokens[k + 1]?.norm === 'which') && FIGURE_COMMENT_NOUNS.has(tokens[k + 2]?.norm ?? tokens[k + 1]!.norm)) break;
      // "in the affected areas": after a determiner the state word is an adjective of places.
      // A longer cue wins: "treated for injuries" is wounded though "treated" alone counts nothing.
      if (nonMetric.at(tokens, k) && matches.length === 0 && !DETERMINERS.has(tokens[k - 1]?.norm ?? '') && !((cuesAfter.at(tokens, k)?.length ?? 0) > 1)) {
        if (pastSubordinator) break;
        // "12 bodies were found", "the bodies of 12 men were found": the dead, recovered (decision 3); people found are
        // not counted.
        // ("two of the deceased were found at the market": a part of the dead, found, is of the dead too.)
        if ((subject && BODY_HEADS.has(tokens[subject.end - 1]?.norm ?? '') && !subject.anaphoric) || (left !== null && BODY_HEADS.has(left.key.split(' ')[0]!)) || (partitiveCue?.metric === 'killed' && !FOUND_LIVING.has(tokens[k + 1]?.norm ?? ''))) {
          matches.push({ metric: 'killed', start: k, end: k + 1, aux: false });
          break;
        }
        // "23 kidnapped victims were rescued", "12 hostages were freed": the noun says what they were.
        const nounCue = subject && !subject.anaphoric && sub && NOUN_KEEPING_STATES.has(t.norm) ? cueNouns.endingAt(tokens, sub.headEnd - 1, 3) : null;
        if (nounCue) {
          matches.push({ metric: nounCue.value, start: k, end: k + 1, aux: false });
          break;
        }
        // "Four people were treated at the National Referral Hospital for injuries": treated for wounds, wherever.
        const wound = t.norm === 'treated' ? woundPhraseAfter(tokens, k + 1, limit) : null;
        if (wound) {
          matches.push({ metric: 'wounded', start: k, end: wound.end, aux: false });
          break;
        }
        return { reason: `state-not-metric:${t.norm}` };
      }
      let cue = cuesAfter.at(tokens, k);
      // "killed in fighting", "turned into open fighting": after a preposition or an adjective a participle that is
      // also a noun ("fighting") is the noun.
      if (cue && usedAsNoun(tokens, k, cue.key)) cue = null;
      // "gave different figures for the abducted children", "no figure for injured civilians": a participle before
      // another noun of people, after a determiner or a preposition, describes that noun, not the people counted.
      if (cue && k > after && (DETERMINERS.has(tokens[k - 1]?.norm ?? '') || ADJECTIVE_PREPOSITIONS.has(tokens[k - 1]?.norm ?? '')) && personNouns.at(tokens, k + cue.length)) cue = null;
      // "… and eight soldiers, and wounded 29 others": a verb with a figure of its own governs that one.
      if (cue && k > after && tokens[k - 1]?.norm === 'and' && governsNextFigure(tokens, k + cue.length)) break;
      if (cue) {
        const aux = tokens.slice(Math.max(after, k - 4), k).some((x) => AUX.has(x.norm) && x.norm !== 'of' && x.norm !== 'more');
        matches.push({ metric: cue.value, start: k, end: k + cue.length, aux });
        k += cue.length - 1;
        if (matches.length >= 3) break;
      }
    }
    if (matches.length > 0) {
      let pick = matches[0]!;
      if (pick.start === after && REDUCED_RELATIVE.has(tokens[pick.start]!.norm) && !pick.aux) {
        const later = matches.find((m) => m !== pick && m.aux);
        if (later) pick = later;
      }
      // "up to 120,000 people could be displaced if fighting continues": what may yet happen is a forecast,
      // unlike "may have been killed" (a hedged past) or "may be dead" (a state).
      // "are believed to be stationed", "are said to be held": "to be" after a verb of report states what is, not a plan.
      const reportedState = tokens[pick.start - 2]?.norm === 'to' && REPORTED_STATE_VERBS.has(tokens[pick.start - 3]?.norm ?? '');
      if (tokens[pick.start - 1]?.norm === 'be' && FUTURE_MODALS.has(tokens[pick.start - 2]?.norm ?? '') && !STATE_CUES.has(tokens[pick.start]!.norm) && !reportedState) return { reason: 'forecast' };
      // "as many as 270,000 people could flee into Chad": a modal straight before the verb is what may happen.
      if (FUTURE_MODALS.has(tokens[pick.start - 1]?.norm ?? '') && tokens[pick.start - 1]!.norm !== 'to' && !STATE_CUES.has(tokens[pick.start]!.norm)) return { reason: 'forecast' };
      // A breakdown ("…, including three children, and wounded 93") takes its whole's metric: a cue
      // past the comma that closes it belongs to the next clause.
      const acrossComma = tokens.slice(after, pick.start).some((t) => t.text === ',');
      if (breakdown && acrossComma && prevFrame) right = null;
      // A cue far from the subject across a comma belongs to another clause unless auxiliaries lead to it.
      else if (pick.start - after <= 2 || pick.aux || tokens.slice(after, pick.start).every((t) => t.text !== ',') || subject?.anaphoric || !subject || isAsideBetween(tokens, after, pick.start)) right = pick;
    }
  }

  const headCue = subject && !subject.anaphoric && sub ? cueNouns.endingAt(tokens, sub.headEnd - 1, 3) : null;
  // "185 Ukrainian defenders returned home": back from captivity only in a story of an exchange of prisoners.
  if (right && right.metric === 'captured' && isReturnCue(tokens, right.start, right.end) && !ctx.exchange?.()) right = null;
  // "staying in 402 evacuation centers", "sleeping in the church compound": only a place of refuge makes them displaced
  // (people "staying in the city" are not).
  // ("sleeping in the open", "sleeping rough", longer cues, say so themselves.)
  if (right && right.metric === 'displaced' && right.end - right.start === 2 && STAYING_CUES.has(tokens[right.start]!.norm) && !refugeAhead(tokens, right.end)) right = null;
  // "37 deaths in the hospital among patients who arrived in critical condition": a verb in a relative clause about
  // another noun tells what those people did; the figure's own noun says what it counts.
  // (A clause about the counted people themselves, "13 prisoners who escaped … were recaptured", opens at their noun.)
  if (right && headCue && !elidedCue && relativeVerbOfOther(tokens, sub!.headEnd, right.start)) right = null;

  let metric: Metric | null = null;
  let cueStart = fig.start;
  let cueEnd = fig.end;
  let rule = '';
  const leftAdjacent = left && left.key !== 'has';
  if (partitiveCue) {
    ({ metric } = partitiveCue);
    cueStart = partitiveCue.start;
    cueEnd = partitiveCue.end;
    rule = 'partitive-noun';
    if (right && right.metric !== metric && PARTITIVE_VERB_METRICS.has(right.metric)) {
      metric = right.metric;
      cueStart = right.start;
      cueEnd = right.end;
      rule = 'partitive-verb';
    }
  } else if (left && leftAdjacent && !LOSS_VERBS.has(left.key) && !(right && right.start === after && left.value === 'deployed' && right.metric !== 'deployed' && ((subject && !subject.anaphoric) || right.metric === 'displaced'))) {
    // The verb before the figure governs it, except a deployment verb followed straight away by what
    // happened to the people ("sent 5,000 fleeing across the border": displaced).
    metric = left.value;
    cueStart = leftStart;
    cueEnd = lb + 1;
    rule = 'verb-before';
    // "sent all 19 khawarij to hell": sent to their deaths, in a military communique's words.
    if (metric === 'deployed' && sentToHell(tokens, fig.end)) metric = 'killed';
    if (headCue && RELEASE_VERBS.has(left.key)) {
      metric = headCue.value;
      rule = 'noun+release';
    } else if (headCue && HOLD_VERBS.has(left.key) && headCue.value !== 'killed') {
      // "Al-Hol camp holds 51,000 displaced persons": the people held are counted by what their noun says.
      metric = headCue.value;
      rule = 'noun+held';
    }
  } else if (right) {
    metric = right.metric;
    cueStart = right.start;
    cueEnd = right.end;
    rule = elidedCue ? 'elided-noun' : 'verb-after';
  } else if (headCue) {
    metric = headCue.value;
    cueStart = sub!.headEnd - headCue.length;
    cueEnd = sub!.headEnd;
    rule = 'noun';
  } else if (left && LOSS_VERBS.has(left.key)) {
    // "He lost three relatives in the blast", "the charity lost four staff": kin and colleagues lost are dead; a
    // force's losses ("lost 50 soldiers") may be wounded too.
    metric = sub && KIN_AND_COLLEAGUES.has(tokens[sub.headEnd - 1]!.norm) ? 'killed' : 'casualties';
    cueStart = leftStart;
    cueEnd = lb + 1;
    rule = 'loss-verb';
  }

  // "took three more bodies out of the basement", "were holding 72,000 unidentified bodies": the dead are counted, whoever holds them.
  if ((metric === 'captured' || metric === 'detained') && headCue && BODY_NOUNS.has(headCue.key)) metric = 'killed';

  if (!metric) {
    // Linking: "the number of people killed ... has risen to 3,145", "the dead numbered 85".
    const linking = lb >= 0 ? LINKING.endingAt(tokens, lb, 3) : null;
    // "put the death toll between 60 and 70": a range straight after its anchor.
    // So does a bound: "put the death toll as high as 150,000".
    const anchoredRange = lb >= 0 && ((fig.form === 'range' && tokens[fig.start]!.norm === 'between') || (tokens[fig.start]!.norm === 'as' && fig.numStart > fig.start)) && ANCHORS.has(tokens[lb]!.norm);
    if (linking || anchoredRange || (lb >= 0 && THRESHOLD_VERBS.has(tokens[fig.start]!.norm))) {
      const from = Math.max(0, fig.start - 28);
      let pastAside = false;
      for (let k = (linking ? lb - linking.length : fig.start - 1); k >= from; k--) {
        const t = tokens[k]!;
        // "The death toll, which stood at 40 on Friday, climbed to 62": read past the aside with the old figure.
        if (prevFig && !pastAside && k === prevFig.end - 1 && isIncrement(tokens, prevFig)) { k = prevFig.start - 1; pastAside = true; continue; }
        if (prevFig && !pastAside && k === prevFig.end - 1) {
          const aside = asideStart(tokens, prevFig.start, prevFig.end);
          if (aside >= 0 && tokens.slice(prevFig.end, fig.start).some((x) => x.text === ',')) { k = aside; pastAside = true; continue; }
        }
        if (t.text === ';' || (prevFig && !pastAside && k < prevFig.end)) break;
        const noun = cueNouns.endingAt(tokens, k, 4) ?? cueNouns.at(tokens, k);
        let verb = cuesAfter.endingAt(tokens, k, 4) ?? cuesAfter.at(tokens, k);
        // "in last week's fighting", "the fighting": a noun after a possessive or determiner, not a verb of the count.
        if (verb && verb.length === 1 && (tokens[k - 1]?.norm === "'s" || DETERMINERS.has(tokens[k - 1]?.norm ?? ''))) verb = null;
        // "the number of people killed in fighting …": the noun after a preposition.
        if (verb && usedAsNoun(tokens, k, verb.key)) verb = null;
        const anchor = ANCHORS.has(t.norm) ? t.norm : null;
        // "the number of people arriving … had passed 30,000": a number, total or count of no metric's people is none;
        // a toll is of the dead.
        // "150 more officers had been deployed, bringing the number of officers there to nearly 1,000": a number a
        // count just framed in the sentence brings up is of the same metric (the people named must be of its group).
        const raised = !verb && !noun && anchor === 'number' && tokens[k - 1]?.norm === 'the' && RAISING_VERBS.has(tokens[k - 2]?.norm ?? '') && prevFrame !== null
          && prevFrame.subject !== null && personNouns.at(tokens, k + 2)?.value === prevFrame.subject.group ? prevFrame.metric : null;
        if (!verb && !noun && !raised && anchor && anchor !== 'toll' && anchor !== 'tally' && tokens[k + 1]?.norm === 'of') break;
        if (verb || noun || anchor) {
          metric = verb?.value ?? noun?.value ?? raised ?? 'killed';
          if (anchor === 'toll' && tokens[k - 1]?.norm === 'casualty') metric = 'casualties';
          cueStart = k;
          cueEnd = k + 1;
          rule = 'linking';
          // Subject: "the number of X ..." or the noun phrase before the cue.
          let ofIdx = -1;
          for (let q = k; q >= Math.max(from, k - 8); q--) if (tokens[q]!.norm === 'of' && ANCHORS.has(tokens[q - 1]?.norm ?? '')) { ofIdx = q; break; }
          if (ofIdx < 0 && anchor && tokens[k + 1]?.norm === 'of') ofIdx = k + 1; // the anchor itself: "the number of …
          let npStart = ofIdx >= 0 ? ofIdx + 1 : k;
          // The noun phrase stops at a participle that governs it: "bringing its total losses".
          // Nor past the speaker's verb: "the General Staff puts Russian losses at …".
          if (ofIdx < 0) while (npStart > from && npStart > k - 6 && tokens[npStart - 1]!.kind === 'word' && !NP_LEFT_STOPS.has(tokens[npStart - 1]!.norm) && !SPEECH_VERBS.has(tokens[npStart - 1]!.norm) && !isParticipleBefore(tokens, npStart - 1)) npStart--;
          const s = readSubjectAfter(tokens, npStart);
          if (s?.nonPerson) return { reason: `not-people:${s.nonPerson}` };
          const elided = s && s.headEnd - s.start === 1 && ELIDED_HEAD_CUES.has(tokens[s.start]!.norm);
          // "Among the dead were 12 children": the figure names its own people; they are the subject.
          const ownNoun = subject !== null && !subject.anaphoric && sub !== null;
          if (ownNoun) {
            // keep the figure's own noun phrase
          } else if (elided) {
            subject = ctx.lastSubject ? subjectWith(ctx.lastSubject, { anaphoric: true }) : null;
          } else if (s && !s.nonPerson && s.start < k + 1) {
            const text = phraseText(tokens, s.start, s.end, sentence, base);
            // "its total losses": the possessor is the country named last before it in the sentence.
            const possessor = POSSESSIVE_PRONOUNS.has(tokens[npStart]!.norm) ? lastCountryBefore(tokens, npStart) : null;
            subject = { text, country: countryOfPhrase(tokens, s.start, s.end) ?? possessor, group: s.group, start: s.start, end: s.end, anaphoric: false };
          } else if (anchor === 'toll' || anchor === 'tally') {
            subject = ctx.lastSubject ? subjectWith(ctx.lastSubject, { anaphoric: true }) : null;
          }
          // "The number of injured is approaching 1,000": a cue noun straight after "number of".
          if (!verb && noun && ofIdx >= 0) metric = noun.value;
          if (anchor && !verb && !noun) {
            // Find a cue between the anchor and the figure ("the number of troops killed ... had passed").
            for (let q = k + 1; q < fig.start; q++) {
              const v = cuesAfter.at(tokens, q) ?? cueNouns.at(tokens, q);
              if (v) { metric = v.value; break; }
            }
            let own = false;
            for (let q = k; q < fig.start; q++) if (cuesAfter.at(tokens, q) || cueNouns.at(tokens, q)) own = true;
            // "the number of settlements under evacuation orders to 213": things, not people, are counted.
            if (anchor !== 'toll' && anchor !== 'tally' && !own && ofIdx >= 0 && !s) return { reason: 'not-people:number-of' };
            if (anchor !== 'toll' && anchor !== 'tally' && !own) metric = ctx.lastMetric;
          }
          break;
        }
      }
    }
  }

  // "Among them were 12 children", "among those killed were …" after a count: part of the people of the count before.
  if (!metric && lb >= 1 && ctx.lastMetric && BE_PAST.has(tokens[lb]!.norm) && BACK_PRONOUNS.has(tokens[lb - 1]!.norm) && tokens[lb - 2]?.norm === 'among') {
    metric = ctx.lastMetric;
    rule = 'among-them';
    cueStart = lb - 2;
    cueEnd = lb + 1;
  }

  // "Of those, 27 were children", "Of the dead, 40 were soldiers": a part of the people counted before,
  // or of the people a cue noun names, set before the figure.
  if (!metric && (subject ? !subject.anaphoric : true)) {
    const part = frontedPartitive(tokens, fig.start);
    // "of whom 18,000 …" inside a sentence refers to the figure before it, which must be a claim itself.
    const wholeIsClaim = !prevFig || prevFrame?.figure === prevFig;
    const partMetric = part ? part.metric ?? (wholeIsClaim ? ctx.lastMetric : null) : null;
    if (part && partMetric) {
      metric = partMetric;
      rule = 'fronted-partitive';
      cueStart = part.start;
      cueEnd = part.end;
    }
  }

  // "recorded more than 600 aftershocks": a counting verb counts people only; a noun of another kind says what.
  // "killing 12 people, two of them children": a part of the people just counted, by the same metric.
  // The count may be the one framed last in this sentence past figures that count no one ("21 people died in
  // 24 hours, two of them police officers"), or the last sentence's when it is this one's first ("Twenty-five of them were …",
  // "The mission said 570 of them were children").
  // Not the object of another verb: "Below, we remember four of them" counts no one.
  if (!metric && partOfThem && ctx.lastMetric && !objectOfVerb(tokens, fig.start) && ((prevFig && prevFrame?.figure === prevFig) || (prevFrame !== null && prevFig !== null && prevFrame.figure.end <= prevFig.start) || !prevFig)) {
    metric = ctx.lastMetric;
    rule = 'part-of-them';
  }

  if (!metric && leftIsCounting && ctx.lastMetric && !countsOtherThings(tokens, fig.end)) {
    metric = ctx.lastMetric;
    rule = 'counting-verb';
    cueStart = lb;
    cueEnd = lb + 1;
  }

  // "three children aged 4, 9 and 15": a list of ages goes on being ages.
  if (!metric) {
    let q = fig.start - 1;
    while (q >= 0 && (tokens[q]!.text === ',' || tokens[q]!.norm === 'and' || tokens[q]!.kind === 'num')) q--;
    if (q < fig.start - 1 && (tokens[q]?.norm === 'aged' || tokens[q]?.norm === 'ages')) return { reason: 'age' };
  }
  if (!metric && prevFrame && prevFig) {
    // Coordination: "2,000 bodies ... and another 900 were lying in morgues", "Tartus for 433".
    const between = tokens.slice(prevFig.end, fig.start).map((t) => t.norm);
    const nextWord = tokens[fig.end];
    const elided = !subject || subject.anaphoric;
    const startsNoun = !!nextWord && nextWord.kind === 'word' && /^[a-z]/.test(nextWord.text) && !AUX.has(nextWord.norm) && !NOT_NOUN_STARTS.has(nextWord.norm);
    const newClause = between.includes('that') || between.some((w) => SPEECH_VERBS.has(w) && w !== 'put');
    // "429 bodies were recovered and 95 people were charged": a verb of its own that is no cue ends the borrowing.
    const ownVerb = ownNonCueVerb(tokens, subject ? subject.end : fig.end);
    // "30 members of the security forces, 21 local Druze fighters and 10 civilians": a list's middle item.
    const listComma = between[between.length - 1] === ',' && between.length <= 8 && listContinues(tokens, subject ? subject.end : fig.end);
    // "killed 31 bandits and recovered 19 rifles": another verb between starts another count.
    const verbAt = skipBack(tokens, fig.start - 1);
    const otherVerb = verbAt > prevFig.end && tokens[verbAt]!.kind === 'word' && /^[a-z]+ed$/.test(tokens[verbAt]!.text) && !cuesBefore.at(tokens, verbAt) && !cuesAfter.at(tokens, verbAt) && !AUX.has(tokens[verbAt]!.norm);
    // "four dead: two members of the security forces, …": a list opened by a colon just after the count (a breakdown, as
    // frameFigures found it). The count before the colon must be the one framed: a rejected figure opens no list.
    const colonList = breakdown && tokens[fig.start - 1]?.text === ':' && prevFrame.figure === prevFig;
    if (!newClause && !ownVerb && !otherVerb && (listComma || colonList || between.includes('and') || between.includes('while') || between.includes('or') || between.includes('including') || between.includes('among') || followedBy(between) || tokens[fig.start - 1]?.norm === 'another' || alongWith(tokens, fig.start)) && !(elided && startsNoun)) {
      metric = prevFrame.metric;
      rule = 'coordination';
      if (!subject) subject = prevFrame.subject ? subjectWith(prevFrame.subject, { anaphoric: true }) : null;
    }
  }

  if (!metric && subject && subject.group === 'military') {
    // Presence: "1,000 combat engineers were already in Russia", "11,000 troops in Kursk".
    // "were currently in Russia's Kursk region", "has some 4,400 soldiers in the mission": past adverbs, and a mission or
    // force named by its noun is a place of service too.
    // ("about 7,500 peacekeepers from 48 countries in southern Lebanon": where they come from is passed over; "are
    // currently with Undof": serving with a mission named is being there.)
    let reach = Math.min(limit, after + 6);
    for (let k = after; k < reach; k++) {
      if (tokens[k]!.norm === 'from' && k === after) {
        let q = k + 1;
        while (q < Math.min(limit, k + 7) && tokens[q]!.norm !== 'in' && (tokens[q]!.kind === 'num' || isWord(tokens[q]))) q++;
        if (tokens[q]?.norm === 'in') { reach = Math.min(limit, q + 2); k = q - 1; continue; }
        break;
      }
      // "in eastern Congo": a direction before the place.
      const placeAt = DIRECTION_WORDS.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
      // ("600 soldiers already on the Cape Flats": on a place named.)
      const onPlace = tokens[k]!.norm === 'on' && tokens[k + 1]?.norm === 'the' && isCap(tokens[k + 2]);
      if (onPlace || ((tokens[k]!.norm === 'in' || (tokens[k]!.norm === 'with' && k > after && isCap(tokens[k + 1]))) && (isCap(tokens[placeAt]) || (tokens[k + 1]?.norm === 'the' && SERVICE_NOUNS.has(tokens[k + 2]?.norm ?? ''))))) {
        metric = 'deployed';
        rule = 'presence';
        cueStart = k;
        cueEnd = k + 2;
        break;
      }
      if (!AUX.has(tokens[k]!.norm) && !PRESENCE_ADVERBS.has(tokens[k]!.norm)) break;
    }
  }

  // "72, including 59 protesters, 10 prisoners and three police": a breakdown's noun names who, not what happened.
  if (breakdown && prevFrame && rule === 'noun' && metric !== prevFrame.metric && !right) {
    metric = prevFrame.metric;
    rule = 'breakdown-noun';
  }
  // "treated 37 people for gunshot and machete wounds", "63 patients with gunshot and blast wounds": the people counted
  // carry wounds.
  if (!metric && subject && !subject.anaphoric) {
    const wound = woundPhraseAfter(tokens, after, limit);
    if (wound) {
      metric = 'wounded';
      cueStart = wound.start;
      cueEnd = wound.end;
      rule = 'wound-phrase';
    }
  }
  if (!metric) return { reason: 'no-metric' };
  // "The average age of those arrested was 54": an age, whatever the cue.
  // So is "the youngest man freed was 22 and the oldest 61".
  if ((rule === 'linking' || rule === 'coordination') && tokens.slice(Math.max(0, fig.start - 8), fig.start).some((t) => AGE_WORDS.has(t.norm))) return { reason: 'age' };
  // Presence counts forces: "1,000 refugees are in the country" deploys no one.
  const presence = metric === 'deployed' && rule === 'verb-after' ? tokens.slice(cueStart, cueEnd).map((t) => t.norm).join(' ') : '';
  if (presence && PRESENCE_CUES.has(presence) && subject?.group !== 'military') {
    if (!headCue && MOVED_CUES.has(presence)) {
      // "3,000 civilians were moved to safer areas": people moved out of danger are displaced.
      metric = 'displaced';
      rule = 'verb-after+displaced';
    } else {
      // "1.3 million refugees are in the country": the noun still says what they are.
      if (!headCue) return { reason: 'presence-not-forces' };
      metric = headCue.value;
      rule = 'noun';
    }
  }
  // "moved nearly 2,000 residents … to safer places": civilians moved out of harm's way are displaced; so are civilians
  // an authority moves anywhere ("have moved 141,208 civilians from border districts"): troops are what it deploys.
  if (metric === 'deployed' && rule === 'verb-before' && subject && (subject.group === 'civilian' || (subject.group === 'people' && left?.key === 'moved')) && (right?.metric === 'displaced' || left?.key === 'moved')) {
    metric = 'displaced';
    rule = 'verb-before+displaced';
  }
  // "detained 214 … Of those, 37 were later released": people freed from a state's custody were
  // detainees, not captives (annotation decision 3), when they are the people just counted as detained.
  if (metric === 'captured' && ctx.lastMetric === 'detained' && (subject === null || subject.anaphoric) && RELEASED_FROM.has(tokens[cueStart]?.norm ?? '')) metric = 'detained';
  // "freed 6,010 prisoners … in its annual amnesty": only a state grants an amnesty, so they were its prisoners.
  // ("Amnesty International" is a name: the word counts only in lower case.)
  // Within the figure's neighbourhood only: a sentence of many figures stays linear.
  if (metric === 'captured' && tokens.slice(Math.max(0, fig.start - 30), fig.end + 30).some((t) => AMNESTY_WORDS.has(t.text))) metric = 'detained';
  // "500 detainees were released", "pardoned 300 inmates": people freed from a state's custody (decision 3).
  if (metric === 'captured' && subject && CUSTODY_HEADS.has(tokens[subject.end - 1]?.norm ?? '') && (RELEASED_FROM.has(tokens[cueStart]?.norm ?? '') || RELEASE_VERBS.has(tokens[cueStart]?.norm ?? ''))) metric = 'detained';
  // "has returned 312 people to France", "returned 40 migrants to Libya": people sent back to a country were removed,
  // not freed from captivity (whom an exchange returns are servicemen, prisoners, civilians held: named so).
  if (metric === 'captured' && subject && tokens[cueStart]?.norm === 'returned' && RETURNED_AWAY_HEADS.has(tokens[subject.end - 1]?.norm ?? '') && tokens[subject.end]?.norm === 'to' && countryAt(tokens, subject.end + 1)) metric = 'displaced';

  // "Russian losses … had exceeded 1,200 killed and wounded": the counted people are named before the verb.
  if ((!subject || subject.anaphoric) && !partitiveCue) {
    for (let k = fig.start - 1; k >= Math.max(0, fig.start - 8); k--) {
      if (tokens[k]!.text === ',' || (prevFig && k < prevFig.end)) break;
      const noun = LOSS_NOUNS.has(tokens[k]!.norm) ? k : -1;
      if (noun >= 0) {
        let s0 = noun;
        // "Russia's battlefield losses": back over a modifier and the possessive to the country.
        while (s0 > 0 && s0 > noun - 4 && (countryAt(tokens, s0 - 1) || /^[A-Z]/.test(tokens[s0 - 1]!.text) || tokens[s0 - 1]!.norm === "'s" || (s0 === noun && /^[a-z]+$/.test(tokens[s0 - 1]!.text) && tokens[s0 - 2]?.norm === "'s"))) s0--;
        const country = countryOfPhrase(tokens, s0, noun);
        if (country) subject = { text: phraseText(tokens, s0, noun + 1, sentence, base), country, group: 'military', start: s0, end: noun + 1, anaphoric: false };
        break;
      }
    }
  }
  // A figure whose subject is missing borrows the one before it ("and 47 wounded").
  // Not when the earlier subject names people by another metric: "32 bodies and 157 injured" counts injured people, not bodies.
  if (!subject) {
    if (prevFrame && borrowable(prevFrame.subject, metric) && prevFig) subject = subjectWith(prevFrame.subject, { anaphoric: true });
    // "put Ukraine's military dead at 46,000, with about 380,000 wounded": the wounded are of the same side, though the
    // noun before named the dead.
    else if (prevFrame?.subject && prevFig && (prevFrame.subject.country || prevFrame.subject.group !== 'people') && tokens.slice(prevFig.end, fig.start).every((t) => t.text !== ';' && t.text !== '.')) {
      const words = prevFrame.subject.text.split(' ');
      subject = subjectWith(prevFrame.subject, { anaphoric: true, text: words.length > 1 ? words.slice(0, -1).join(' ') : 'people' });
    }
    // "more than 1.1 million people need food aid, and about 520,000 are displaced": people this sentence counts
    // without a claim are whom its next figure counts, not the last sentence's subject.
    else if (prevFig && prevFrame?.figure !== prevFig && personNouns.at(tokens, prevFig.end)) {
      const own = readSubjectAfter(tokens, prevFig.end);
      if (own) subject = { text: phraseText(tokens, own.start, own.end, sentence, base), country: countryOfPhrase(tokens, own.start, own.end), group: own.group, start: own.start, end: own.end, anaphoric: true };
    }
    else if (borrowable(ctx.lastSubject, metric)) subject = subjectWith(ctx.lastSubject, { anaphoric: true });
  }
  if (!subject) subject = { text: 'people', country: null, group: 'people', start: fig.start, end: fig.end, anaphoric: true };

  // Country from the agent of loss or deployment: "Pyongyang sent 11-12,000 troops", "Ukraine has lost
  // 45,100 soldiers", "soldiers sent by North Korea", "North Korea has suffered 4,700 casualties".
  let agentCountry: string | null = null;
  const verbAt = rule === 'verb-before' || rule === 'loss-verb' ? cueStart : -1;
  const agent = agentCountryBefore(tokens, verbAt >= 0 ? verbAt : fig.start);
  if (agent) agentCountry = agent.code;
  const leftKey = left?.key ?? '';
  // Who lost them: "North Korean units in Kursk have lost hundreds", "Russian forces have lost 1,200".
  // The loser's own words name the people counted better than a place near the verb.
  if (rule === 'loss-verb' || (rule === 'verb-before' && LOSS_VERBS.has(leftKey))) {
    const loser = loserBefore(tokens, cueStart);
    if (loser && !(subject.country && !subject.anaphoric)) {
      subject = subjectWith(subject, { country: loser.country ?? subject.country, group: loser.military && subject.group === 'people' ? 'military' : subject.group });
    }
  }
  // "Kenya, which has around 3,500 soldiers in Jubaland": forces a state has somewhere are its own.
  const hasForces = rule === 'presence' && HAVE_FORMS_OF_PRESENCE.has(tokens[skipBack(tokens, fig.start - 1)]?.norm ?? '');
  if (!subject.country && !subject.anaphoric && agent && (DEPLOY_AGENT_VERBS.has(leftKey) || (metric === 'deployed' && (rule !== 'presence' || hasForces)))) subject = subjectWith(subject, { country: agent.code });
  if (!subject.country && metric === 'deployed') {
    for (let k = after; k < Math.min(limit, after + 5); k++) {
      if (tokens[k]!.norm === 'by') {
        const c = countryAt(tokens, k + 1);
        if (c) subject = subjectWith(subject, { country: c.code });
        break;
      }
    }
  }
  if ((rule === 'noun' || (rule === 'verb-after' && CASUALTY_HEADS.has(tokens[subject.end - 1]?.norm ?? '') && !subject.anaphoric)) && agent && (tokens.slice(agent.end, fig.start).some((t) => t.norm === 'suffered' || t.norm === 'lost' || t.norm === 'sustained'))) {
    subject = subjectWith(subject, { text: phraseText(tokens, agent.start, agent.end, sentence, base), country: agent.code, group: subject.group === 'people' ? 'military' : subject.group });
  }
  if (rule === 'loss-verb' && agent && !subject.country) subject = subjectWith(subject, { country: agent.code });
  // "Russian forces suffered 920 casualties", "920 casualties Russian forces suffered": a casualty noun
  // counts the people of whoever suffered them.
  // (So do "suffered more than 1.3 million casualties, killed and wounded": the participles after the noun are its verb.)
  if ((rule === 'noun' || rule === 'verb-after') && !agent && !subject.anaphoric && CASUALTY_HEADS.has(tokens[subject.end - 1]?.norm ?? '')) {
    const suffered = sufferedBy(tokens, fig, subject.end);
    if (suffered) {
      subject = subjectWith(subject, { text: phraseText(tokens, suffered.start, suffered.end, sentence, base), country: suffered.country ?? subject.country, group: suffered.military || subject.group === 'people' ? 'military' : subject.group });
    }
  }
  // Repatriation: "returned the bodies of 909 soldiers to Russia", "handed over 120 prisoners to Ukraine":
  // the people go home to the country named after "to".
  if (!subject.country && tokens.slice(Math.max(0, fig.start - 5), fig.start).some((t) => REPATRIATION_WORDS.has(t.norm))) {
    const from = Math.max(after, subject.end);
    for (let k = from; k < Math.min(limit, from + 3); k++) {
      if (tokens[k]!.norm !== 'to') continue;
      const c = countryAt(tokens, k + 1);
      if (c && c.kind !== 'demonym' && c.kind !== 'place') subject = subjectWith(subject, { country: c.code });
      break;
    }
  }

  // Coreference (decision 9): "Ukrainian soldiers killed … some 380,000 soldiers wounded", "Four minors
  // are among those still missing" after Russian civilians: the same kind of people, counted just before.
  // Not where the phrase names nations of its own that give no one country ("Russian and North Korean troops").
  // A breakdown ("61 Palestinians …, including 19 aid seekers") is part of its whole, whatever its group.
  const last = ctx.lastSubject;
  const whole = breakdown ? prevFrame?.subject ?? null : null;
  if (!subject.country && !namesNation(tokens, subject.start, subject.end)) {
    if (whole?.country) subject = subjectWith(subject, { country: whole.country });
    // Peacekeepers and monitors come from many states: none of them is the country of the forces named before.
    // Nor are those who attacked them ("ten Nigerien soldiers were killed … the army had killed around forty of the attackers").
    else if (last?.country && subject.group !== 'people' && last.group === subject.group && !agent && !MULTINATIONAL_HEADS.has(tokens[subject.end - 1]?.norm ?? '')
      && !(ASSAILANT_NOUNS.has(tokens[subject.end - 1]?.norm ?? '') && !last.text.toLowerCase().endsWith(tokens[subject.end - 1]!.norm))) subject = subjectWith(subject, { country: last.country });
  }

  // "The service holds more than 80,000 inmates", "Of these, some 2,400 had been convicted": people a state holds in its
  // prisons are detained, not taken captive (read on the final subject, an antecedent's included).
  if (metric === 'captured' && PRISON_HELD.test(subject.text)) metric = 'detained';
  // "41 bodies of Russian soldiers were sent the other way": the dead are moved, not deployed; a count of bodies is of the killed.
  if (metric === 'deployed' && !subject.anaphoric && BODY_HEADS.has(tokens[subject.start]?.norm ?? '')) metric = 'killed';
  // Housed where they were sent: forces and captives housed somewhere are no displaced people.
  if (metric === 'displaced' && tokens[cueEnd - 2]?.norm === 'housed' && (subject.group === 'military' || PRISON_HELD.test(subject.text) || CAPTIVE_HEADS.test(subject.text))) return { reason: 'housed-not-displaced' };
  // "4,812 people had been sent back through the crossings": people (not forces) sent back are deported, displaced.
  if (metric === 'deployed' && subject.group !== 'military' && (tokens[cueEnd]?.norm === 'back' || tokens[cueEnd - 1]?.norm === 'back')) metric = 'displaced';
  // "has detained three more UN staff, bringing to 62 the number of UN personnel it is holding": held by whoever the
  // sentence says detained them, the people held are detainees.
  if (metric === 'captured' && HOLD_WORDS.has(tokens[cueEnd - 1]?.norm ?? '') && detainingBefore(tokens, Math.min(cueStart, fig.start))) metric = 'detained';
  // "had taken 16 suspects into custody": taken, then "into custody" after the people taken, is an arrest.
  if (metric === 'captured' && rule === 'verb-before' && !subject.anaphoric && tokens[subject.end]?.norm === 'into' && (tokens[subject.end + 1]?.norm === 'custody' || tokens[subject.end + 1]?.norm === 'detention')) metric = 'detained';
  // "The group holds about 9,000 suspected fighters in prisons", "the facility had held about 2,500 prisoners": people
  // held in a prison are its detainees, whoever runs it.
  if (metric === 'captured' && (rule === 'noun+held' || (rule === 'verb-before' && HOLD_VERBS.has(tokens[cueEnd - 1]!.norm))) && prisonNear(tokens, cueStart - 4, Math.min(limit, after + 8))) metric = 'detained';

  return { figure: fig, metric, subject, cueStart, cueEnd, rule, agentCountry };
}

/** Where the name of a body starting at `s` ends: words (and a bracketed acronym) up to a verb, a cue or a clause word; bounded. */
function bodyNameEnd(tokens: readonly Token[], s: number): number {
  let e = s;
  while (e < tokens.length && e < s + 14) {
    if (tokens[e]!.text === '(' && tokens[e + 2]?.text === ')' && isShortAcronym(tokens[e + 1])) { e += 3; continue; }
    if (!(isWord(tokens[e]) || tokens[e]!.norm === "'s") || (AUX.has(tokens[e]!.norm) && tokens[e]!.norm !== 'of') || SPEECH_VERBS.has(tokens[e]!.norm) || tokens[e]!.norm === 'who' || tokens[e]!.norm === 'and' || (e > s && tokens[e]!.norm !== 'of' && cuesAfter.at(tokens, e))) break;
    e++;
  }
  return e;
}

/** Do tokens [s, e) name an armed body ("the extremist group", "the Turkish-backed factions", "an armed militia")? */
function armedCollective(tokens: readonly Token[], s: number, e: number): boolean {
  if (e <= s) return false;
  const head = tokens[e - 1]!.norm;
  if (ARMED_COLLECTIVES.has(head)) return true;
  if (!MODIFIED_COLLECTIVES.has(head)) return false;
  for (let k = s; k < e - 1; k++) if (HOSTILE_MODIFIERS.has(tokens[k]!.norm)) return true;
  return false;
}
