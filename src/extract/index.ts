/**
 * The extractor: an article in, its claims out (spec: ../shared/spec/claims.md). Pure and
 * synchronous. The stages run in this order, each in its own file:
 *   segment → figures → frame → attribution → time → qualify → assemble
 * A sentence with no figure goes no further than a cheap check for a report cue (to keep the
 * register of named sources), so the costly stages run only where a figure is.
 */
import type { Claim, Extraction, SourceLink } from '../core/claim.ts';
import type { Article } from '../core/article.ts';
import { cueFor, findCues, registerNamedSubject, SourceRegister, type AttributionContext, type Cue, type NamedBeforeToken, type RegisteredSource } from './attribution.ts';
import { countriesIn, countryAt, mayNameCountry } from './countries.ts';
import { BELIEF_VERBS, NOT_SPEAKER_LABELS, OWN_TEXT_NOUNS, SPEECH_VERBS } from './data/attribution.ts';
import { LEAVING_CUES, MOVEMENT_CUES } from './data/metrics.ts';
import { ASSAILANT_NOUNS, DIRECTION_WORDS } from './data/nouns.ts';
import { findFigures } from './figures.ts';
import { frameFigures, type Frame, type FrameContext } from './frame.ts';
import { defaultGazetteer, type Gazetteer } from './gazetteer.ts';
import { namesSource, spelledAcronyms, typeSource, type SourceContext, type TypedSource } from './sources.ts';
import { findLocation, findPeriod, isHedged } from './qualify.ts';
import { openQuotation, opensQuotation, QuoteTracker, withAttribution, type OpenQuotation } from './quotation.ts';
import { leadingDateline, storySentences, type Sentence } from './segment.ts';
import { isoDay, parsePublished, saysSameDay, statementDate } from './time.ts';
import { tokenize, TokenWords, type Token } from './tokens.ts';
import { isShouting, truecase } from './truecase.ts';
import { voicesOf, type Voice } from './voice.ts';

export interface ExtractOptions {
  gazetteer?: Gazetteer;
  /** Called with each figure that was read but rejected, and why (debugging). */
  onReject?: (info: { sentence: string; figure: string; reason: string }) => void;
}

interface DocState {
  register: SourceRegister;
  frameCtx: FrameContext;
  lastCountry: string | null;
  lastPlace: string | null;
  documentCountryOf: () => string | null;
  /** The country named in most sentences other than `country`: whom a side calls "the enemy". */
  otherSideOf: (country: string) => string | null;
  published: Date | null;
  /** `published` as YYYY-MM-DD, the default statement day. */
  publishedDay: string | null;
  gazetteer: Gazetteer;
  /**
   * Calendar dates already read in this document's attribution clauses: a clause is asked once
   * for each figure it attributes and again for its speaker, and each reading is a chrono pass.
   */
  calendarDays: Map<string, string | null>;
  publisher: string | null;
  /** The day a timeline entry opens with ("November 2024 — …"), for the statements of its paragraph. */
  entry: { paragraph: number; day: string | null } | null;
  /** The speaker of the transcript turn the current paragraph is, if it is one. */
  turn: { paragraph: number; speaker: string } | null;
  /** Acronyms the text spells out, for sources named by them alone. */
  acronyms: ReadonlyMap<string, string>;
  /** The guest an interview's introduction names, whose answers the text then gives. */
  guest: string | null;
  /** A reproduced statement the current sentence is inside (voice.ts), with the day its lead-in gives. */
  voice: (Voice & { day: string | null }) | null;
  /** The publisher when it publishes its own release: who "we" are (publisherVoice). */
  ownVoice: RegisteredSource | null;
}

// A digit settles it in one fast scan; only sentences without one are searched for number words.
const DIGIT = /\d/;
const NUMBER_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|dozens|hundreds|thousands|millions|scores)\b/i;
const NUMBER_WORDS_ALL = new RegExp(NUMBER_WORD.source, 'gi');
const mayHoldFigure = (text: string): boolean => DIGIT.test(text) || NUMBER_WORD.test(text);
type CountryMentions = ReturnType<typeof countriesIn>;
// A story of an exchange of prisoners (frame.ts reads "returned home" in it as back from captivity). Anchored on fixed words: linear.
const EXCHANGE_STORY = /\b(?:prisoners? of war|POWs?|captivity|prisoner (?:exchange|swap)|(?:exchanges?|swaps?) of (?:prisoners|bodies|POWs|captives))\b/i;

/** Forces of a state, as opposed to rebels, militias or foreign troops named by their country. */
const STATE_FORCES = /\b(?:security forces|security personnel|government forces|government troops|government soldiers|armed forces|army|police|policemen|police officers|border guards|soldiers of the state|junta)\b/i;
const NON_STATE = /\b(?:rebel|insurgent|militia|paramilitary|liberation)/i;
/** Armed groups that attack a state's forces. Bounded alternation: linear. */
const NON_STATE_ATTACKERS = /\b(?:militants?|jihadists?|gunmen|insurgents?|rebels?|bandits|terrorists|extremists|al-Shabaab|Shabaab|JNIM|Boko Haram|ISWAP|Islamic State|TTP|Taliban|separatists|guerrillas?|Maoists?|ELN|ADF)\b/i;
/**
 * Words that open or close an attribution that names a source later sentences may refer back to:
 * a sentence without a figure is read only if it holds one (most do not, and reading one costs).
 */
const QUICK_CUE_WORDS = ['said', 'says', 'say', 'told', 'tells', 'added', 'according', 'reported', 'estimated', 'estimate', 'confirmed', 'announced', 'wrote', 'citing', 'stated', 'counted', 'recorded', 'believed', 'believes', 'claimed', 'put', 'puts'];
const QUICK_CUE = new RegExp(`\\b(?:${QUICK_CUE_WORDS.join('|')})\\b`, 'i');
/** Words that attribute only the figure beside them ("given by", "per", "quoted as saying"): looked for in sentences with a figure. */
const FIGURE_CUE_WORDS = ['per', 'based', 'given', 'provided', 'compiled', 'issued', 'quoted', 'found', 'concluded', 'gives', 'gave', 'count', 'tally', 'tallies', 'reckoning', 'saying', 'telling', 'communicated'];

