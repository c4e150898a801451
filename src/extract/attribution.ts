/**
 * Stage 4, attribution: the chain from speaker to origin for each figure of a sentence.
 * Report cues ("X said", "said X", "according to X", "X told reporters", "citing Y", "after a
 * briefing by Y", "X told the BBC", "…, MRTV reported"), back-references ("the agency", "he",
 * "Lee") resolved against a per-document register of the sources named so far. No cue: the
 * outlet's own voice (an empty chain).
 */
import type { SourceLink } from '../core/claim.ts';
import { FIGURE_NOUNS, ORIGIN_INTRODUCERS, OUTLET_INTRODUCERS, SOURCE_POSSESSIONS, SPEECH_VERBS } from './data/attribution.ts';
import { typeSource, type SourceContext, type TypedSource } from './sources.ts';
import { PhraseTable, type Token } from './tokens.ts';

export interface RegisteredSource extends TypedSource {
  /** The links this source cited ("citing the NIS"), inherited by later "the lawmakers said". */
  origin: SourceLink[];
  /** Day of its latest dated statement. */
  date: string | null;
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
  verb: string;
}

const origins = new PhraseTable(ORIGIN_INTRODUCERS.map((k) => [k, true] as [string, boolean]));
const outlets = new PhraseTable(OUTLET_INTRODUCERS.map((k) => [k, true] as [string, boolean]));
const BOUNDARY = new Set([',', ';', ':', '"', '“', '”', '(', ')', '—', '–']);
const SKIP_BEFORE_VERB = new Set(['has', 'have', 'had', 'also', 'later', 'separately', 'earlier', 'previously', 'further', 'again', 'then', 'now', 'already', 'repeatedly', 'initially', 'first', 'last', 'on', 'this', 'week', 'officially', 'publicly', 'today', 'yesterday']);
const NP_STOP = new Set(['that', 'while', 'as', 'but', 'because', 'which', 'when', 'after', 'before', 'if', 'though', 'although', 'whereas', 'where', 'since']);
const NOT_OUTLETS = new Set(['reporters', 'journalists', 'a', 'the', 'lawmakers', 'parliament', 'president', 'an', 'local', 'state']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they']);

export class SourceRegister {
  readonly entries: RegisteredSource[] = [];

  add(src: TypedSource, origin: SourceLink[], date: string | null): RegisteredSource {
    const existing = this.entries.find((e) => sameSource(e, src));
    if (existing) {
      if (origin.length) existing.origin = origin;
      if (date) existing.date = date;
      // A later mention may give the proper name ("Lee Seong-kweun" after "a South Korean lawmaker").
      if (src.nameWords.length && !existing.nameWords.length) {
        existing.nameWords = src.nameWords;
        existing.link = { ...existing.link, name: src.link.name };
      }
      this.entries.splice(this.entries.indexOf(existing), 1);
      this.entries.push(existing);
      return existing;
    }
    const entry: RegisteredSource = { ...src, origin, date };
    this.entries.push(entry);
    return entry;
  }

  /** Resolve a back-reference: a pronoun, "the agency"/"the lawmakers", or a surname. */
  resolve(mention: Token[]): RegisteredSource | null {
    const words = mention.filter((t) => t.kind === 'word').map((t) => t.norm);
    if (words.length === 0) return null;
    const recent = [...this.entries].reverse();
    if (words.length === 1 && PRONOUNS.has(words[0]!)) {
      const p = words[0]!;
      if (p === 'he' || p === 'she') return recent.find((e) => e.person) ?? null;
      if (p === 'it') return recent.find((e) => !e.person && !e.plural) ?? recent.find((e) => !e.person) ?? null;
      return recent.find((e) => e.plural) ?? recent.find((e) => !e.person) ?? recent[0] ?? null;
    }
    const capitals = mention.filter((t) => /^[A-Z]/.test(t.text) && t.kind === 'word' && t.norm !== 'the').map((t) => t.norm);
    if (capitals.length > 0 && capitals.length <= 2) {
      const byName = recent.find((e) => capitals.every((c) => e.nameWords.includes(c)));
      if (byName) return byName;
    }
    if (words[0] === 'the' && words.length <= 3) {
      const head = words[words.length - 1]!;
      const byHead = recent.find((e) => e.words.includes(head) || (head.endsWith('s') && e.words.includes(head.slice(0, -1))));
      if (byHead) return byHead;
      const kindOf: Record<string, string> = { agency: 'intelligence', lawmakers: 'legislator', lawmaker: 'legislator', monitor: 'ngo', observatory: 'ngo', group: 'ngo', ministry: 'government', military: 'military', army: 'military', outlets: 'media', broadcaster: 'media', channel: 'media', office: 'international', general: 'military', officials: 'official' };
      const kind = kindOf[head];
      if (kind) return recent.find((e) => e.link.kind === kind) ?? null;
    }
    return null;
  }
}

function sameSource(a: TypedSource, b: TypedSource): boolean {
  if (a.link.id && a.link.id === b.link.id) return true;
  if (a.link.name.toLowerCase() === b.link.name.toLowerCase()) return true;
  if (a.nameWords.length && b.nameWords.length && b.nameWords.every((w) => a.nameWords.includes(w))) return true;
  return false;
}

function text(tokens: readonly Token[], s: number, e: number, sentence: string, base: number): string {
  return e > s ? sentence.slice(tokens[s]!.start - base, tokens[e - 1]!.end - base) : '';
}

/** The noun phrase after position i, up to a boundary. */
function npAfter(tokens: readonly Token[], i: number, limit = 14): [number, number] {
  let e = i;
  let depth = 0;
  while (e < tokens.length && e < i + limit) {
    const t = tokens[e]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') { if (depth === 0) break; depth--; e++; continue; }
    if (depth === 0 && (BOUNDARY.has(t.text) || t.text === '.' || NP_STOP.has(t.norm) || t.norm === 'who' || t.norm === 'on' && /^[A-Z]/.test(tokens[e + 1]?.text ?? '') && /day$/.test(tokens[e + 1]?.norm ?? '') || (SPEECH_VERBS.has(t.norm) && e > i) || t.norm === 'to' || t.norm === 'in' && e > i + 1 && /^(?:a|an|the)$/.test(tokens[e + 1]?.norm ?? '') && false)) break;
    e++;
  }
  return [i, e];
}

export interface AttributionContext extends Omit<SourceContext, 'recentCountry'> {
  register: SourceRegister;
  /** Country last named, per token position: recomputed by the caller for each sentence. */
  recentCountryAt: (tokenIndex: number) => string | null;
}

/** All attribution cues of a sentence, in order. */
export function findCues(tokens: readonly Token[], sentence: string, base: number, ctx: AttributionContext): Cue[] {
  const cues: Cue[] = [];
  const sctx = (at: number): SourceContext => ({ gazetteer: ctx.gazetteer, recentCountry: ctx.recentCountryAt(at), sentenceCountry: ctx.sentenceCountry, documentCountry: ctx.documentCountry });

  // Outlets and origins anywhere in the sentence.
  let outlet: TypedSource | null = null;
  const originLinks: SourceLink[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const o = origins.at(tokens, i);
    if (o) {
      let [s, e] = npAfter(tokens, i + o.length, 16);
      // "citing a closed-door briefing by the NIS": the briefing stands for its giver.
      for (let k = s; k < e; k++) if (tokens[k]!.norm === 'by' && k < s + 4) { s = k + 1; break; }
      if (e > s) {
        const typed = typeSource(text(tokens, s, e, sentence, base), sctx(s));
        originLinks.push(typed.link);
        ctx.register.add(typed, [], null);
      }
      i += o.length;
      continue;
    }
    const ot = outlets.at(tokens, i);
    if (ot && !outlet) {
      const [s, e] = npAfter(tokens, i + ot.length, 8);
      if (e > s && !NOT_OUTLETS.has(tokens[s]!.norm) || (e > s && tokens[s]!.norm === 'the' && /^[A-Z]/.test(tokens[s + 1]?.text ?? ''))) {
        const typed = typeSource(text(tokens, s, e, sentence, base), sctx(s));
        if (typed.link.kind === 'media') outlet = typed;
      }
    }
    if ((tokens[i]!.norm === 'carried' || tokens[i]!.norm === 'quoted' || tokens[i]!.norm === 'cited') && tokens[i + 1]?.norm === 'by') {
      const [s, e] = npAfter(tokens, i + 2, 8);
      if (e > s) outlet = typeSource(text(tokens, s, e, sentence, base), sctx(s));
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "according to X"
    if (t.norm === 'according' && tokens[i + 1]?.norm === 'to') {
      let [s, e] = npAfter(tokens, i + 2, 16);
      // "according to figures the interior ministry released on Monday"
      if (FIGURE_NOUNS.has(tokens[s]!.norm) || (tokens[s]!.norm === 'the' && FIGURE_NOUNS.has(tokens[s + 1]?.norm ?? ''))) {
        let k = s + (tokens[s]!.norm === 'the' ? 2 : 1);
        if (['from', 'by', 'of'].includes(tokens[k]?.norm ?? '') || tokens[k]?.norm === 'released' && tokens[k + 1]?.norm === 'by') k += tokens[k]?.norm === 'released' ? 2 : 1;
        if (k < e) {
          let e2 = k;
          while (e2 < e && !['released', 'published', 'issued', 'compiled', 'given'].includes(tokens[e2]!.norm)) e2++;
          if (e2 > k && !/^(?:U\.?N\.?|Israeli|official)$/i.test(tokens[k]!.text)) { s = k; e = e2; }
        }
      }
      // "according to U.S. officials cited by The New York Times": the officials are the speaker.
      let e3 = s;
      while (e3 < e && !(tokens[e3]!.norm === 'cited' || tokens[e3]!.norm === 'quoted')) e3++;
      const typed = typeSource(text(tokens, s, e3, sentence, base), sctx(s));
      const ref = ctx.register.resolve(tokens.slice(s, e3));
      const speaker = ref ?? ctx.register.add(typed, originLinks, null);
      cues.push(makeCue(i, i, Math.min(tokens.length, e + 3), speaker, !!ref, outlet, originLinks, i > 0, 'according to'));
      i = e;
      continue;
    }
    if (!SPEECH_VERBS.has(t.norm)) continue;
    if (!isSpeech(tokens, i)) continue;

    // Speaker before the verb: "X said", "X, a member of ..., told reporters", "the agency, known as the GUR, said".
    let k = i - 1;
    while (k >= 0 && (SKIP_BEFORE_VERB.has(tokens[k]!.norm) || /day$/.test(tokens[k]!.norm) && tokens[k - 1]?.norm === 'on')) k--;
    const chunks: Array<[number, number]> = [];
    let e = k + 1;
    let s = e;
    for (let q = k; q >= 0 && chunks.length < 4; q--) {
      const w = tokens[q]!;
      if (w.text === ',' || q === 0 || NP_STOP.has(w.norm) || w.text === '"' || w.text === '”' || w.text === '“' || w.text === ';') {
        s = w.text === ',' || NP_STOP.has(w.norm) || /["”“;]/.test(w.text) ? q + 1 : q;
        if (e > s) chunks.push([s, e]);
        if (w.text !== ',') break;
        e = q;
      }
    }
    let speaker: RegisteredSource | null = null;
    let coreferent = false;
    let clauseStart = chunks.length ? chunks[0]![0] : i;
    if (chunks.length > 0) {
      const [cs, ce] = chunks[0]!;
      const first = tokens[cs]!.norm;
      let core: [number, number] = [cs, ce];
      let description = '';
      // Appositives and relative clauses between a name and its verb.
      if ((['a', 'an', 'the', 'who', 'known', 'deputy', 'head', 'spokesman', 'spokeswoman'].includes(first) || first === 'which') && chunks[1]) {
        const [ps, pe] = chunks[1];
        if (first === 'known' && tokens[cs + 1]?.norm === 'as') {
          description = text(tokens, ps, pe, sentence, base);
          core = [cs + 2, ce];
        } else if (/^[A-Z]/.test(tokens[ps]!.text) && pe - ps <= 6 || first === 'who') {
          description = text(tokens, cs, ce, sentence, base);
          core = [ps, pe];
        }
        clauseStart = core[0];
      }
      // "In Kyiv, Andriy Kovalenko ..." : a leading prepositional phrase is not the speaker.
      while (core[0] < core[1] && ['in', 'on', 'at', 'earlier', 'later', 'meanwhile', 'separately', 'speaking', 'and', 'but', 'also'].includes(tokens[core[0]]!.norm) && core[1] - core[0] > 1 && !(/^[A-Z]/.test(tokens[core[0] + 1]?.text ?? '') && tokens[core[0]]!.norm === 'in' && false)) {
        if (tokens[core[0]]!.norm === 'on' || tokens[core[0]]!.norm === 'in' || tokens[core[0]]!.norm === 'at') {
          // skip "On Tuesday", "In Bangkok" up to the first capitalised non-place... keep it simple: drop two tokens
          core = [core[0] + 2, core[1]];
        } else core = [core[0] + 1, core[1]];
      }
      // A possessive source: "The monitor's toll includes", "Their count".
      if (core[1] - core[0] >= 1) {
        const mention = tokens.slice(core[0], core[1]);
        const ref = ctx.register.resolve(mention);
        if (ref) {
          speaker = ref;
          coreferent = true;
          if (description) {
            const typedDesc = typeSource(text(tokens, core[0], core[1], sentence, base), sctx(core[0]), description);
            if (typedDesc.nameWords.length && !ref.nameWords.length) ctx.register.add(typedDesc, [], null);
          }
        } else {
          const typed = typeSource(text(tokens, core[0], core[1], sentence, base), sctx(core[0]), description);
          // A named person after an unnamed one of the same kind: "Lee Seong-kweun" after "a South Korean lawmaker".
          const unnamed = [...ctx.register.entries].reverse().find((x) => x.person === false && !x.plural && !x.nameWords.length && x.link.kind === typed.link.kind && typed.person);
          if (unnamed && typed.person) {
            unnamed.nameWords = typed.nameWords;
            unnamed.person = true;
            speaker = unnamed;
            coreferent = true;
          } else speaker = ctx.register.add(typed, [], null);
          if (!typed.link.country && speaker === unnamed) { /* keep the earlier country */ }
        }
      }
    }
    // Inverted: ", said the lawmakers, citing ..." / "…,” said X."
    if (!speaker) {
      const [ns, ne] = npAfter(tokens, i + 1, 12);
      if (ne > ns) {
        const mention = tokens.slice(ns, ne);
        const ref = ctx.register.resolve(mention);
        if (ref) { speaker = ref; coreferent = true; }
        else speaker = ctx.register.add(typeSource(text(tokens, ns, ne, sentence, base), sctx(ns)), [], null);
        clauseStart = i;
      }
    }
    if (!speaker) continue;
    // Possessive speakers ("The monitor's toll includes") are found by the frame's counting verb.
    const trailing = i > 0 && clauseStart > 0 && tokens.slice(0, clauseStart).some((x) => /^\d/.test(x.text) || x.kind === 'word' && /^(?:dozens|hundreds|thousands|millions)$/.test(x.norm));
    let clauseEnd = i + 1;
    while (clauseEnd < tokens.length && clauseEnd < i + 14 && !BOUNDARY.has(tokens[clauseEnd]!.text) && tokens[clauseEnd]!.norm !== 'that' && tokens[clauseEnd]!.text !== '.') clauseEnd++;
    cues.push(makeCue(i, clauseStart, clauseEnd, speaker, coreferent, outlet, originLinks, trailing, t.norm));
  }

  // Possessive source with a counting verb: "The monitor's toll includes 336 ...".
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.norm === "'s" && SOURCE_POSSESSIONS.has(tokens[i + 1]?.norm ?? '') && cues.length === 0) {
      let s = i - 1;
      while (s > 0 && tokens[s - 1]!.kind === 'word' && !NP_STOP.has(tokens[s - 1]!.norm)) s--;
      const mention = tokens.slice(s, i);
      const ref = ctx.register.resolve(mention);
      const speaker = ref ?? ctx.register.add(typeSource(text(tokens, s, i, sentence, base), sctx(s)), [], null);
      cues.push(makeCue(i, s, i + 2, speaker, !!ref, outlet, originLinks, false, 'possessive'));
    }
    if ((tokens[i]!.norm === 'their' || tokens[i]!.norm === 'its') && SOURCE_POSSESSIONS.has(tokens[i + 1]?.norm ?? '') && cues.length === 0 && i < 2) {
      const ref = ctx.register.resolve([{ ...tokens[i]!, norm: tokens[i]!.norm === 'their' ? 'they' : 'it' }]);
      if (ref) cues.push(makeCue(i, i, i + 2, ref, true, outlet, originLinks, false, 'possessive'));
    }
  }
  return cues;
}

/** Is the speech verb at i used as a report verb here (not "reported missing", "were recorded")? */
function isSpeech(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.norm;
  const prev = tokens[i - 1]?.norm ?? '';
  const next = tokens[i + 1]?.norm ?? '';
  if (['were', 'was', 'been', 'be', 'is', 'are', 'being'].includes(prev) && !['said', 'told', 'quoted'].includes(w)) return false;
  if (prev === 'not' || prev === "n't" || prev === 'never' || (prev === 'to' && tokens[i - 2]?.norm === 'declined')) return false;
  if (w === 'reported' && ['missing', 'dead', 'killed', 'wounded', 'injured', 'losses', 'casualties', 'deaths'].includes(next)) return false;
  if (w === 'put' || w === 'puts') return ['the', 'its', 'their'].includes(next) && ['toll', 'death', 'number', 'total', 'figure', 'casualty'].includes(tokens[i + 2]?.norm ?? '');
  if (w === 'gave' || w === 'give' || w === 'gives') return ['a', 'the', 'its', 'their'].includes(next) && tokens.slice(i + 1, i + 5).some((t) => ['toll', 'figure', 'figures', 'number', 'estimate'].includes(t.norm));
  if (w === 'released' || w === 'raised' || w === 'updated') return ['its', 'their', 'the'].includes(next) && ['toll', 'figures', 'count', 'tally', 'estimate'].includes(tokens[i + 2]?.norm ?? '');
  if (w === 'show' || w === 'shows' || w === 'showed' || w === 'indicate' || w === 'indicates' || w === 'indicated') return true;
  if (w === 'counted' || w === 'recorded' || w === 'documented' || w === 'claims' || w === 'claim' || w === 'estimate' || w === 'report' || w === 'records' || w === 'counts') {
    return /^[A-Z]/.test(tokens[i - 1]?.text ?? '') || ['it', 'they', 'he', 'she', 'officials', 'also', 'group', 'monitor', 'ministry', 'agency', 'has', 'have'].includes(prev);
  }
  if (w === 'cited' || w === 'cites') return next !== 'by';
  if (w === 'believed' || w === 'believe' || w === 'believes' || w === 'suggest' || w === 'suggests') return next === 'that' || /^[a-z]/.test(next) && ['the', 'about', 'around', 'some', 'more', 'at'].includes(next);
  return true;
}

function makeCue(at: number, clauseStart: number, clauseEnd: number, speaker: RegisteredSource, coreferent: boolean, outlet: TypedSource | null, originLinks: SourceLink[], trailing: boolean, verb: string): Cue {
  const chain: SourceLink[] = [];
  if (outlet && outlet.link.name !== speaker.link.name) chain.push(outlet.link);
  chain.push(speaker.link);
  const origin = originLinks.length ? originLinks : speaker.origin;
  for (const o of origin) if (!chain.some((c) => c.name === o.name)) chain.push(o);
  if (originLinks.length) speaker.origin = originLinks;
  return { at, clauseStart, clauseEnd, chain, speaker, coreferent, trailing, verb };
}

/** The cue that attributes a figure at token position `pos`: a trailing cue after it, else the nearest before. */
export function cueFor(cues: readonly Cue[], pos: number): Cue | null {
  if (cues.length === 0) return null;
  const media = cues.find((c) => c.verb === 'reported' && c.speaker.link.kind === 'media' && c.at > pos);
  const before = [...cues].reverse().find((c) => c.at < pos && !c.trailing);
  if (media && before && before.speaker !== media.speaker) {
    return { ...before, chain: [media.speaker.link, ...before.chain.filter((l) => l.name !== media.speaker.link.name)] };
  }
  const after = cues.find((c) => c.at > pos);
  if (after && (after.trailing || !before)) return after;
  return before ?? after ?? null;
}
