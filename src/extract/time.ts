/**
 * Stage 5, time: the day a speaker made a statement, from the words of the attribution clause,
 * resolved against the publication date. The spec's rules for vague periods come first
 * ("earlier this week" → Monday of the publication's ISO week, "last week" → Monday of the week
 * before, "last month" → the 1st of the previous month, weekdays → the latest such day on or
 * before publication); explicit dates go through chrono-node.
 */
// The English locale only: loading every locale of chrono-node costs a second at each start.
import * as chrono from 'chrono-node/en';

/**
 * A month's name or abbreviation as a whole word, or a numeric date: where chrono can find a day
 * and month. Whole words only: a prefix test sent every clause with "separate", "declared",
 * "market" or "junta" through chrono, extraction's costliest call.
 */
/** A month's name or its abbreviation, as an alternation (read by MONTH_OR_NUMERIC_DATE and MONTH_WORD). */
const MONTH_FORMS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** The months' full names, as an alternation (read, lower-case, by MONTH_ALONE and MONTH_YEAR; capitalised by MONTH_OF_PRODUCT). */
const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTH_OR_NUMERIC_DATE = new RegExp(`\\b(?:${MONTH_FORMS})\\b|\\d{1,4}[/-]\\d{1,2}`, 'i');
/** Any word the rules below read: a clause with none of them (most) costs one scan. */
const ANY_DAY_WORD = /\b(?:this week|last week|last month|this month|this year|weekend|yesterday|a day earlier|today|this morning|tonight|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "in February", "earlier in March": a month with no day (a day would have been read above). */
// "in March", and after a comma as a dated source gives it: "(source: British Ministry of Defence, December)".
const MONTH_ALONE = new RegExp(`(?:\\bin|,) (${MONTH_NAMES})\\b(?! \\d)`);
/** "in an August report", "in its March update": a month (capitalised, as written) describing the product a statement came in. */
const MONTH_OF_PRODUCT = new RegExp(`\\bin (?:an?|its|their|the) (${MONTH_NAMES.replace(/\b[a-z]/g, (c) => c.toUpperCase())}) (?:report|update|bulletin|statement|estimate|assessment|survey|review|briefing)\\b`);
const MONTH_YEAR = new RegExp(`(?:\\bin|,) (${MONTH_NAMES}) ((?:19|20)\\d\\d)\\b`);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function isoDay(d: Date): string {
  // By hand: toISOString builds the whole instant, and this runs for every document.
  const y = d.getUTCFullYear();
  if (y < 0 || y > 9999) return d.toISOString().slice(0, 10);
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/** Publication instant → a UTC date at noon of its calendar day (no time-zone drift). */
export function parsePublished(published: string | null | undefined): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  const parsed = chrono.parseDate(published);
  return parsed ? new Date(Date.UTC(parsed.getFullYear(), parsed.getMonth(), parsed.getDate(), 12)) : null;
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

function mondayOf(d: Date): Date {
  const dow = d.getUTCDay(); // 0 = Sunday
  return addDays(d, -((dow + 6) % 7));
}

/** "since" and the words after it to the next comma or semicolon: the start of a period counted. Linear. */
const SINCE_PHRASE = /\b[Ss]ince\b[^,;]*/g;
const SPEECH_IN_PHRASE = /\b(?:said|says|told|announced|reported|stated|wrote)\b/;

/** The first day of the month `offset` months from `published`'s ("last month": -1). */
function monthStart(published: Date, offset: number): string {
  return isoDay(new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() + offset, 1, 12)));
}

/**
 * The statement day named in `clause`, or null when it names none. Time-of-day words and
 * durations are ignored; a date after publication is taken as the year before.
 */