export function extract(article: Article, options: ExtractOptions = {}): Extraction {
  const gazetteer = options.gazetteer ?? defaultGazetteer;
  const text = article.text;
  const published = parsePublished(article.published);
  // Whether the story tells of an exchange of prisoners: read the first time a figure asks (few do).
  let exchange: boolean | undefined;
  const state: DocState = {
    register: new SourceRegister(),
    frameCtx: { lastSubject: null, lastMetric: null, exchange: () => (exchange ??= EXCHANGE_STORY.test(text) || EXCHANGE_STORY.test(article.title ?? '')) },
    lastCountry: null,
    lastPlace: null,
    documentCountryOf: () => null,
    otherSideOf: () => null,
    published,
    publishedDay: published ? isoDay(published) : null,
    gazetteer,
    calendarDays: new Map(),
    publisher: article.publisher ?? null,
    entry: null,
    acronyms: spelledAcronyms(text),
    turn: null,
    guest: null,
    voice: null,
    ownVoice: null,
  };
  const ownRelease = publisherVoice(article.publisher ?? null, gazetteer);
  // Not in the register: a later "Amnesty International Kenya" is its own body, not the publisher named again.
  if (ownRelease) state.ownVoice = { ...ownRelease, origin: [], date: null };
  // The document's most-named country is a last resort for unplaced sources; it costs a pass over
  // every sentence (segmented again: the reading loop below keeps none), so it is computed the
  // first time a source needs it.
  let ranked: string[] | undefined;
  const countriesByMentions = (): string[] => (ranked ??= rankCountries(storySentences(text), leadingDateline(text), publisherPlace(article.publisher ?? null), article.publisher ?? null));
  state.documentCountryOf = () => countriesByMentions()[0] ?? null;
  state.otherSideOf = (country) => countriesByMentions().find((c) => c !== country) ?? null;

  const body: Claim[] = [];
  // Sentences after the last figure of the text can change nothing that is reported: what they
  // register (sources, speakers' days, the country last named) only serves sentences after them.
  // …except one that names the source of the figures before it ("The figures came from X."), read too.
  const lastFigure = Math.max(lastFigureIndex(text), lastBackSourceIndex(text));
  // An interview's guest (typed from its introduction) and the stretches the guest speaks: [start, end, paragraph].
  let guestLink: SourceLink | null = null;
  const guestSpans: Array<[number, number, number]> = [];
  // An interview set out as questions and answers ("Q: …", "A: …"): its introduction may name the guest.
  const questionsAndAnswers = Q_TURN.test(text) && A_TURN.test(text);
  let interviewDay: string | null = null;
  // A transcript: two or more paragraphs open with a speaker's label; the labels whose turns ask questions are its hosts'.
  const labels = transcriptLabels(text);
  const transcript = labels.lines >= 2;
  const questioners = transcript ? labels.questioners : new Set<string>();
  // Reproduced statements (voice.ts): what they say without a source of their own is their body's.
  // A voice named by a bare heading counts only where the heading names a source ("Ministry of Defence of Armenia, 16 November:").
  const voices = voicesOf(text).filter((v) => !v.heading || namesSource(v.speaker, gazetteer));
  let nextVoice = 0;
  // The attribution of the last sentence read that had one, for reported speech running on in its paragraph.
  let lastSpoken: { paragraph: number; source: SourceLink[]; asOf: string | null } | null = null;
  // Where the story's quotation marks open and close, read once as the sentences go by (quotation.ts), and the
  // attribution of the last quotation closed in the current paragraph ("…," said Dr X).
  const quotes = new QuoteTracker(text);
  let quoteSpeaker: { paragraph: number; attribution: string } | null = null;
  // The quotation the current sentence is inside, when its attribution closes it in a later sentence (quotation.ts).
  let quotation: OpenQuotation | null = null;
  // Set when a sentence in capitals was read as prose: its claims' evidence is then restored to the text as written.
  let truecased = false;
  for (const read of storySentences(text)) {
    if (read.start > lastFigure) break;
    // A line in capitals (a ticker, a cable) is read as prose would case it (truecase.ts).
    // Asked of every sentence by several stages below: answered once (truecasing changes no letter but its case).
    const holdsFigure = mayHoldFigure(read.text);
    const shouting = read.reading === undefined && holdsFigure && isShouting(read.text);
    if (shouting) truecased = true;
    const s = shouting ? { ...read, text: truecase(read.text, gazetteer) } : read;
    // A chronology's entry ("November 2024 — The monitor counts …", "23 December: …") dates what its paragraph reports.
    const entry = TIMELINE_ENTRY.exec(s.text);
    if (entry) state.entry = { paragraph: s.paragraph, day: statementDate(entry[1]!, published, state.calendarDays) ?? statementDate(`in ${entry[1]!}`, published, state.calendarDays) };
    else if (state.entry && state.entry.paragraph !== s.paragraph) state.entry = null;
    // A transcript's turn ("QUISPE: On that single day 18 people were killed …"): what the paragraph says without
    // a cue of its own is the labelled speaker's statement. A dateline ("KYIV:") opens only the first paragraph.
    // An interview's guest, named in its introduction ("we speak to Dr. X, emergency coordinator for Y"), is registered
    // with what the introduction says of them: the answers ("A: …", "X:") are theirs, and their role types them.
    // A Q&A whose introduction opens with its guest ("Oksana Hrytsenko heads the population studies department …"):
    // the person named first is who answers.
    // "We spoke by video link on Monday": the day the guest's answers were given.
    if (s.paragraph < 2 && interviewDay === null && (state.guest !== null || questionsAndAnswers)) {
      const spoke = INTERVIEW_DAY.exec(s.text);
      if (spoke) interviewDay = statementDate(spoke[0], published, state.calendarDays);
    }
    if (s.paragraph === 0 && state.guest === null && questionsAndAnswers && s.text.length < 600) {
      const opener = GUEST_OPENER.exec(s.text);
      if (opener) guestLink = registerGuest(state, opener[1]!, opener[2]!);
    }
    if (s.paragraph < 3 && state.guest === null && s.text.length < 600 && MAY_NAME_GUEST.test(s.text)) {
      const guest = INTERVIEW_GUEST.exec(s.text);
      if (guest) {
        // "Dr. Amina K, emergency coordinator for MSF in Ituri, eastern Congo": the name, then its first appositive.
        const [name, description = ''] = guest[1]!.replace(/^(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+/, '').split(/\s*,\s*/);
        guestLink = registerGuest(state, name!, description.replace(/^(?:an?|the)\s+/i, ''));
      }
    }
    let turn = s.reading === undefined && s.paragraph > 0 && s.text.length < 2000 ? transcriptTurn(s.text) ?? answerTurn(s.text, state.guest) : null;
    // The host of a broadcast (the label that asks the questions) speaks in the outlet's voice.
    if (turn?.speaker && questioners.has(turn.speaker.toUpperCase())) turn = { speaker: null, said: turn.said };
    if (turn) {
      state.turn = turn.speaker ? { paragraph: s.paragraph, speaker: turn.speaker } : null;
    } else if (state.turn && state.turn.paragraph !== s.paragraph) {
      // A transcript's turn runs on over the paragraphs after its label until the next label ("CHIEF WHITAKER: Good
      // evening. …" then "At this time I can confirm that five people are deceased."): once two labels have been seen.
      if (transcript && s.paragraph === state.turn.paragraph + 1) state.turn = { paragraph: s.paragraph, speaker: state.turn.speaker };
      else state.turn = null;
    }
    // What the guest says others counted ("A: OCHA counts about 100,000 …") reaches us through the guest: [guest, OCHA].
    if (state.turn && guestLink && isGuestLabel(state.turn.speaker, state.guest)) {
      const last = guestSpans[guestSpans.length - 1];
      if (last && last[2] === s.paragraph) last[1] = s.end;
      else guestSpans.push([s.start, s.end, s.paragraph]);
    }
    if (state.turn && s.reading === undefined && holdsFigure) {
      // A statement with its own attribution ("PERALTA: Yeah, the IOM says …") is read as it stands, without the label.
      const said = turn ? turn.said : QUICK_CUE.test(s.text) ? null : s.text;
      if (said && !/\?\s*$/.test(said)) {
        body.push(...readOrSpokenBy(said, state.turn.speaker, s, state, options).claims);
        continue;
      }
    }
    while (nextVoice < voices.length && voices[nextVoice]!.start <= s.start) {
      const v = voices[nextVoice++]!;
      state.voice = { ...v, day: v.leadIn ? statementDate(v.leadIn, published, state.calendarDays) : null };
    }
    if (state.voice && s.start >= state.voice.end) state.voice = null;
    if (state.voice && holdsFigure) {
      // Inside a reproduced statement, a sentence that names no source of its own is the body's, on the lead-in's day.
      const read = readOrSpokenBy((s.reading ?? s.text).replace(/^\s*["“]/, ''), state.voice.speaker, s, state, options);
      if (read.spoken && state.voice.day) for (const c of read.claims) c.asOf = state.voice.day;
      body.push(...read.claims);
      continue;
    }
    if (s.reading === undefined) {
      // "32 people have been killed, -- the head of the regional administration." (channel reposts, live pages):
      // a source after a closing dash is read as "…, X said"; the evidence is the sentence as written.
      // "Sunday, 26 October, 09:40 -- Sudan Doctors Network on X: at least 47 civilians were killed …" (roundups of
      // posts): the statement is the poster's, on the entry's day.
      // Both regexes are tried only where their fixed marks are (a colon; a dash): most sentences have neither.
      const posted = s.text.length < 600 && s.text.includes(':') ? POSTED_STATEMENT.exec(s.text) : null;
      if (posted && (namesSource(posted[2]!, gazetteer) || /^[A-Z]\S*\s+[A-Z]/.test(posted[2]!)) && mayHoldFigure(posted[3]!) && !mayHoldFigure(posted[2]!)) {
        body.push(...readAs(postReading(posted[3]!, posted[2]!, posted[1], false), s, state, options));
        continue;
      }
      // "Gaza Health Ministry: 21 killed at the aid site" (tickers, live pages, digests): a label that names a source
      // speaks what follows its colon.
      const labelled = s.text.length < 600 && s.text.includes(':') ? LABELLED_STATEMENT.exec(s.text) : null;
      if (labelled && !turn && !isQuestion(labelled[3]!) && !mayHoldFigure(labelled[2]!) && mayHoldFigure(labelled[3]!) && isNameLabel(labelled[2]!.trim()) && namesSource(labelled[2]!, gazetteer)) {
        // "[22 Dec, 16:05] Syria Civil Defence: …": the stamp's day dates the post.
        body.push(...readAs(postReading(labelled[3]!, labelled[2]!, labelled[1], true), s, state, options));
        continue;
      }
      const attributed = s.text.length < 600 && hasDash(s.text) ? TRAILING_DASH_SOURCE.exec(s.text) : null;
      if (attributed && trailingSource(attributed[1]!, attributed[2]!) && namesSource(attributed[2]!, gazetteer)) {
        body.push(...readAs(`${attributed[1]}, ${attributed[2]} said.`, s, state, options));
        continue;
      }
      // A sentence inside a quotation closed by its attribution in a later sentence is the attribution's speaker's.
      if (quotation && s.end > quotation.close) quotation = null;
      if (!quotation && s.text.length < 1000 && opensQuotation(s.text)) quotation = openQuotation(text, s.start, s.end, firstFigureAt);
      // So is one of a quotation that a speaker's attributed quotation runs on into in the same paragraph
      // ("…," said Dr X, director of the hospital. "Thirty-eight in all. Eleven of them are children.").
      const inQuote = quotes.inside(s);
      if (quoteSpeaker && quoteSpeaker.paragraph !== s.paragraph) quoteSpeaker = null;
      const runOn = !quotation && inQuote && quoteSpeaker ? quoteSpeaker.attribution : null;
      if ((quotation || runOn) && holdsFigure) {
        body.push(...readOrSpokenAs(s.text, withAttribution(s.text, quotation?.attribution ?? runOn!), s, state, options).claims);
        continue;
      }
      const closing = s.text.length < 1000 ? quotes.attributionAfterClose(s, firstFigureAt) : null;
      if (closing) quoteSpeaker = { paragraph: s.paragraph, attribution: closing };
      // "The figures came from the PNP's Directorate for Operations.": the source of the unattributed figures just before.
      const cameFrom = s.text.length < 300 && !holdsFigure ? FIGURES_CAME_FROM.exec(s.text) : null;
      if (cameFrom) attributeBack(body, cameFrom[1]!, s, state);
      const read = extractSentence(s.text, s.start, 'body', state, options, holdsFigure);
      // Reported speech runs on: "…, the official told the meeting. Nearly 600 civilians had been killed." A sentence of
      // the same paragraph in the backshifted tense, with no source of its own, is still the last speaker's.
      // (Not in a body's own release, whose unattributed sentences are its own voice's.)
      if (lastSpoken && !state.ownVoice && lastSpoken.paragraph === s.paragraph && BACKSHIFTED.test(s.text)) {
        for (const c of read) {
          if (c.source.length > 0) continue;
          c.source = lastSpoken.source.map(copyLink);
          c.asOf = lastSpoken.asOf;
          c.rule = c.rule.replace(/\+outlet-voice$/, '+reported-speech');
        }
      }
      const spoken = read.find((c) => c.source.length > 0 && c.rule.includes('+cue:'));
      lastSpoken = spoken ? { paragraph: s.paragraph, source: spoken.source, asOf: spoken.asOf } : read.length > 0 && read.every((c) => c.source.length === 0) ? null : lastSpoken;
      body.push(...read);
      continue;
    }
    // An item of a figure list is read as prose (with its lead-in); its evidence is the line as written.
    // Its elided subject ("Killed: 212") is not the people of the sentence before the list.
    state.frameCtx.lastSubject = null;
    body.push(...readAs(s.reading, s, state, options));
  }

  if (truecased) for (const c of body) c.evidence.text = text.slice(c.evidence.start, c.evidence.end);
  if (guestLink) {
    for (const c of body) {
      if (c.source.length === 0 || !guestSpans.some(([a, b]) => c.evidence.start >= a && c.evidence.start < b)) continue;
      if (c.source[0]!.name !== guestLink.name) c.source = [copyLink(guestLink), ...c.source];
      if (interviewDay && c.asOf === state.publishedDay) c.asOf = interviewDay;
    }
  }
  const claims = assemble(body);
  const title = article.title ?? null;
  if (title && mayHoldFigure(title)) {
    const readTitle = isShouting(title) ? truecase(title, gazetteer) : title;
    const titleState: DocState = { ...state, register: new SourceRegister(), frameCtx: { lastSubject: null, lastMetric: null, exchange: state.frameCtx.exchange }, lastCountry: null, entry: null };
    // Headlines attribute after a dash ("… in three months - UN"): read that as "…, UN says".
    const readable = headlineAsSentence(readTitle, gazetteer);
    const titleClaims = assemble(extractSentence(readable, 0, 'title', titleState, options));
    for (const c of titleClaims) c.evidence = { start: 0, end: title.length, text: title };
    for (const c of titleClaims) {
      // A headline restates a body statement: take its day (annotation decision 12).
      const match = claims.find((b) => b.metric === c.metric && overlaps(b, c)) ?? claims.find((b) => b.metric === c.metric);
      if (match) c.asOf = match.asOf;
    }
    claims.push(...titleClaims);
  }
  return {
    id: article.id ?? null,
    document: { title, publisher: article.publisher ?? null, published: article.published ?? null, url: article.url ?? null },
    claims,
  };
}

/**
 * Headlines attribute in short forms; each is read as the sentence it stands for:
 * "… in three months - UN" and "… – police" as "…, police says"; "UN: 2 million displaced" and
 * "… after protests: rights group" likewise, when the words set apart name a source (a topic
 * label such as "Sudan: thousands flee" does not).
 */
function headlineAsSentence(title: string, gazetteer: Gazetteer): string {
  const dashed = /\s[-–—]\s+([A-Za-z][^-–—:]{1,40})$/.exec(title);
  if (dashed && (/^[A-Z]/.test(dashed[1]!) || namesSource(dashed[1]!, gazetteer))) return `${title.slice(0, dashed.index)}, ${dashed[1]} says`;
  const trailing = /:\s+([A-Za-z][^:]{1,40})$/.exec(title);
  if (trailing && !/\d/.test(trailing[1]!) && namesSource(trailing[1]!, gazetteer)) return `${title.slice(0, trailing.index)}, ${trailing[1]} says`;
  const leading = /^([A-Z][^:]{0,40}):\s+(?=\S)/.exec(title);
  if (leading && namesSource(leading[1]!, gazetteer) && !countryAt(tokenize(leading[1]!), 0)) return `${title.slice(leading[0].length)}, ${leading[1]} says`;
  return title;
}

function overlaps(a: Claim, b: Claim): boolean {
  const lo = (c: Claim) => c.min ?? 0;
  const hi = (c: Claim) => c.max ?? Number.MAX_SAFE_INTEGER;
  return lo(a) <= hi(b) * 1.1 && lo(b) <= hi(a) * 1.1;
}

/**
 * Countries by the number of sentences naming them, most first (ties in order of first mention).
 * Each sentence is tokenized again: keeping every sentence's mentions for this instead cost a
 * third of extraction's speed (they outlive the young generation), and most documents never ask.
 */
function rankCountries(sentences: Iterable<Sentence>, dateline: string | null, homePlace: string | null, publisher: string | null): string[] {
  const counts = new Map<string, number>();
  // A regional paper's home ("The Sahel Echo (Maroua)") counts as a mention, first: where its stories happen unless the
  // prose names another country more often.
  if (homePlace) for (const c of countriesIn(tokenize(homePlace))) counts.set(c.code, 1);
  // A paper named for its city or country ("The Kathmandu Post", "The Jakarta Globe") is at home there: half a mention,
  // enough for a story that names no country of its own.
  // (A demonym there is a language more often than a home: "translated from French".)
  else if (publisher && publisher.length < 120) for (const c of countriesIn(tokenize(publisher))) if (c.kind !== 'demonym') counts.set(c.code, 0.5);
  // The lede names where the story happens: its countries count one and a half times.
  let lede = true;
  for (const s of sentences) {
    const weight = lede ? 1.5 : 1;
    lede = false;
    if (!mayNameCountry(s.text)) continue;
    for (const c of countriesIn(tokenize(s.text))) counts.set(c.code, (counts.get(c.code) ?? 0) + weight);
  }
  // The dateline's city ("PESHAWAR:") is where the reporter files from: half a mention, enough to decide
  // between countries named as often, or for a country the prose never names.
  if (dateline) for (const c of countriesIn(tokenize(titleCase(dateline)))) counts.set(c.code, (counts.get(c.code) ?? 0) + 0.5);

  return [...counts].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

/** The place a publisher's record gives in brackets ("The Sahel Echo (Maroua)", "The Frontier Chronicle (Peshawar), column"), or null. */
function publisherPlace(publisher: string | null): string | null {
  if (!publisher || publisher.length > 200) return null;
  const m = /\(([A-Z][^()]{1,40})\)/.exec(publisher);
  return m ? m[1]! : null;
}

/** "PESHAWAR, Pakistan" → "Peshawar, Pakistan": country names are matched as written in prose. */
function titleCase(dateline: string): string {
  return dateline.replace(/[A-Z]{2,}/g, (w) => w[0] + w.slice(1).toLowerCase());
}

/** Where the last digit or number word of `text` starts (-1 when there is none): one forward pass, like the sentence test. */
function lastFigureIndex(text: string): number {
  let last = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) { last = i; break; }
  }
  NUMBER_WORDS_ALL.lastIndex = last + 1;
  for (let m = NUMBER_WORDS_ALL.exec(text); m; m = NUMBER_WORDS_ALL.exec(text)) last = m.index;
  return last;
}

/** The first digit of a count in `text` (not of a day, a year or a date), or null. */
function firstCountIn(text: string): { index: number } | null {
  const re = /\d[\d,.]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // ("September 21, 2022, when it said": a year keeps the comma after it.)
    if (DATE_NEIGHBOUR_BEFORE.test(before) || DATE_NEIGHBOUR_AFTER.test(after) || /^(?:19|20)\d\d[,.]?$/.test(m[0])) continue;
    return { index: m.index };
  }
  return null;
}
const DATE_NEIGHBOUR_BEFORE = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s$/i;
const DATE_NEIGHBOUR_AFTER = /^\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** What a side suffers: counts of its own forces reported in these are its own (not "captured", which a side does to others). */
const OWN_LOSS_METRICS: ReadonlySet<string> = new Set(['killed', 'wounded', 'casualties', 'missing']);
/** "X said (that) it had deployed …", "we have sent …": the speaker is the one acting, a few words before the figure. */
function speakerActsItself(tokens: readonly Token[], cueAt: number, figStart: number): boolean {
  let k = cueAt + 1;
  if (tokens[k]?.norm === 'that') k++;
  const who = tokens[k]?.norm;
  return (who === 'it' || who === 'we') && figStart - k <= 6;
}
/**
 * "the army had sent 600 more soldiers", "police said they had deployed 450 officers": the deploying verb's subject is a
 * state body named by its plain head (or, where `pronouns`, a pronoun: for a state speaker's own words, not the outlet's),
 * a few auxiliaries and adverbs before the verb. Bounded: linear.
 */
function stateDeploys(tokens: readonly Token[], verbAt: number, pronouns: boolean): boolean {
  let k = verbAt - 1;
  for (let n = 0; n < 3 && k >= 0 && DEPLOY_AUXILIARIES.has(tokens[k]!.norm); n++) k--;
  const head = tokens[k]?.norm ?? '';
  if (head === 'they' || head === 'it' || head === 'we') return pronouns;
  return STATE_DEPLOYERS.has(head) && (k === 0 || tokens[k - 1]!.norm === 'the' || tokens[k - 1]!.kind === 'punct');
}
/** Auxiliaries that show a clause with its own subject between a speech verb and its figure. */
const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'would', 'will']);
const DEPLOY_AUXILIARIES: ReadonlySet<string> = new Set(['had', 'has', 'have', 'would', 'will', 'was', 'were', 'also', 'already', 'now', 'since', 'recently', 'quickly', "'d"]);
const STATE_DEPLOYERS: ReadonlySet<string> = new Set(['army', 'military', 'government', 'authorities', 'police', 'ministry', 'navy']);
/** A label opening a communiqué's count of its own side's losses. Anchored, no nested quantifiers: linear. */
const OWN_SIDE = /^\s*(?:On (?:the )?(?:friendly|our|our own) side|(?:Friendly|Our|Own) (?:side|forces|losses|casualties)|Among (?:our|friendly) (?:forces|troops|ranks))\s*[:,—–-]/i;
/** Plain words for a state's own forces, with nothing that names another side. */
const OWN_FORCES = /^(?:(?:the|its|their|other|more|another|further|additional)\s+)*(?:\w+\s+)?(?:soldiers|troops|servicemen|service members|officers|police officers|policemen|personnel|security personnel|members of the security forces|police)$/i;

