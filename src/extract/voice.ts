/**
 * Reproduced statements: stretches of an article that are one body's own words, set out by the outlet — a governor's
 * post quoted whole after "X wrote on Telegram:", "The following is the text of a report issued by X", a release
 * that opens "Issued by X" or "Communique No. 71 of X", a communiqué's "X wishes to inform the public that …". Inside
 * such a stretch a sentence without a source of its own speaks for that body, not for the outlet.
 *
 * Each pattern is anchored or bounded and holds no nested quantifier: linear in the sentence's length.
 */
import { PRODUCT_NOUNS, REPRODUCING_VERBS } from './data/voice.ts';
import { leadingDateline } from './segment.ts';
import { isSpaceCode } from './tokens.ts';

export interface Voice {
  /** The body's name as the lead-in gives it, with its appositive ("Oleh Syniehubov, head of the …"). */
  speaker: string;
  /** Where the stretch starts and ends (offsets into the article's text). */
  start: number;
  end: number;
  /** The lead-in sentence, whose day ("on Monday evening") dates the statement. */
  leadIn: string;
  /** Named by a bare heading ("Ministry of Defence of Armenia, 16 November:"): kept only if the name is a source's. */
  heading?: boolean;
}

const VERBS = REPRODUCING_VERBS.join('|');
const PRODUCTS = PRODUCT_NOUNS.join('|');
/** The end of a word, accented letters included ("communiqué" ends after its "é", which \\b does not see as a letter). */
const WORD_END = '(?![\\p{L}\\p{N}_])';

/** "Governor X wrote in his Telegram channel on Monday evening:", "The Manipur Police published the following press note …". */
const SUBJECT_THEN_VERB = new RegExp(`^((?:[A-Z][^\\s:;"“”]*|the)(?:[ ,][^:;"“”]{0,160}?)?)\\s+(?:has\\s+|had\\s+)?(?:${VERBS})\\b`);
/** "The following is the text of a report issued by X on Thursday.", "Below is our translation of a statement posted on the website of X." */
const FOLLOWING_IS = new RegExp(`^(?:the following is|following is|below is|here is|what follows is)\\b[^\\n]{0,80}?\\b(?:${PRODUCTS})${WORD_END}`, 'iu');
/** The last "by X"/"of X" naming a body in capitals ("issued by the Syrian Observatory for Human Rights"). */
const BY_NAME = /\b(?:by|of) ((?:the )?\p{Lu}[\p{L}\p{N}'’()&-]*(?: (?:of|for|and|the|de|al|\p{Lu}[\p{L}\p{N}'’()&-]*))*)/gu;
/** "Issued by the Sichuan Provincial Emergency Management Department, 20 May 2026" */
const ISSUED_BY = /^(?:issued|released|published) by ((?:the )?[A-Z][^,;:\n]{2,150}?)(?:,|\.|$)/i;
/** "Communique No. 071 of the General Staff of the Armed Forces." — a heading that names the body it comes from. */
const HEADING_OF = new RegExp(`^(?:${PRODUCTS})(?: No\\.?\\s*[\\w/.-]{1,12})? (?:of|from|by) ((?:the )?[A-Z][^,;:\\n]{2,150}?)\\.?$`, 'iu');
/** "The General Staff of the Armed Forces informs the national and international public that …": a communiqué's own formula. */
const INFORMS_PUBLIC = /^((?:the )?[A-Z][^,;:\n]{2,150}?) (?:wishes to inform|would like to inform|informs|hereby informs) (?:the )?(?:[a-z]+ )?(?:and [a-z]+ )?(?:public|population|people|citizens|nation)\b/i;
/** First words of the paragraphs that can open a voice ("The following is", "Issued by", "Communique No. 12 of"). */
const OPENING_WORDS: ReadonlySet<string> = new Set(['the', 'following', 'below', 'here', 'what', 'issued', 'released', 'published', ...PRODUCT_NOUNS.map((p) => p.split(' ')[0]!)]);
/** A communiqué's formula opens its text: it is looked for in the first paragraphs only. */
const FORMULA_PARAGRAPHS = 3;