export function statementDate(clause0: string, published: Date | null, known?: Map<string, string | null>): string | null {
  if (!published || clause0.length === 0) return null;
  // Most clauses name no day at all: ruled out before anything else is read.
  const calendar0 = MONTH_OR_NUMERIC_DATE.test(clause0);
  if (!calendar0 && !ANY_DAY_WORD.test(clause0)) return null;
  // "Since protests began on 28 November, the centre has documented …", "killed since January": a day after "since"
  // starts the period counted, it does not date the statement. (Each "since" is read to the next comma: linear.)
  // ("…since President X said in February that …" is the statement itself.)
  const clause = clause0.includes('ince') ? clause0.replace(SINCE_PHRASE, (phrase) => (SPEECH_IN_PHRASE.test(phrase) ? phrase : ' ')) : clause0;
  const calendar = clause === clause0 ? calendar0 : MONTH_OR_NUMERIC_DATE.test(clause);
  if (clause !== clause0 && !calendar && !ANY_DAY_WORD.test(clause)) return null;
  const lower = clause.toLowerCase().replace(/’/g, "'");
  if (/\bearlier this week\b|\bthis week\b/.test(lower)) return isoDay(mondayOf(published));
  if (/\blast week\b/.test(lower)) return isoDay(addDays(mondayOf(published), -7));
  if (/\blast month\b/.test(lower)) return monthStart(published, -1);
  // A vaguer period gives its first day (spec): "earlier this month" the 1st, "earlier this year" 1 January,
  // "at the weekend" its Saturday.
  if (/\bearlier this month\b/.test(lower)) return monthStart(published, 0);
  if (/\bearlier this year\b/.test(lower)) return isoDay(new Date(Date.UTC(published.getUTCFullYear(), 0, 1, 12)));
  if (/\b(?:at|over|during) the weekend\b|\b(?:this|last) weekend\b/.test(lower)) return isoDay(addDays(published, -((published.getUTCDay() + 1) % 7)));
  if (/\byesterday\b|\ba day earlier\b/.test(lower)) return isoDay(addDays(published, -1));
  if (/\btoday\b|\bthis morning\b|\btonight\b/.test(lower)) return isoDay(published);
  // Explicit calendar dates ("on Aug. 12", "on December 17") before weekdays. chrono is the
  // costly part of extraction, so it runs only where a month name or a numeric date is written.
  if (calendar) {
    let day = known?.get(clause);
    if (day === undefined) {
      day = calendarDay(clause, published);
      known?.set(clause, day);
    }
    if (day) return day;
  }
  // "said in March 2023": a month of a given year gives its first day.
  const monthYear = calendar ? MONTH_YEAR.exec(lower) : null;
  if (monthYear) return isoDay(new Date(Date.UTC(Number(monthYear[2]), MONTHS.indexOf(monthYear[1]!.slice(0, 3)), 1, 12)));
  // "said in February": a month alone gives its first day, the latest such month on or before publication.
  const product = calendar ? MONTH_OF_PRODUCT.exec(clause) : null;
  const month = calendar ? MONTH_ALONE.exec(lower) ?? (product ? [product[0], product[1]!.toLowerCase()] : null) : null;
  if (month) {
    const m = MONTHS.indexOf(month[1]!.slice(0, 3));
    const year = m > published.getUTCMonth() ? published.getUTCFullYear() - 1 : published.getUTCFullYear();
    return isoDay(new Date(Date.UTC(year, m, 1, 12)));
  }
  const wd = weekdayIn(clause);
  if (wd) {
    const target = WEEKDAYS.indexOf(wd);
    const back = (published.getUTCDay() - target + 7) % 7;
    return isoDay(addDays(published, -back));
  }
  // "said this month" (no day named): the month's first day, as "earlier this month"; "this month's toll" is no time
  // of the statement.
  if (/\bthis month\b(?!['’]s)/.test(lower)) return monthStart(published, 0);
  return null;
}

/**
 * The first weekday named as a day in `clause`, lower-case, or null. A weekday that opens a name is no day: before a
 * capitalised word that is no month and is itself followed by a comma or a speech verb ("the council chairman, Monday
 * Kassah, said on Tuesday"; "said Sunday Adebayo, the police spokesman"), unless a word that dates stands before it
 * ("on Monday Hamas, the group …"); "said Monday Israeli strikes had killed …" names a day.
 */
function weekdayIn(clause: string): string | null {
  WEEKDAY_WORD.lastIndex = 0;
  for (let m = WEEKDAY_WORD.exec(clause); m; m = WEEKDAY_WORD.exec(clause)) {
    const after = clause.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const name = NAME_AFTER_WEEKDAY.exec(after);
    const before = WORD_BEFORE.exec(clause.slice(Math.max(0, m.index - 12), m.index));
    if (name && !MONTH_WORD.test(name[1]!) && !(before && DATING_WORDS.has(before[1]!.toLowerCase()))) continue;
    return m[0].toLowerCase();
  }
  return null;
}
const WEEKDAY_WORD = new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'gi');
/** A capitalised word right after the weekday, then a comma or a speech verb: the rest of a name. */
const NAME_AFTER_WEEKDAY = /^ ([A-Z][A-Za-z'-]+)(?:,| (?:said|says|told|added))/;
const WORD_BEFORE = /([A-Za-z]+)\s*$/;
const DATING_WORDS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'next', 'by', 'until', 'since', 'from', 'late', 'early', 'before', 'after']);
const MONTH_WORD = new RegExp(`^(?:${MONTH_FORMS})$`, 'i');

/**
 * The first date with a certain day and month that chrono reads in `clause`, as YYYY-MM-DD (a
 * date after publication is taken as the year before).
 */
function calendarDay(clause: string, published: Date): string | null {
  for (const r of chrono.parse(clause, published, { forwardDate: false })) {
    if (r.start.isCertain('day') && r.start.isCertain('month')) {
      let d = r.start.date();
      let day = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), 12));
      if (!r.start.isCertain('year') && day.getTime() > published.getTime() + 86_400_000) {
        d = new Date(d.getFullYear() - 1, d.getMonth(), d.getDate());
        day = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), 12));
      }
      return isoDay(day);
    }
  }
  return null;
}

/** "the same day": the statement shares the day of the speaker's previous one. */
export function saysSameDay(clause: string): boolean {
  return /\bthe same day\b|\blater that day\b/i.test(clause);
}