/** Does the text hold a dash TRAILING_DASH_SOURCE could open its source with ("--", an em or en dash)? */
function hasDash(text: string): boolean {
  return text.includes('--') || text.includes('\u2014') || text.includes('\u2013');
}
/** A sentence that ends in a source set off by a dash: "…, -- acting head of the administration X." Bounded tail; the head is anchored by the dash, no nested quantifiers. */
const TRAILING_DASH_SOURCE = /^([^]*?\S),?\s+(?:--|—|–)\s+([^—–\n]{3,140}?)\.?\s*$/;

/**
 * A post quoted in a roundup: "[entry time --] X, on Facebook: …", "X on X: …". Bounded parts (the entry's
 * time up to 60 characters, the poster up to 120, neither holding a colon after the dash): linear.
 */
const POSTED_STATEMENT = /^(?:([^\n]{0,60}?)\s(?:--|—|–)\s)?([A-Z][^:\n]{2,120}?),?\s+on\s+(?:Facebook|X|Telegram|Twitter|Instagram|WhatsApp|TikTok|YouTube|its website|its Telegram channel|social media)\s*:\s+(\S[^]*)$/;

/**
 * A post as the sentence it stands for: "<statement>, <poster> said on <day>." The day is its stamp's without the time
 * ("Sunday, 26 October, 09:40" → "on Sunday, 26 October"); a bracketed stamp counts only if it holds a day number.
 */