/** "[End of communique.]", "End of statement", "-- ENDS --": where a reproduced release stops. */
const END_MARK = /(?:^|\[)\s*(?:end of (?:the )?(?:communiqu[eé]|statement|release|text|bulletin|transcript)|-*\s*ends?\s*-*\s*$)/i;

/**
 * The reproduced statements of a text, in order. A paragraph that opens a quoted block running across whole
 * paragraphs is the voice its lead-in — the paragraph before it — names ("X wrote on Telegram:", "X published the
 * following press note", "The following is our translation of a statement posted by X"), up to the block's end.
 * A paragraph "The following is …", "Issued by …", a heading naming its body, or a communiqué's formula opens one
 * over the paragraphs after it, up to an end mark or the end of the text.
 */
export function voicesOf(text: string): Voice[] {
  const voices: Voice[] = [];
  const closing = { at: 0 };
  // Only paragraph starts are looked at, and a paragraph's text is copied only where its start may open a voice.
  let prevStart = -1;
  let prevEnd = -1;
  let index = 0;
  // Where "inform" next occurs (a communiqué's formula needs it): one search, moved on only past paragraphs it is not in.
  let informAt = text.indexOf('inform');
  // Likewise "the following " (a lead-in: "X published the following statement"), and "in full" ("The statement is
  // reproduced below in full", "We publish it in full").
  let followingAt = text.indexOf('the following ');
  let inFullAt = text.indexOf(' in full');
  for (let span = nextParagraph(text, 0); span !== null; span = nextParagraph(text, span[1] + 1)) {
    const [start, end] = span;
    const last = voices[voices.length - 1];
    const c = text.charCodeAt(start);
    if (last && start < last.end) {
      // inside a voice already
    } else if ((c === 34 || c === 0x201c) && prevStart >= 0) {
      const blockEnd = quotedBlockEnd(text, start, end, closing);
      const leadIn = blockEnd === null ? null : text.slice(prevStart, Math.min(prevEnd, prevStart + 400));
      const speaker = leadIn === null ? null : speakerOfLeadIn(leadIn);
      const quotedWhole = blockEnd === null && CLOSING_QUOTE.test(text.slice(Math.max(start, end - 3), end));
      // "Governor X wrote:" then one paragraph quoted whole: the lead-in's last sentence, ending with its colon, names who.
      const colonLeadIn = quotedWhole && text.slice(prevStart, prevEnd).trimEnd().endsWith(':') ? text.slice(Math.max(prevStart, prevEnd - 400), prevEnd) : null;
      const colonSpeaker = colonLeadIn === null ? null : speakerOfLeadIn(colonLeadIn);
      if (speaker) voices.push({ speaker, start, end: blockEnd!, leadIn: leadIn! });
      else if (colonSpeaker) voices.push({ speaker: colonSpeaker, start, end, leadIn: colonLeadIn! });
      else if (quotedWhole && prevEnd - prevStart < 160) {
        // A paragraph quoted whole under a heading that names who issued it: "Ministry of Defence of Armenia, 16 November, 21:40:".
        const heading = HEADING_LABEL.exec(text.slice(prevStart, prevEnd));
        if (heading && NAME_WORDS.test(heading[1]!)) voices.push({ speaker: heading[1]!.trim(), start, end, leadIn: text.slice(prevStart, prevEnd), heading: true });
      }
    } else if (c >= 65 && c <= 90) {
      const opening = OPENING_WORDS.has(firstWord(text, start));
      if (informAt < start && informAt >= 0) informAt = text.indexOf('inform', start);
      const formula = index < FORMULA_PARAGRAPHS && informAt >= start && informAt < Math.min(end, start + 400);
      if (followingAt < start && followingAt >= 0) followingAt = text.indexOf('the following ', start);
      const following = followingAt >= start && followingAt < Math.min(end, start + 400);
      if (inFullAt < start && inFullAt >= 0) inFullAt = text.indexOf(' in full', start);
      const inFull = !following && inFullAt >= start && inFullAt < Math.min(end, start + 400);
      if (!opening && !formula && !following && !inFull) { prevStart = start; prevEnd = end; index++; continue; }
      const head = text.slice(start, Math.min(end, start + 400));
      const informs = formula ? INFORMS_PUBLIC.exec(head) : null;
      let speaker = !opening ? informs?.[1] : FOLLOWING_IS.test(head) ? lastByName(head) : (ISSUED_BY.exec(head) ?? HEADING_OF.exec(head) ?? informs)?.[1];
      // "The Rapid Support Forces published the following statement on its Telegram channel on Monday.", the statement
      // then set out between rules ("---") or to the end; a quoted one is left to the quoted block after it.
      // "The Police Command on Tuesday issued a statement on the attack. The statement is reproduced below in full.": the
      // same, the product named by an article and its reproduction said in so many words.
      const dateline = leadingDateline(head);
      const lead = dateline ? head.slice(head.indexOf(dateline) + dateline.length) : head;
      const leadsIn = !speaker && ((following && FOLLOWING_PRODUCT.test(lead)) || (inFull && REPRODUCED_IN_FULL.test(lead) && ISSUED_PRODUCT.test(lead))) ? SUBJECT_THEN_VERB.exec(lead) : null;
      if (leadsIn && !NOT_A_SPEAKER.test(leadsIn[1]!) && !opensWithQuote(text, end)) {
        voices.push({ speaker: leadsIn[1]!.replace(SPEAKER_DAY, '').replace(/,\s*$/, ''), start: end, end: stretchEnd(text, end, true), leadIn: lead });
        speaker = undefined;
      }
      // The formula's own sentence is read as it stands (its subject is its speaker); the voice covers what follows.
      else if (speaker) voices.push({ speaker, start: end, end: stretchEnd(text, end, false), leadIn: informs ? '' : head });
    }
    prevStart = start;
    prevEnd = end;
    index++;
  }
  return voices;
}

/** The word a paragraph opens with, lower-cased (ASCII letters). */
function firstWord(text: string, start: number): string {
  let e = start;
  while (e < text.length && e - start < 20) {
    const c = text.charCodeAt(e) | 32;
    if (c < 97 || c > 122) break;
    e++;
  }
  return text.slice(start, e).toLowerCase();
}

/** The speaker a lead-in paragraph names for the quoted block after it, or null. */
function leadInSpeaker(leadIn: string): string | null {
  if (FOLLOWING_IS.test(leadIn)) return lastByName(leadIn);
  // The sentence that introduces the quotation is the lead-in's last, so it is asked first ("…advanced. Its daily
  // summary, published on Telegram, said in part:"); then the whole lead-in ("X posted her summary. We publish it in full.").
  for (const part of [lastSentence(leadIn), leadIn]) {
    const m = SUBJECT_THEN_VERB.exec(part);
    if (m && !NOT_A_SPEAKER.test(m[1]!)) return m[1]!.replace(/,\s*$/, '');
  }
  return null;
}

/** Who a lead-in says speaks: by a verb of reproducing ("X wrote on Facebook:"), else of saying ("X said in part:"). */
function speakerOfLeadIn(leadIn: string): string | null {
  return leadInSpeaker(leadIn) ?? saidLeadInSpeaker(leadIn);
}

/**
 * "The ministry's daily summary, published on its Telegram channel, said in part:" — a lead-in whose last sentence
 * ends by saying who speaks, then a colon: the quoted paragraphs after it are that speaker's, as a reproduced text is.
 */
function saidLeadInSpeaker(leadIn: string): string | null {
  const trimmed = leadIn.trimEnd();
  if (!trimmed.endsWith(':')) return null;
  const m = SUBJECT_THEN_SAID.exec(lastSentence(trimmed));
  // "The ministry's daily summary, published on its Telegram channel": the participle set off says where, not who.
  return m && !NOT_A_SPEAKER.test(m[1]!) ? m[1]!.replace(/,\s*(?:published|posted|issued|released|carried|shared)\b[^,]*,?\s*$/, '').replace(/,\s*$/, '') : null;
}

/** The last sentence of a lead-in (after its last ". "), trimmed. */
function lastSentence(leadIn: string): string {
  const trimmed = leadIn.trim();
  return trimmed.slice(trimmed.lastIndexOf('. ') + 1).trim();
}
const SUBJECT_THEN_SAID = /^((?:[A-Z][^\s:;"“”]*|the)(?:[ ,][^:;"“”]{0,160}?)?)\s+(?:has\s+|had\s+)?(?:said|says|stated|declared|added)\b[^:;"“”.]{0,40}:$/;

const NOT_A_SPEAKER = /^(?:it|he|she|they|we|i|this|that|there)$/i;
/** A name: capitalised words and the small words that join them ("Ministry of Defence of Armenia"), nothing else. */
const NAME_WORDS = /^(?:the )?[A-Z][^\s]*(?: (?:of|for|and|the|de|al|[A-Z][^\s]*))*$/;
/** A paragraph that ends with its closing quote mark (after its last stop). */
const CLOSING_QUOTE = /["”][.]?$/;
/** A heading line: a name, an optional date and time after a comma, a colon. Bounded parts, anchored: linear. */
const HEADING_LABEL = /^((?:the )?[A-Z][^,:;\n"“”]{2,100}?)(?:,[^;\n"“”]{1,40}?)?:\s*$/;

/**
 * The next paragraph (text between blank lines, leading white space skipped) at or after `from`: [start, end), or null.
 * A scan for line breaks, no pattern: it runs over every text.
 */
function nextParagraph(text: string, from: number): [number, number] | null {
  const n = text.length;
  let start = from;
  while (start < n && isSpaceCode(text.charCodeAt(start))) start++;
  if (start >= n) return null;
  let q = start;
  for (;;) {
    const nl = text.indexOf('\n', q);
    if (nl < 0) return [start, n];
    let r = nl + 1;
    while (r < n && (text.charCodeAt(r) === 32 || text.charCodeAt(r) === 9 || text.charCodeAt(r) === 13)) r++;
    if (r >= n || text.charCodeAt(r) === 10) return [start, nl];
    q = r;
  }
}

/** Where a quoted block that opens at `from` ends: the first closing quote mark that closes a paragraph after its first. */
function quotedBlockEnd(text: string, from: number, paragraphEnd: number, memo: { at: number }): number | null {
  // The first closing quote after an earlier paragraph is the first after this one too, if it lies beyond it; none
  // after an earlier one means none after this one: each character is searched once, however many quoted paragraphs.
  if (memo.at !== -1 && memo.at <= from) {
    const close = /["”][ \t]*(?:\r?\n[ \t]*\r?\n|\s*$)/g;
    close.lastIndex = from + 1;
    const m = close.exec(text);
    memo.at = m ? m.index : -1;
  }
  // A block that closes within its first paragraph is an ordinary quotation, read with its own attribution.
  return memo.at > paragraphEnd ? memo.at + 1 : null;
}

/** "the following statement", "the following press note": a lead-in naming what it introduces. */
const FOLLOWING_PRODUCT = new RegExp(`\\bthe following (?:${PRODUCTS})${WORD_END}`, 'iu');
/**
 * "reproduced below in full", "We publish it in full", "printed here in full": the text that follows is the body's own
 * ("which state media published in full" points to no text that follows).
 */
const REPRODUCED_IN_FULL = /\b(?:(?:reproduced|published|printed|set out) (?:below|here) in full|(?:reproduced|published|printed|set out) in full (?:below|here)|(?:publish|print|reproduce)(?:es)? it (?:(?:below|here) )?in full)\b/i;
/** "X issued a statement", "X released a press note on the attack": a body's product named with its article. */
const ISSUED_PRODUCT = new RegExp(`\\b(?:${VERBS}) (?:a|an|its|the) (?:(?:brief|short|written|joint|fresh|new) )?(?:${PRODUCTS})${WORD_END}`, 'iu');
/** "The Police Command on Tuesday": the day the lead-in's subject carries is the statement's, not part of its name. */
const SPEAKER_DAY = /,?\s+(?:late |early )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?,?$/;
/** A rule set between a lead-in and the text it introduces, and after it: "---", "***", "* * *". */
const RULE_LINE = /^\s*(?:[-*_=]\s*){3,}$/;

/** A sign-off's date line: an optional place and comma, a day and month (either order), a year. Anchored, bounded: linear. */
const SIGN_OFF_DATE = /^\s*(?:[A-Z][\p{L}' -]{1,30},\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}\.?\s*$/u;

/** Does the paragraph after `from` open with a quote mark? */
function opensWithQuote(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  return c === 34 || c === 0x201c;
}

/**
 * Where a reproduced text that starts at `from` stops: the first end mark ("[End of communique]") — and, for a statement
 * set out between rules, the first rule line after some text of its own — or the text's end.
 */
function stretchEnd(text: string, from: number, byRules: boolean): number {
  let at = from;
  let seenText = false;
  // A sentence of the statement's own (a line ending with a stop, or a long one), not only its heading.
  let seenSentence = false;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    if (lineEnd - at < 200) {
      const line = text.slice(at, lineEnd);
      const rule = byRules && RULE_LINE.test(line);
      if ((seenText || !byRules) && (rule || END_MARK.test(line))) return at;
      // "19th January, 2027", "Ouagadougou, 24 January 2027": a line that is only a date (a place before it), after the
      // statement's sentences and closing its paragraph but for a signature's short lines, signs the statement off; what
      // follows is the outlet's again. (A date under the heading, or between sentences, is the statement's.)
      if (seenSentence && line.length < 60 && SIGN_OFF_DATE.test(line) && closesParagraph(text, lineEnd)) return at;
      if (!rule && line.trim() !== '') seenText = true;
      if (/[.!?]["”]?\s*$/.test(line) || line.length > 80) seenSentence = true;
    } else seenText = seenSentence = true;
    at = lineEnd + 1;
  }
  return text.length;
}

/** Do at most two short lines without a stop (a signature's name and title) follow `from` before its paragraph ends? */
function closesParagraph(text: string, from: number): boolean {
  let at = from;
  for (let n = 0; n <= 2; n++) {
    if (at >= text.length) return true;
    const nl = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, nl < 0 ? text.length : nl);
    if (line.trim() === '') return true;
    if (n === 2 || line.length > 60 || /[.!?]\s*$/.test(line)) return false;
    at = nl < 0 ? text.length : nl;
  }
  return false;
}

function lastByName(s: string): string | null {
  let last: string | null = null;
  BY_NAME.lastIndex = 0;
  for (let m = BY_NAME.exec(s); m; m = BY_NAME.exec(s)) last = m[1]!;
  return last ? last.replace(/(?: (?:of|for|and|the|on|de|al))+$/, '') : null;
}