function postReading(statement: string, poster: string, stamp: string | undefined, bracketed: boolean): string {
  const day = stamp ? stamp.replace(/,?\s*\d{1,2}[:.]\d{2}\b.*$/, '').trim() : '';
  const dated = day !== '' && (!bracketed || mayHoldFigure(day));
  return `${statement.replace(/[.\s]+$/, '')}, ${poster.trim()} said${dated ? ` on ${day}` : ''}.`;
}

/** Is a label short enough to be a body's name, not a clause ("The most cited figure comes from the UN")? Up to five words. */
function isNameLabel(label: string): boolean {
  let words = 1;
  for (let i = 0; i < label.length; i++) if (label.charCodeAt(i) === 32 && ++words > 5) return false;
  return true;
}

/** A label before a colon opening a sentence (after a bracketed stamp), up to 60 characters without a colon: bounded, anchored, linear. */
const LABELLED_STATEMENT = /^(?:\[([^\]\n]{1,30})\]\s*)?([A-Z][^:\n]{1,60}?):\s+(\S[^]*)$/;

/** A speaker's label opening a paragraph: one to three words in capitals (captured), an optional bracket, a colon. Bounded: linear. */
const SPEAKER_LABEL = "([A-Z][A-Z'’.-]{1,24}(?: [A-Z][A-Z'’.-]{1,24}){0,2})(?: \\([^()\\n]{1,40}\\))?:";
const TRANSCRIPT_TURN = new RegExp(`^${SPEAKER_LABEL}\\s+(\\S[^]*)$`);
const TURN_LABEL = new RegExp(`^${SPEAKER_LABEL}\\s`);

/**
 * An interview's introduction naming its guest: "In our series we speak to Dr. Amina K, who …", "My guest is X, a
 * researcher with Y", "an interview with X". Bounded: the name and its description up to 200 characters.
 */
const INTERVIEW_GUEST = /\b(?:[Ww]e (?:speak|spoke|talk|talked) (?:to|with)|[Mm]y guest (?:today )?is|[Ii]nterview with|(?:I am|I'm|[Ww]e are|[Ww]e're) joined (?:now )?by)\s+((?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?[A-Z][^.;:?!\n]{2,200}?)\s*(?:[.;:?!](?:\s|$)|$)/;

/** "We spoke by video link on Monday", "I talked to her last week": when an interview took place. Bounded. */
const INTERVIEW_DAY = /\b(?:[Ww]e|I) (?:spoke|talked|met)\b[^.\n]{0,80}/;
/** A question paragraph and an answer paragraph ("\n\nQ: …", "\n\nA: …"): two fixed-prefix searches, linear. */
const Q_TURN = /\n[ \t]*Q\s?[:.][ \t]/;
const A_TURN = /\n[ \t]*A\s?[:.][ \t]/;
/** An introduction that opens with a person's name and a verb: "Oksana Hrytsenko heads the population studies department …". Bounded. */
const GUEST_OPENER = /^((?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s+((?:is|heads|leads|runs|directs|works|teaches|studies|was|has)\b[^.;\n]{0,200})/;

/** A paragraph's turn: who speaks (null for a label that names no speaker: a host, a rubric) and what is said. */
interface Turn { speaker: string | null; said: string }

/** "GEN. RYDER: …": a labelled speaker's turn, the label in capitals read as a name ("Ryder"). */
function transcriptTurn(text: string): Turn | null {
  const m = TRANSCRIPT_TURN.exec(text);
  if (!m) return null;
  return { speaker: speakerLabel(m[1]!) ? m[1]!.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()) : null, said: m[2]! };
}

/**
 * A transcript's labels, in one pass over its lines: how many lines open with a speaker's label (TURN_LABEL, tested on
 * a line's first 120 characters), and the labels whose lines end with a question ("OBI: Is there any sign of the
 * fighting easing?"): the host's, upper-case. Linear: each line is read once, its tests bounded.
 */
function transcriptLabels(text: string): { lines: number; questioners: Set<string> } {
  let lines = 0;
  const questioners = new Set<string>();
  for (let at = 0; at < text.length; ) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    const label = TURN_LABEL.exec(text.slice(at, at + 120));
    if (label) {
      lines++;
      if (/\?["”]?\s*$/.test(text.slice(Math.max(at, end - 4), end))) questioners.add(label[1]!);
    }
    if (next < 0) break;
    at = next + 1;
  }
  return { lines, questioners };
}

/** The words INTERVIEW_GUEST needs, one cheap test before it. */
const MAY_NAME_GUEST = /guest|spe[ae]k|spoke|talk|nterview|joined/;

/** Is a turn's speaker the interview's guest (the name itself, or the surname a transcript labels the turn with)? */
function isGuestLabel(speaker: string, guest: string | null): boolean {
  if (guest === null) return false;
  return speaker === guest || speaker.toLowerCase() === guest.split(/\s+/).pop()!.toLowerCase();
}

/** "A: Very tense. …": an interview's answer, its guest's turn. */
function answerTurn(text: string, guest: string | null): Turn | null {
  if (guest === null) return null;
  const m = /^A\s?[:.]\s+(\S[^]*)$/.exec(text);
  return m ? { speaker: guest, said: m[1]! } : null;
}

/** A label that names a speaker: not the outlet's own people (host, reporter), not a place, not a rubric ("UPDATE:"). */
function speakerLabel(label: string): boolean {
  if (NOT_SPEAKER_LABELS.has(label.toLowerCase())) return false;
  return countryAt(tokenize(label.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase())), 0) === null;
}

/** The words after the dash are a source, not the rest of the sentence ("NAIROBI -- Four people were killed …, police said."). */
function trailingSource(head: string, tail: string): boolean {
  if (!mayHoldFigure(head) || mayHoldFigure(tail) || tail.includes(',')) return false;
  const words = tail.split(/\s+/);
  return words.length <= 14 && !words.some((w) => SPEECH_VERBS.has(w.toLowerCase()) || /^(?:were|was|is|are|have|has|had)$/i.test(w));
}

/** A date opening a line, set off by a dash or colon: a timeline's entry. Bounded parts, no nesting: linear. */
const TIMELINE_ENTRY = /^((?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?)(?:\s*[—–:]|\s+-)\s/;

const CAPTIVITY_WORDS: ReadonlySet<string> = new Set(['hostage', 'hostages', 'captive', 'captives', 'prisoner']);
const HELD_IN_PRISON = /\b(?:detention|prisons?|jails?|custody|centres?|centers?|facility|facilities|political prisoners?|prisoners? of conscience)\b/i;
/** Heads of a state's bodies that hold people ("the agency was holding …"). */
const STATE_HOLDERS: ReadonlySet<string> = new Set(['agency', 'authorities', 'police', 'government', 'ministry', 'department', 'state', 'immigration']);

/** "the enemy", "enemy soldiers" in the counted phrase or just before the figure. */
function mentionsEnemy(tokens: readonly Token[], figStart: number, subject: { text: string }): boolean {
  if (/\benemy\b/i.test(subject.text)) return true;
  for (let k = Math.max(0, figStart - 6); k < figStart; k++) if (tokens[k]!.norm === 'enemy') return true;
  return false;
}

/**
 * The claims of a line read as other words (a list item's prose, a transcript turn or a post with its speaker
 * said), each with the line as written for its evidence.
 */
/**
 * A sentence of a turn or a reproduced statement: read as it stands when it names a source of its own ("OCHA counts …"),
 * else as the speaker's ("…, X said"; `spoken` then).
 */
function readOrSpokenBy(said: string, speaker: string, s: Sentence, state: DocState, options: ExtractOptions): { claims: Claim[]; spoken: boolean } {
  return readOrSpokenAs(said, `${said.replace(/[.?!\s"”]+$/, '')}, ${speaker} said.`, s, state, options);
}

/** A sentence read as it stands when it names a source of its own, else as `spoken` (the same words with their attribution). */
function readOrSpokenAs(said: string, spoken: string, s: Sentence, state: DocState, options: ExtractOptions): { claims: Claim[]; spoken: boolean } {
  const own = readAs(said, s, state, options);
  if (own.length === 0 || own.some((c) => c.source.length > 0)) return { claims: own, spoken: false };
  return { claims: readAs(spoken, s, state, options), spoken: true };
}

/** Where the first digit or number word of a stretch of text is, or -1. */
function firstFigureAt(text: string): number {
  const digit = DIGIT.exec(text)?.index ?? -1;
  const word = NUMBER_WORD.exec(text)?.index ?? -1;
  return digit < 0 ? word : word < 0 ? digit : Math.min(digit, word);
}

function readAs(reading: string, s: Sentence, state: DocState, options: ExtractOptions): Claim[] {
  const claims = extractSentence(reading, 0, 'body', state, options);
  for (const c of claims) c.evidence = { start: s.start, end: s.end, text: s.text };
  return claims;
}

/**
 * The country a sentence places its unplaced state sources in: a place or capital it names, or a country named at
 * its start ("In Israel, …", "PHILIPPINES —"); not a country named further on, a destination or the other side.
 */
function sentenceCountryOf(mentions: CountryMentions, tokens: readonly Token[]): string | null {
  // "Russia pounded Kyiv with missiles …, officials said": the country that attacks is not the one whose officials count.
  // "told reporters in Geneva": where international bodies brief places no one ("in Phnom Penh" still places its ministry).
  // "Israeli warplanes struck yards in south Lebanon": a country's name after "in" is a place too.
  return mentions.find((m) => !briefingPlace(tokens, m.index, m.length) && (m.kind === 'place' || m.kind === 'capital' || (m.kind === 'name' && ((m.index <= 2 && !ATTACK_VERBS.has(tokens[m.index + m.length]?.norm ?? '')) || locativeBefore(tokens, m.index)))))?.code ?? null;
}
/** "in Lebanon", "in south Lebanon", "across northern Syria": a locative preposition before a place, past a direction. */
function locativeBefore(tokens: readonly Token[], at: number): boolean {
  const k = DIRECTION_WORDS.has(tokens[at - 1]?.norm ?? '') ? at - 2 : at - 1;
  return LOCATIVES.has(tokens[k]?.norm ?? '');
}
const LOCATIVES: ReadonlySet<string> = new Set(['in', 'across', 'inside', 'throughout']);
/** Is the place at `at` a seat of international bodies where a statement was made ("told reporters in Geneva")? */
function briefingPlace(tokens: readonly Token[], at: number, length: number): boolean {
  if (tokens[at - 1]?.norm !== 'in' || !BRIEFING_NOUNS.has(tokens[at - 2]?.norm ?? '')) return false;
  let place = '';
  for (let k = at; k < at + length; k++) place += (k > at ? ' ' : '') + tokens[k]!.norm;
  return INTERNATIONAL_SEATS.has(place);
}
const BRIEFING_NOUNS: ReadonlySet<string> = new Set(['reporters', 'journalists', 'briefing', 'conference', 'media', 'press', 'correspondents']);
/** Cities where international bodies hold their briefings. */
const INTERNATIONAL_SEATS: ReadonlySet<string> = new Set(['geneva', 'new york', 'vienna', 'brussels', 'the hague', 'hague', 'strasbourg', 'rome']);
/** Verbs of attack after a country's name: that country is the attacker. */
const ATTACK_VERBS: ReadonlySet<string> = new Set(['pounded', 'attacked', 'struck', 'launched', 'fired', 'shelled', 'bombed', 'hit', 'targeted', 'invaded', 'bombarded', 'raided', 'strikes', 'attacks', 'pounds', 'shells']);

/** What the attribution stage needs to know of the document and the sentence. */
function attributionContext(state: DocState, named: NamedBefore, sentenceCountry: string | null): AttributionContext {
  return { publisher: state.publisher, gazetteer: state.gazetteer, register: state.register, named, sentenceCountry, documentCountry: state.documentCountryOf, acronyms: state.acronyms, ownVoice: state.ownVoice };
}

/**
 * The body that publishes a text as its own release, or null for an outlet: a publisher whose record says the text is
 * its release, statement, report, advisory or address ("Sudan Doctors Network (press statement)"), or one the
 * gazetteer knows as a body that is no outlet ("ICRC"). Its "we" and "our teams" are it.
 */
function publisherVoice(publisher: string | null, gazetteer: Gazetteer): TypedSource | null {
  if (!publisher || publisher.length > 200) return null;
  const release = OWN_RELEASE.test(publisher);
  const name = publisher.replace(/\s*\([^()]*\)/g, '').trim();
  if (!name) return null;
  const tokens = tokenize(name);
  const hit = gazetteer.findIn(tokens);
  const known = !!hit && hit.start <= (tokens[0]?.norm === 'the' ? 1 : 0) && hit.end === tokens.length && hit.inst.kind !== 'media';
  if (!release && !known) return null;
  const typed = typeSource(name, { gazetteer, recentCountry: null, recentPlace: null, sentenceCountry: null, documentCountry: () => null, acronyms: new Map() });
  return typed.link.kind === 'media' ? null : typed;
}
/** A publisher's note that the text is its own: "(press statement)", "(news release, English translation)". Bounded: linear. */
const OWN_RELEASE = /\([^()]{0,80}\b(?:press statement|press release|news release|statement|release|report|advisory|address)\b[^()]{0,80}\)/i;

function extractSentence(sentence: string, base: number, section: 'title' | 'body', state: DocState, options: ExtractOptions, holdsFigure = mayHoldFigure(sentence)): Claim[] {
  // A question states no figure ("whether it is a fact that more than 250 persons have been killed …?").
  // A correction's withdrawn figure ("An earlier version of this article said 28 people were killed") is no claim.
  // (Plain searches for "ersion" and "ERSION", of "version", "Version" and "VERSION", rule out nearly every sentence at a
  // fraction of the pattern's cost.)
  const hasFigure = holdsFigure && !isQuestion(sentence) && !((sentence.includes('ersion') || sentence.includes('ERSION')) && WITHDRAWN.test(sentence));
  // A sentence with a figure is tokenized anyway: its cue words are then looked up token by token.
  const hasCue = !hasFigure && QUICK_CUE.test(sentence);
  if (!hasFigure && !hasCue) {
    // (A sentence opening with a nation's body, "Sudan's foreign ministry called …", has one capital only.)
    if (!/[A-Z]/.test(sentence.slice(1)) && !OPENING_POSSESSIVE.test(sentence)) return [];
    const words = tokenize(sentence, base);
    const mentions = countriesIn(words);
    // A body this sentence is about may speak through a spokesperson in the next ("The Police Service …").
    if (words.length > 3) {
      registerNamedSubject(words, sentence, base, attributionContext(state, new NamedBefore(mentions, words.length, state.lastCountry, state.lastPlace), sentenceCountryOf(mentions, words)));
    }
    rememberCountries(mentions, words, state);
    return [];
  }
  const tokens = tokenize(sentence, base);
  const mentions = countriesIn(tokens);
  const named = new NamedBefore(mentions, tokens.length, state.lastCountry, state.lastPlace);
  const sentenceCountry = sentenceCountryOf(mentions, tokens);
  const figures = hasFigure ? findFigures(tokens) : [];
  // "The Emergency Medicine Centre has raised the toll to 55, according to a statement it published": "it" is the
  // body the sentence opens with, named here for the first time.
  const opensWithIt = hasFigure && tokens.some((t) => t.norm === 'it' && t.text === 'it');
  const readsCues = hasCue || hasCueWord(tokens) || (figures.length > 0 && (closesWithBracket(sentence) || opensWithPossessive(tokens)));
  const attribution = opensWithIt || readsCues ? attributionContext(state, named, sentenceCountry) : null;
  // "The Arakan Army, which now controls 14 of 17 townships, denies …": a body a sentence with a figure is about may
  // be "the group" of the next, as in sentences without one.
  if (opensWithIt || (hasFigure && !readsCues && tokens.length > 3)) registerNamedSubject(tokens, sentence, base, attribution ?? attributionContext(state, named, sentenceCountry), true);
  let cues: Cue[] = [];
  if (readsCues) cues = findCues(tokens, sentence, base, attribution!);
  // "Britain's Defence Intelligence offers a more cautious estimate.": a cue word that made no cue leaves a sentence
  // without a figure to name its subject, as one without the word would.
  if (!hasFigure && readsCues && cues.length === 0 && tokens.length > 3) registerNamedSubject(tokens, sentence, base, attribution!);
  const out: Claim[] = [];
  if (figures.length > 0) {
    const { frames, rejections } = frameFigures(tokens, figures, sentence, base, state.frameCtx);
    if (options.onReject) for (const r of rejections) options.onReject({ sentence, figure: tokens.slice(r.figure.start, r.figure.end).map((t) => t.text).join(' '), reason: r.reason });
    // "…, according to two officials familiar with the deployment": a count of the sources is no claim. (The cues are
    // walked once, in order, as the frames are: linear in a sentence of many of both; most sentences have no such frame.)
    let cueAt = 0;
    for (const frame of frames) {
      const at = frame.figure.start;
      if (frame.rule === 'linking') {
        while (cueAt < cues.length && (cues[cueAt]!.verb !== 'according to' || cues[cueAt]!.clauseEnd <= at)) cueAt++;
        if (cueAt < cues.length && at > cues[cueAt]!.at && at < cues[cueAt]!.clauseEnd) continue;
      }
      out.push(...toClaims(frame, tokens, cues, sentence, base, section, state, named));
    }
    // "six soldiers had been wounded, three of them seriously": a part of people this sentence counted is of their
    // country, as toClaims found it for the whole (the speaker's own forces, say).
    // (The wholes' countries are gathered first, by subject: linear in a sentence of many parts.)
    let wholes: Map<string, string> | null = null;
    for (const c of out) {
      if (c.subject.country !== null || !c.rule.includes('+part-of-them')) continue;
      if (!wholes) {
        wholes = new Map();
        for (const w of out) if (w.subject.country !== null) wholes.set(`${w.subject.group}\u0000${w.subject.text}`, w.subject.country);
      }
      const country = wholes.get(`${c.subject.group}\u0000${c.subject.text}`);
      if (country) c.subject = { ...c.subject, country };
    }
  }
  // Dated statements without figures still date their speakers ("the agency said on Monday").
  for (const cue of cues) {
    // "up from the 43,000 he cited in December": a relative clause dates an earlier statement, not the speaker's latest.
    if (cue.relative) continue;
    const d = statementDate(regionText(tokens, cue, sentence, base), state.published, state.calendarDays);
    if (d) cue.speaker.date = d;
  }
  rememberCountries(mentions, tokens, state);
  return out;
}

/** A capitalised owner and "'s" opening a sentence. Anchored, bounded: linear. */
const OPENING_POSSESSIVE = /^[A-Z][\w-]{0,30}['’]s\s/;

// "An earlier version, citing a regional official, said 41 …" (a correction naming no product) is withdrawn too.
const WITHDRAWN = new RegExp(`\\b(?:an?|the) (?:earlier|previous|original|incorrect) version(?: of (?:this|the|our) (?:${OWN_TEXT_NOUNS.join('|')})\\b|,| (?:said|gave|stated|reported|misstated)\\b)`, 'i');

/** Is the figure at `figStart` inside a relative clause set off after the speaker (", which has …", ", whose …")? */
function describesSpeaker(tokens: readonly Token[], clauseStart: number, figStart: number): boolean {
  // The cue's clause may start at the relative word itself ("Bangladesh, which already hosts about a million …, says"):
  // its comma is just before.
  for (let k = figStart - 1; k >= clauseStart - 1 && k > 0; k--) {
    if (tokens[k]!.text === ',') return RELATIVE_OPENERS.has(tokens[k + 1]?.norm ?? '');
  }
  return false;
}
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'whose', 'who', 'that']);

function isQuestion(sentence: string): boolean {
  let e = sentence.length - 1;
  while (e > 0 && (sentence.charCodeAt(e) === 32 || sentence.charCodeAt(e) === 34 || sentence.charCodeAt(e) === 0x201d)) e--;
  return sentence.charCodeAt(e) === 63;
}

/** "Its toll …", "Their running total …": a count a body named before owns may open the sentence. */
function opensWithPossessive(tokens: readonly Token[]): boolean {
  for (let i = 0; i < 2 && i < tokens.length; i++) if (tokens[i]!.norm === 'its' || tokens[i]!.norm === 'their') return true;
  return false;
}

/** "… (local authorities, 28 May)." — a situation report's bracketed source may close the sentence. */
function closesWithBracket(sentence: string): boolean {
  let e = sentence.length - 1;
  while (e > 0 && (sentence.charCodeAt(e) === 46 || sentence.charCodeAt(e) === 32)) e--;
  return sentence.charCodeAt(e) === 41;
}

/** The quick check's cue words and every speech verb, as token words (a bit test per token). */
const cueWords = new TokenWords([...QUICK_CUE_WORDS, ...FIGURE_CUE_WORDS, ...SPEECH_VERBS]);

function hasCueWord(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (cueWords.has(tokens, i)) return true;
  return false;
}

/**
 * The country and the place last named before a token of the sentence (or in earlier sentences):
 * a short backwards walk over the sentence's few mentions, nothing built per token.
 */
class NamedBefore implements NamedBeforeToken {
  constructor(
    private readonly mentions: CountryMentions,
    private readonly length: number,
    private readonly countryBefore: string | null,
    private readonly placeBefore: string | null,
  ) {}

  private nationCodes?: ReadonlySet<string>;

  /** The nations the sentence names (not places), read once when asked. */
  nations(): ReadonlySet<string> {
    return (this.nationCodes ??= new Set(this.mentions.filter((m) => m.kind !== 'place').map((m) => m.code)));
  }

  country(i: number): string | null {
    const at = Math.max(0, Math.min(i, this.length));
    for (let m = this.mentions.length - 1; m >= 0; m--) {
      const hit = this.mentions[m]!;
      if (hit.index < at && hit.kind !== 'place' && hit.kind !== 'demonym') return hit.code;
    }
    return this.countryBefore;
  }

  place(i: number): string | null {
    const at = Math.max(0, Math.min(i, this.length));
    for (let m = this.mentions.length - 1; m >= 0; m--) {
      const hit = this.mentions[m]!;
      if (hit.index < at && hit.kind === 'place') return hit.code;
    }
    return this.placeBefore;
  }
}

function rememberCountries(mentions: CountryMentions, tokens: readonly Token[], state: DocState): void {
  for (const m of mentions) {
    // "told reporters in Geneva": where a body briefs is no place later sources are of.
    if (m.kind === 'place' || m.kind === 'capital' ? briefingPlace(tokens, m.index, m.length) : false) continue;
    if (m.kind === 'place') state.lastPlace = m.code;
    else if (m.kind !== 'demonym') state.lastCountry = m.code;
  }
}

function regionText(tokens: readonly Token[], cue: Cue, sentence: string, base: number): string {
  // A leading "On Tuesday," or "Earlier on Monday," belongs to a speaker-first clause.
  const start = cue.trailing ? cue.clauseStart : Math.max(0, cue.at - 40);
  const end = Math.min(tokens.length, cue.clauseEnd);
  const a = tokens[start];
  const b = tokens[Math.max(start, end - 1)];
  if (!a || !b) return '';
  let region = sentence.slice(a.start - base, b.end - base);
  if (!cue.trailing) {
    // Only the words before the verb that precede the figures, and the words just after it.
    const verb = tokens[cue.at]!;
    // "Earlier this month, forces recaptured the town; the army said …": a clause before a semicolon dates its own event.
    const before = sentence.slice(a.start - base, verb.start - base);
    const pre = before.slice(before.lastIndexOf(';') + 1);
    // A date is no figure: "On 10 March, the governor said …" keeps its day.
    const firstFigure = firstCountIn(pre);
    // "In October 2025 the register recorded 187 executions": a month before a counting verb is the count's period, not its day.
    const period = COUNTING_VERBS.has(cue.verb) ? FRONTED_MONTH.exec(pre) : null;
    const post = sentence.slice(verb.start - base, b.end - base);
    // "The army, which has run the prisons since January 2024, said on Wednesday …": a day given with the verb is the
    // statement's; the words before it may date something else.
    region = DAY_NAMED.test(post) ? post : (firstFigure ? '' : period ? pre.slice(period[0].length) : pre) + post;
  }
  // "The figures, dated June 3, show …": the day the data runs to, not the day anyone spoke (decision 6).
  return region.replace(DATA_DATED, '$1');
}

/** A day named: a weekday, "yesterday", "today". */
const DAY_NAMED = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b/;

/** Published figures and their date set off after them. Bounded: linear. */
const DATA_DATED = /\b((?:figures|data|numbers|statistics|tally|count)),\s+dated\s+[^,;]{1,30},/gi;

/** Verbs that count what happened over a period: a fronted month before them dates the events, not the statement. */
const COUNTING_VERBS: ReadonlySet<string> = new Set(['recorded', 'documented', 'counted', 'registered', 'verified', 'tallied', 'logged', 'records', 'documents', 'counts']);
/** "In October", "In October 2025," opening a clause. Anchored, bounded: linear. */
const FRONTED_MONTH = /^\s*In\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?,?/i;

/** Where the last "came from" / "were provided by" of the text starts (-1 when none): one forward scan. */
function lastBackSourceIndex(text: string): number {
  let last = -1;
  BACK_SOURCE_VERB.lastIndex = 0;
  for (let m = BACK_SOURCE_VERB.exec(text); m; m = BACK_SOURCE_VERB.exec(text)) last = m.index;
  return last;
}
const BACK_SOURCE_VERB = /\b(?:came|come|comes|provided) (?:from|by)\b/g;

/** The backshifted tense of reported speech: "had been killed", "had reportedly been", "would". Fixed words: linear. */
const BACKSHIFTED = /\bhad (?:(?:also|reportedly|since|already) )?been\b|\bhad (?:fled|died|left|tripled|doubled|risen)\b/;

/** "The figures came from X.", "These numbers come from X." — a source named after the figures it gave. Anchored, bounded. */
const FIGURES_CAME_FROM = /^(?:The|These|Those|Both|All) (?:figures?|numbers?|data|tally|tallies|toll|count|statistics)(?: above)? (?:came|come|comes|were provided|was provided) (?:from|by) ((?:the )?[A-Za-z][^,;:\n]{1,120}?)\.?\s*$/;

/**
 * Gives the source a sentence names after the fact to the run of unattributed claims just before it (at most a dozen,
 * back to the first that has a source of its own).
 */
function attributeBack(body: Claim[], name: string, s: Sentence, state: DocState): void {
  const context = documentSourceContext(state);
  const typed = typeSource(name, context);
  const link = state.register.add(typed, [], null).link;
  for (let k = body.length - 1; k >= 0 && k >= body.length - 12; k--) {
    const c = body[k]!;
    if (c.source.length > 0 || c.evidence.start >= s.start) break;
    c.source = [copyLink(link)];
    c.rule = c.rule.replace(/\+outlet-voice$/, '+source-after');
  }
}

/** Registers an interview's guest, typed by what the introduction says of them; the link their answers carry. */
function registerGuest(state: DocState, name: string, description: string): SourceLink {
  state.guest = name;
  return state.register.add(typeSource(name, documentSourceContext(state), description), [], null).link;
}

/** The context to type a source named outside any one sentence's attribution (a guest, a source named after its figures). */
function documentSourceContext(state: DocState): SourceContext {
  return { gazetteer: state.gazetteer, recentCountry: state.lastCountry, recentPlace: state.lastPlace, sentenceCountry: null, documentCountry: state.documentCountryOf, acronyms: state.acronyms };
}

/** A copy of a chain link, built field by field (a spread is a slow generic copy in V8). */
function copyLink(l: SourceLink): SourceLink {
  const out: SourceLink = { name: l.name, country: l.country, kind: l.kind };
  if (l.id !== undefined) out.id = l.id;
  return out;
}

/** Is a country other than `code` named (by its name or capital) in the few words before the verb of holding at `at`? */
function heldByOtherCountry(tokens: readonly Token[], at: number, code: string): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    const c = countryAt(tokens, k);
    if (c && (c.kind === 'name' || c.kind === 'capital')) return c.code !== code;
  }
  return false;
}

/** What an eyewitness says: "I saw", "we counted", "I helped bury". Fixed words, no nested quantifiers: linear. */
const EYEWITNESS = /\b(?:I|we|We)\s+(?:saw|counted|buried|watched|found|carried|pulled|helped bury|have buried|have counted)\b/;

function toClaims(frame: Frame, tokens: readonly Token[], cues: readonly Cue[], sentence: string, base: number, section: 'title' | 'body', state: DocState, named: NamedBefore): Claim[] {
  const fig = frame.figure;
  const found = cueFor(cues, fig.start, tokens);
  // "KFOR, the NATO-led mission, which has some 4,500 troops in Kosovo, said it was ready …": a figure in the
  // description of the speaker, before the verb, is the outlet's; the speaker said something else.
  const cue = found && fig.start > found.clauseStart && fig.start < found.at && describesSpeaker(tokens, found.clauseStart, fig.start) ? null : found;
  // "“On the way back I counted eight bodies on the road,” said Amjad Shehadeh, 34": a person with no role who tells what
  // they saw is a witness, of the place the story is in.
  if (cue && cue.chain.length === 1 && cue.speaker.person && cue.speaker.link.kind === 'other' && EYEWITNESS.test(sentence)) {
    cue.speaker.link = { ...cue.speaker.link, kind: 'witness', country: cue.speaker.link.country ?? named.country(tokens.length) ?? state.documentCountryOf() };
    cue.chain[0] = cue.speaker.link;
  }
  const chain: SourceLink[] = cue ? cue.chain.map(copyLink) : [];
  let asOf: string | null = state.publishedDay;
  if (cue) {
    const region = regionText(tokens, cue, sentence, base);
    const explicit = statementDate(region, state.published, state.calendarDays);
    if (explicit) {
      asOf = explicit;
      cue.speaker.date = explicit;
    } else if (state.entry?.day) {
      asOf = state.entry.day;
    } else if ((cue.coreferent || saysSameDay(region)) && cue.speaker.date) asOf = cue.speaker.date;
  }
  const belief = !!cue && BELIEF_VERBS.has(cue.verb) && cue.at < fig.start;
  const hedged = isHedged(tokens, fig.start, frame.cueEnd, belief);
  const speakerEnd = cue && !cue.trailing && cue.at < fig.start ? cue.at + 1 : 0;
  const reportStart = cue && cue.trailing && cue.clauseStart > fig.start ? cue.clauseStart : tokens.length;
  const place = findLocation(tokens, fig.start, sentence, base, frame.metric === 'deployed' || frame.metric === 'displaced', speakerEnd, reportStart);
  // "according to the International Organization for Migration" names a source, not a place.
  const location = place && !state.gazetteer.lookup(place) ? place : null;
  // The words of the figure's own clause: not the attribution after it ("…, the agency said on Monday"
  // dates the statement, not the stretch of time counted).
  // Up to the clause's end: the next comma or semicolon ("killed in fighting in eastern Congo since January,"), at most 16 words on.
  let clauseEndToken = Math.min(tokens.length - 1, frame.cueEnd);
  while (clauseEndToken < tokens.length - 1 && clauseEndToken < frame.cueEnd + 16 && tokens[clauseEndToken + 1]!.text !== ',' && tokens[clauseEndToken + 1]!.text !== ';') clauseEndToken++;
  if (cue && cue.clauseStart > fig.start) clauseEndToken = Math.min(clauseEndToken, Math.max(fig.end, cue.clauseStart - 1));
  // It may open the sentence ("In three days of fighting, 40 soldiers were killed"), but a report
  // clause before the figure ("X said on Monday that …") is not part of it either.
  // At most 40 words back: a period phrase that far from its figure is another clause's, and the bound keeps long sentences linear.
  const clauseStartToken = Math.max(cue && cue.at < fig.start && !cue.trailing ? Math.min(fig.start, cue.clauseEnd) : 0, fig.start - 40);
  const clause = sentence.slice(tokens[clauseStartToken]!.start - base, tokens[clauseEndToken]!.end - base);
  const period = findPeriod(clause, fig.start >= clauseStartToken ? tokens[fig.start]!.start - tokens[clauseStartToken]!.start : 0);

  let metric = frame.metric;
  // "About 1,500 French soldiers left the country", "one service member who was evacuated to Landstuhl": troops leaving
  // withdraw, a soldier evacuated is treated; they are not displaced.
  if (metric === 'displaced' && frame.subject?.group === 'military' && (tokens[frame.cueStart]?.norm === 'evacuated' || LEAVING_CUES.has(tokens.slice(frame.cueStart, frame.cueEnd).map((t) => t.norm).join(' ')))) return [];
  if (metric === 'displaced' && MOVEMENT_CUES.has(tokens.slice(frame.cueStart, frame.cueEnd).map((t) => t.norm).join(' '))) {
    // Movement to a place: "arrived in 2024" is a year, not a destination.
    if (tokens[frame.cueEnd]?.kind === 'num') return [];
    // "1,000 troops arrived in Kursk": troops on the move are deployed, civilians displaced.
    if (frame.subject?.group === 'military') metric = 'deployed';
    // "60,000 migrants arrived in Yemen": migrants arriving are not a claim (decision 2).
    if (/\bmigrants\b/i.test(frame.subject?.text ?? '')) return [];
  }
  // People held by a state or de facto authority are detained, not captured (annotation decision 3).
  if (metric === 'captured' && frame.rule === 'verb-before' && ['holding', 'held'].includes(tokens[frame.cueStart]!.norm)) {
    const holder = state.gazetteer.findIn(tokens, Math.max(0, frame.cueStart - 6), frame.cueStart);
    // "Russia was holding at least 16,000 Ukrainian civilians": a state holding another country's people holds captives.
    const foreignHeld = !!frame.subject?.country && heldByOtherCountry(tokens, frame.cueStart, frame.subject.country);
    // "The agency was holding 65,135 people": a state's body named by its head word holds detainees too.
    const stateHolder = tokens.slice(Math.max(0, frame.cueStart - 4), frame.cueStart).some((t) => STATE_HOLDERS.has(t.norm));
    // "The fighters are believed to be holding the remaining 11 students", a governor said: an armed holder holds captives,
    // whoever reports it.
    const armedHolder = tokens.slice(Math.max(0, frame.cueStart - 6), frame.cueStart).some((t) => ASSAILANT_NOUNS.has(t.norm) || t.norm === 'fighters');
    if (!foreignHeld && !armedHolder && (factsOf(tokens, sentence).heldInPrison || stateHolder || holder?.inst.kind === 'government' || cue?.speaker.link.kind === 'government')) metric = 'detained';
  }
  // "The number of people held in immigration detention has climbed past 65,000": the count of those held, in detention.
  if (metric === 'captured' && frame.rule === 'linking' && tokens.slice(Math.max(0, frame.cueStart - 2), frame.cueEnd + 1).some((t) => t.norm === 'held') && factsOf(tokens, sentence).heldInPrison && !factsOf(tokens, sentence).hostages) metric = 'detained';
  // "9,000 Palestinians are held in Israeli prisons": the passive names no holder; the prison does.
  // "14 prison guards were held hostage": hostages and captives are captured, wherever the sentence names a prison.
  if (metric === 'captured' && (frame.rule === 'verb-after' || frame.rule === 'partitive-verb') && (tokens[frame.cueEnd - 1]?.norm === 'held' || tokens[frame.cueEnd - 2]?.norm === 'held')
    && !CAPTIVITY_WORDS.has(tokens[frame.cueEnd - 1]!.norm) && !CAPTIVITY_WORDS.has(tokens[frame.cueEnd]?.norm ?? '') && factsOf(tokens, sentence).heldInPrison) metric = 'detained';

  let subject = frame.subject!;
  // A state's own forces ("members of the security forces", "government forces", "the army") belong to
  // the country the story is about: the one named last, else the document's.
  if (!subject.country && subject.group === 'military' && STATE_FORCES.test(subject.text) && !NON_STATE.test(subject.text)) {
    const country = named.country(fig.start) ?? state.documentCountryOf();
    if (country) subject = { ...subject, country };
  }
  // "Eight IDF soldiers", "600 SANDF troops", "FARDC soldiers": forces named by a state's armed forces or police the
  // gazetteer knows are that state's (not a de facto authority's: "Taliban fighters" keep none, as non-state forces do).
  if (!subject.country && !subject.anaphoric && subject.group === 'military') {
    const body = state.gazetteer.findIn(tokens, subject.start, subject.end);
    if (body?.inst.country && !body.inst.person && (body.inst.kind === 'military' || (body.inst.kind === 'government' && /\bpolice\b/i.test(body.inst.name)))) subject = { ...subject, country: body.inst.country };
  }
  // "It said three of its soldiers were wounded": a state speaker's own forces are its country's.
  if (!subject.country && cue && cue.speaker.link.country && (cue.speaker.link.kind === 'military' || cue.speaker.link.kind === 'government') && /^(?:its|their) /i.test(subject.text)) {
    subject = { ...subject, country: cue.speaker.link.country };
  }
  // "Hezbollah has announced the deaths of 22 of its members": an armed body's own members are its fighters.
  // (Not in a clause of its own subject: "The army said the village council had lost 5 of its members".)
  if (subject.group === 'people' && cue?.speaker.link.kind === 'military' && /^(?:its|their)(?: own)? members$/i.test(subject.text)
    && cue.at < fig.start && !tokens.slice(cue.at + 1, fig.start).some((t) => CLAUSE_AUXILIARIES.has(t.norm))) {
    subject = { ...subject, group: 'military' };
  }
  // "the enemy lost up to 505 servicemen", said a side's own command: the other side of the story.
  if (!subject.country && cue?.speaker.link.country && mentionsEnemy(tokens, fig.start, subject)) {
    const other = state.otherSideOf(cue.speaker.link.country);
    if (other) subject = { ...subject, country: other };
  }
  // "Six soldiers had lost their lives, the health minister said": a state reporting losses of soldiers or police
  // it does not name reports its own (a count of another side's names it: "Russian troops", "the enemy").
  // Not the object of an active verb ("the strike killed more than 60 servicemen"): that is what the state did to others.
  // "The army said it had sent 150 more troops": a state body deploying, in its own words, deploys its own forces.
  const ownLoss = OWN_LOSS_METRICS.has(metric) && frame.rule !== 'verb-before';
  // "The Interior Ministry said 300 police officers had been deployed": a state's report of forces sent, with no
  // other side named, is of its own.
  const ownDeployment = metric === 'deployed' && !!cue && ((cue.at < fig.start && (speakerActsItself(tokens, cue.at, fig.start) || frame.rule === 'verb-after'))
    // (No other state named in the sentence: "said that in Uganda, the army had sent 300 soldiers" may be Uganda's.)
    || (frame.rule === 'verb-before' && stateDeploys(tokens, frame.cueStart, true) && [...named.nations()].every((c) => c === cue.speaker.link.country)));
  if (!subject.country && !subject.anaphoric && subject.group === 'military' && cue?.speaker.link.country && (ownLoss || ownDeployment)
    && (cue.speaker.link.kind === 'government' || cue.speaker.link.kind === 'military' || cue.speaker.link.kind === 'official') && OWN_FORCES.test(subject.text) && !/[A-Z]/.test(subject.text.slice(1))) {
    subject = { ...subject, country: cue.speaker.link.country };
  }
  // "The government sent 120 soldiers" in the outlet's own voice: a state body deploying, with no other state named,
  // sends the forces of the state the story is about.
  if (!subject.country && !subject.anaphoric && subject.group === 'military' && !cue && metric === 'deployed' && frame.rule === 'verb-before'
    && stateDeploys(tokens, frame.cueStart, false) && OWN_FORCES.test(subject.text) && !/[A-Z]/.test(subject.text.slice(1)) && named.nations().size === 0) {
    const country = state.documentCountryOf();
    if (country) subject = { ...subject, country };
  }
  // "Militants ambushed a patrol, killing 12 soldiers": forces named by no nation, hit or taken by an armed group, are
  // the state's where the story is (no other state named in the sentence to make them another's).
  if (!subject.country && !subject.anaphoric && subject.group === 'military' && (OWN_LOSS_METRICS.has(metric) || metric === 'captured')
    && OWN_FORCES.test(subject.text) && !/[A-Z]/.test(subject.text.slice(1)) && !NON_STATE.test(subject.text) && factsOf(tokens, sentence).attackers) {
    const nations = named.nations();
    const country = state.documentCountryOf() ?? named.country(fig.start);
    if (country && (nations.size === 0 || (nations.size === 1 && nations.has(country)))) subject = { ...subject, country };
  }
  // A communiqué's own side ("On the friendly side: 9 killed and 14 wounded", "Our losses: 3 wounded"): the
  // speaker's forces, of the speaker's country (else the story's).
  if (subject.group === 'people' && !subject.country && OWN_LOSS_METRICS.has(metric) && OWN_SIDE.test(sentence)) {
    subject = { ...subject, group: 'military', country: cue?.speaker.link.country ?? state.documentCountryOf() };
  }
  const base0: Claim = {
    metric,
    min: fig.min,
    max: fig.max,
    approximate: fig.approximate,
    subject: { text: subject.text, country: subject.country, group: subject.group },
    source: chain,
    asOf,
    hedged,
    location,
    section,
    evidence: { start: base, end: base + sentence.length, text: sentence },
    rule: `${fig.form}+${frame.rule}+${cue ? `cue:${cue.verb}` : 'outlet-voice'}`,
    period,
  };
  // One figure, several parties: "Moscow and Kyiv each returned 1,000 captives", "… swapped 390 prisoners each" (decision 4).
  const eachAfter = frame.subject && !frame.subject.anaphoric ? tokens[frame.subject.end]?.norm === 'each' : tokens[fig.end]?.norm === 'each';
  const each = eachAfter || tokens.slice(Math.max(0, frame.cueStart - 2), frame.cueStart).some((t) => t.norm === 'each');
  if (each && !subject.country) {
    const parties = countriesIn(tokens, Math.max(0, frame.cueStart - 30), frame.cueStart).filter((c) => c.kind !== 'demonym');
    const codes = [...new Set(parties.map((p) => p.code))];
    if (codes.length >= 2) {
      // Each party returns the other side's people.
      const pair = codes.slice(-2);
      return pair.map((_, i) => ({ ...base0, subject: { ...base0.subject, country: pair[1 - i]! } }));
    }
  }
  return [base0];
}

/**
 * A person's name ("Ihor Terekhov"): two named people giving the same figure make two statements, while "police"
 * restating a figure its spokesman gave is one (mentions of one person share the name the register gives them).
 */
const PERSONAL_NAME = /^(?:[A-Z][\p{Ll}'’.-]+\s){1,3}[A-Z][\p{Ll}'’-]+$/u;

/**
 * What a sentence says as a whole (a prison, hostages, an armed group), read once per sentence
 * and only when asked: every figure of a long sentence asks, and a scan of the sentence per figure would be quadratic.
 */
class SentenceFacts {
  private held?: boolean;
  private hostage?: boolean;
  private armed?: boolean;

  constructor(private readonly tokens: readonly Token[], private readonly sentence: string) {}

  /** "held in Israeli prisons", "in detention", "at a temporary facility". */
  get heldInPrison(): boolean {
    return (this.held ??= HELD_IN_PRISON.test(this.sentence));
  }

  get hostages(): boolean {
    return (this.hostage ??= /\bhostages?\b/i.test(this.sentence));
  }

  /** An armed group that attacks a state's forces. */
  get attackers(): boolean {
    return (this.armed ??= NON_STATE_ATTACKERS.test(this.sentence));
  }
}
const sentenceFacts = new WeakMap<readonly Token[], SentenceFacts>();

function factsOf(tokens: readonly Token[], sentence: string): SentenceFacts {
  let facts = sentenceFacts.get(tokens);
  if (!facts) sentenceFacts.set(tokens, facts = new SentenceFacts(tokens, sentence));
  return facts;
}

/** One claim per distinct figure per document: same metric, figure, subject and origin → one, more evidence. */
function assemble(claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  const byKey = new Map<string, Claim | Claim[]>();
  for (const c of claims) {
    const origin = c.source[c.source.length - 1];
    // A template, not an array joined: this runs for every claim. null and undefined spell as join spelt them ('').
    const key = `${c.metric}|${c.min ?? ''}|${c.max ?? ''}|${c.subject.country ?? ''}|${c.subject.group}|${origin ? `${origin.country}|${origin.kind}` : 'outlet'}`;
    const same = byKey.get(key);
    let seen: Claim | undefined;
    if (same !== undefined) {
      // Most keys hold one claim; a list only where two people gave the same figure.
      if (!Array.isArray(same)) seen = namesAnotherPerson(same, origin) || countsElsewhere(same, c) ? undefined : same;
      else for (const x of same) if (!namesAnotherPerson(x, origin) && !countsElsewhere(x, c)) { seen = x; break; }
    }
    if (seen) {
      if (seen.evidence.start !== c.evidence.start) (seen.evidence.more ??= []).push({ start: c.evidence.start, end: c.evidence.end, text: c.evidence.text });
      continue;
    }
    byKey.set(key, same === undefined ? c : Array.isArray(same) ? [...same, c] : [same, c]);
    out.push(c);
  }
  return out;
}

/**
 * Do two claims count the same figure in two different places ("Galle: 2 dead", "Kalutara: 2 dead")? Both name a
 * place and neither name holds the other ("Gaza" and "the Gaza Strip" are one place).
 */
function countsElsewhere(a: Claim, b: Claim): boolean {
  if (!a.location || !b.location) return false;
  const x = a.location.toLowerCase();
  const y = b.location.toLowerCase();
  return !x.includes(y) && !y.includes(x);
}

/** Do a claim and an origin name two different people (each by a person's name)? */
function namesAnotherPerson(claim: Claim, origin: SourceLink | undefined): boolean {
  const other = claim.source[claim.source.length - 1];
  return !!origin && !!other && other.name !== origin.name && PERSONAL_NAME.test(other.name) && PERSONAL_NAME.test(origin.name);
}
