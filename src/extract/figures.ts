/**
 * Stage 2, figures: a cheap scan of a sentence's tokens for numerals, number words and vague
 * magnitudes, with their bounds ("at least", "up to", ranges). A figure says nothing yet about
 * what it counts; the frame stage decides that.
 */
import { BOUNDS_AFTER, BOUNDS_BEFORE, SCALES as SCALE_WORDS, TENS as TEN_WORDS, UNITS as UNIT_WORDS, VAGUE, type BoundKind } from './data/numbers.ts';
import { ONE_PERSON_NOUNS } from './data/nouns.ts';

// Maps, not plain objects: a lookup of any word ("constructor" included) is a clean miss.
const UNITS = new Map(Object.entries(UNIT_WORDS));
const TENS = new Map(Object.entries(TEN_WORDS));
const SCALES = new Map(Object.entries(SCALE_WORDS));
const ATTACHED_SCALES = new Map<string, number>([['m', 1_000_000], ['mn', 1_000_000], ['k', 1_000]]);
import { PhraseTable, type Token } from './tokens.ts';

export interface Figure {
  /** Tokens of the number itself: [start, end). */
  numStart: number;
  numEnd: number;
  /** Tokens including bound words: [start, end). */
  start: number;
  end: number;
  min: number | null;
  max: number | null;
  approximate: boolean;
  /** Which pattern read it: digits, words, vague, range. */
  form: 'digits' | 'words' | 'vague' | 'range';
  /** Value as a single number for duplicate detection (min ?? max). */
  value: number;
}

const boundsBefore = new PhraseTable<BoundKind>(BOUNDS_BEFORE);
const boundsAfter = new PhraseTable<BoundKind>(BOUNDS_AFTER);
const PARTICLE_OVER_VERBS: ReadonlySet<string> = new Set(['handed', 'hand', 'hands', 'handing', 'turned', 'turn', 'turns', 'turning', 'took', 'take', 'takes', 'taking', 'taken', 'signed', 'passed', 'given', 'gave']);
const vague = new PhraseTable(VAGUE);

const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const QUOTE = new Set(['"', "'", '“', '”', '‘', '’']);

/** Parse "4,700", "1.2" (with a scale word after), "600". Returns null for decimals without scale. */
function parseDigits(tokens: readonly Token[], i: number): { value: number; end: number; plus?: boolean } | null {
  const t = tokens[i]!;
  const raw = t.text;
  // "4,700" or "122,883": commas group thousands; "1.2" is a decimal.
  let value: number;
  if (/^\d{1,3}(?:,\d{3})+$/.test(raw)) value = Number(raw.replace(/,/g, ''));
  // "000" on its own is the tail of a number written with spaces ("5 000"), read with its head below.
  else if (raw.length > 1 && raw[0] === '0') return null;
  else if (/^\d+$/.test(raw)) value = Number(raw);
  else if (/^\d+\.\d+$/.test(raw)) value = Number(raw);
  else return null;
  let end = i + 1;
  // "5 000", "12 500": thousands set apart by a single space, as much of the world writes them.
  if (/^\d{1,3}$/.test(raw)) {
    while (tokens[end]?.kind === 'num' && /^\d{3}$/.test(tokens[end]!.text) && tokens[end]!.start === tokens[end - 1]!.end + 1 && end - i < 4) {
      value = value * 1000 + Number(tokens[end]!.text);
      end++;
    }
  }
  const next = tokens[end];
  // "1.2m", "300k": a written-on scale letter, as British and headline style abbreviate.
  const attachedScale = next && next.kind === 'word' && next.start === t.end ? ATTACHED_SCALES.get(next.norm) : undefined;
  if (next && next.kind === 'word' && next.start === t.end && !attachedScale) return null; // "65th", "8km", "5G"
  if (next && (next.text === '%' || next.norm === 'percent' || next.norm === 'per')) return null;
  // "a 12-year-old boy", "a 10-member team": a compound modifier, not a count; but "a 1,000-strong
  // force" counts the force's members.
  const after = tokens[i + 2];
  if (next && next.text === '-' && next.start === t.end && after && after.kind === 'word' && after.start === next.end) {
    // "1,200-plus" is at least that many; "300-odd" about that many (the bound is read after the figure).
    if (after.norm === 'odd' && Number.isInteger(value)) return { value, end: i + 1, plus: false };
    if ((after.norm !== 'strong' && after.norm !== 'plus') || !Number.isInteger(value)) return null;
    return { value, end: i + 3, plus: after.norm === 'plus' };
  }
  // "on 5 March": a day of the month written before it.
  if (next && MONTH_NAMES.has(next.norm)) return null;
  const prev = tokens[i - 1];
  if (prev && /^[$€£¥₹₦₱₩₽₴৳₨]$/.test(prev.text)) return null;
  // "March 15", "Aug. 6", "July 7": a day of the month.
  const month = prev?.text === '.' ? tokens[i - 2] : prev;
  if (month && MONTH_NAMES.has(month.norm)) return null;
  // "on November 28 and 29", "July 1-2": the second day of a pair.
  if ((prev?.norm === 'and' || prev?.norm === 'to' || prev?.text === '-' || prev?.text === '–') && tokens[i - 2]?.kind === 'num' && MONTH_NAMES.has(tokens[i - 3]?.norm ?? '') && value <= 31) return null;
  if (prev?.text === '£' || prev?.norm === 'rs' || prev?.norm === 'rs.' || prev?.norm === 'inr' || prev?.norm === 'ksh' || prev?.norm === 'n' && prev.text === 'N') return null;
  const scale = attachedScale ?? (next ? SCALES.get(next.norm) : undefined);
  if (scale && scale >= 1000) {
    value = Math.round(value * scale);
    end++;
  } else if (!Number.isInteger(value) || raw.includes('.')) return null; // "6.0", "2.5": a measure, not a count of people
  if (next && next.text === ':' ) return null; // times "12:36"
  // "at 20:11": the minutes of a time.
  if (prev?.text === ':' && prev.start === tokens[i - 2]?.end && tokens[i - 2]?.kind === 'num' && t.start === prev.end) return null;
  // "76 percent were over 60": an age after a share, not a count.
  if ((prev?.norm === 'over' || prev?.norm === 'under' || prev?.norm === 'above') && BE_WORDS.has(tokens[i - 2]?.norm ?? '') && value <= 120 && (!next || next.kind === 'punct')) return null;
  return { value, end };
}

const BE_WORDS: ReadonlySet<string> = new Set(['were', 'was', 'are', 'is', 'aged']);

/** Nouns of people a state or a side loses, counted one at a time ("one soldier", "one more person"). */
const ONE_COUNTED: ReadonlySet<string> = new Set(['soldier', 'civilian', 'person', 'child', 'policeman', 'officer', 'member', 'inspector', 'constable', 'sergeant', 'corporal', 'lieutenant', 'captain', 'colonel', 'serviceman', 'fighter', 'worker', 'journalist', 'peacekeeper', 'woman', 'man', 'girl', 'boy', 'resident', 'protester', 'student', 'migrant', 'refugee', 'hostage', 'prisoner', 'militant', 'soldiers', 'civilians', 'children', 'officers', 'fighters', 'workers', 'journalists', 'peacekeepers', 'hostages', 'prisoners']);

/** After "one": a person noun within two words, past "more"/"other" or a demonym, or "of its/their/the" before one. */
function oneCountsSomeone(tokens: readonly Token[], at: number): boolean {
  let k = at;
  if (tokens[k]?.norm === 'of' && (tokens[k + 1]?.norm === 'its' || tokens[k + 1]?.norm === 'their' || tokens[k + 1]?.norm === 'the')) k += 2;
  for (let n = 0; n < 2 && k < tokens.length; n++, k++) {
    const w = tokens[k]!.norm;
    if (ONE_COUNTED.has(w)) return true;
    if (tokens[k]!.kind !== 'word') return false;
  }
  return false;
}

/** Parse number words: "two", "twenty-five", "a dozen", "three hundred", "a million". */
function parseWords(tokens: readonly Token[], i: number): { value: number; end: number; approximate: boolean } | null {
  let j = i;
  let total = 0;
  let current = 0;
  let any = false;
  const approximate = false;
  if (tokens[j]?.norm === 'a' || tokens[j]?.norm === 'one') {
    const n = tokens[j + 1]?.norm;
    if (n === 'dozen') return { value: 12, end: j + 2, approximate: true };
    if (n && SCALES.get(n) && (n !== 'hundred' || tokens[j]?.norm === 'a')) {
      current = 1;
      j++;
      any = true;
    } else if (tokens[j]?.norm === 'a') return null;
  }
  if (tokens[j]?.norm === 'dozen') return null;
  for (; j < tokens.length; j++) {
    const w = tokens[j]!.norm;
    const parts = w.split('-');
    if (parts.length === 2 && TENS.get(parts[0]!) !== undefined && UNITS.get(parts[1]!) !== undefined) {
      current += TENS.get(parts[0]!)! + UNITS.get(parts[1]!)!;
      any = true;
      continue;
    }
    if (UNITS.get(w) !== undefined && !(current % 10 !== 0 && current % 100 < 20 && current > 0 && !SCALES.get(tokens[j - 1]?.norm ?? ''))) {
      if (current % 100 !== 0 && current > 0 && current % 10 !== 0) break; // "fifteen ten"
      current += UNITS.get(w)!;
      any = true;
      continue;
    }
    if (TENS.get(w) !== undefined && current % 100 === 0) {
      current += TENS.get(w)!;
      any = true;
      continue;
    }
    const scale = SCALES.get(w);
    if (scale && any) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      continue;
    }
    if (w === 'and' && any && SCALES.get(tokens[j - 1]?.norm ?? '') && (UNITS.get(tokens[j + 1]?.norm ?? '') !== undefined || TENS.get((tokens[j + 1]?.norm ?? '').split('-')[0]!) !== undefined)) continue;
    break;
  }
  if (!any) return null;
  // "two dozen", "three dozen": as loose as "a dozen".
  if (tokens[j]?.norm === 'dozen' && total === 0 && current > 1 && current <= 12) return { value: current * 12, end: j + 1, approximate: true };
  return { value: total + current, end: j, approximate };
}

/** Can a number word start here? A cheap test that spares most words the parse. */
function mayStartNumberWord(w: string): boolean {
  if (UNITS.get(w) !== undefined || TENS.get(w) !== undefined || w === 'a' || w === 'one') return true;
  const dash = w.indexOf('-');
  return dash > 0 && TENS.get(w.slice(0, dash)) !== undefined;
}

/** All figures in a sentence's tokens, left to right, non-overlapping. */
function isCapitalCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** "half a million" (500,000), "a quarter of a million" (250,000), "quarter of a million". */
function fractionOfScale(tokens: readonly Token[], i: number): { value: number; end: number } | null {
  // Plain lookups, no helper closure: this runs at every "a" of a text.
  let j = i;
  let share = 0;
  if (tokens[j]!.norm === 'half' && tokens[j + 1]?.norm === 'a') { share = 0.5; j += 2; }
  else {
    if (tokens[j]!.norm === 'a') j++;
    if (tokens[j]?.norm !== 'quarter' || tokens[j + 1]?.norm !== 'of' || tokens[j + 2]?.norm !== 'a') return null;
    share = 0.25;
    j += 3;
  }
  const scale = SCALES.get(tokens[j]?.norm ?? '');
  if (!scale || scale < 1000) return null;
  return { value: share * scale, end: j + 1 };
}

function afterAgeWord(tokens: readonly Token[], start: number): boolean {
  // "children under 12", "girls over 15": a bound after the young it describes is their age.
  if (AGE_BOUNDS.has(tokens[start]?.norm ?? '') && YOUNG_PEOPLE.has(tokens[start - 1]?.norm ?? '')) return true;
  // "a girl of 12", "a man of 45": "of" a number after one person is that person's age.
  if (tokens[start - 1]?.norm === 'of' && ONE_PERSON_NOUNS.has(tokens[start - 2]?.norm ?? '')) return true;
  // Back over the words of a span of ages ("between two and nine", "19 to 25") to the word that opens it.
  for (let k = start - 1; k >= 0 && k >= start - 6; k--) {
    const t = tokens[k]!;
    if (t.norm === 'aged' || t.norm === 'ages' || t.norm === 'age') return true;
    if (t.norm === 'of' && (tokens[k - 1]?.norm === 'ages' || tokens[k - 1]?.norm === 'age')) return true;
    if (!(AGE_SPAN_WORDS.has(t.norm) || t.kind === 'num' || (t.kind === 'word' && mayStartNumberWord(t.norm)))) return false;
  }
  return false;
}
const AGE_SPAN_WORDS: ReadonlySet<string> = new Set(['between', 'and', 'to', '-', 'or', 'from']);
const AGE_BOUNDS: ReadonlySet<string> = new Set(['under', 'over', 'below', 'above']);
const YOUNG_PEOPLE: ReadonlySet<string> = new Set(['children', 'child', 'girls', 'boys', 'kids', 'minors', 'babies', 'infants', 'youths', 'teenagers']);

export function findFigures(tokens: readonly Token[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let numStart = i;
    let numEnd: number;
    let min: number | null;
    let max: number | null;
    let approximate = false;
    let form: Figure['form'];
    let fraction: { value: number; end: number } | null = null;

    const v = t.kind === 'word' ? vague.at(tokens, i) : null;
    if (v) {
      numEnd = i + v.length;
      min = v.value.min;
      max = v.value.max;
      approximate = true;
      form = 'vague';
      // "hundreds of thousands" is in the table; "thousands of people" leaves "of" to the frame.
    } else if (t.kind === 'num') {
      const d = parseDigits(tokens, i);
      if (!d) continue;
      if (/^(1[89]|20)\d\d$/.test(t.text) && d.end === i + 1) continue; // a year
      // The end of a span of years: "in 1986-89", "the 2014–15 season".
      if (/^\d\d$/.test(t.text) && (tokens[i - 1]?.text === '-' || tokens[i - 1]?.text === '–') && tokens[i - 1]!.start === tokens[i - 2]?.end && /^(1[89]|20)\d\d$/.test(tokens[i - 2]?.text ?? '')) continue;
      numEnd = d.end;
      min = d.value;
      max = d.plus ? null : d.value;
      form = 'digits';
    } else if (t.kind === 'word' && (t.norm === 'half' || t.norm === 'quarter' || t.norm === 'a') && (fraction = fractionOfScale(tokens, i)) !== null) {
      // "half a million", "a quarter of a million"
      numEnd = fraction.end;
      min = max = fraction.value;
      form = 'words';
    } else if (t.kind === 'word' && mayStartNumberWord(t.norm)) {
      // A capitalised number word inside a sentence is a name: "according to the Three Brotherhood Alliance".
      if (i > 0 && isCapitalCode(t.text.charCodeAt(0)) && (tokens[i - 1]!.kind === 'word' || tokens[i - 1]!.text === ',')) continue;
      const w = parseWords(tokens, i);
      // "nine (9) persons", "twenty-three (23) kidnapped victims": the digits restating the words are part of the figure.
      const wordsEnd = w ? restatedEnd(tokens, w.end, w.value) : i;
      // "one" counts only a person named at once ("one Thai soldier was killed", "one of its soldiers"),
      // not "one official said", "one of the worst", "one day".
      if (!w || w.value < 1 || (w.value === 1 && !oneCountsSomeone(tokens, wordsEnd))) continue;
      numEnd = wordsEnd;
      min = max = w.value;
      approximate = w.approximate;
      form = 'words';
    } else continue;

    // Ranges: "10,000-12,000", "11-12,000", "50,000 to 70,000", "between X and Y".
    let start = numStart;
    let end = numEnd;
    const sep = tokens[end];
    const second = tokens[end + 1];
    // Not "rose by 300 to 4,500": an increase and the new figure, not a range.
    // But "backed by 3,000 to 4,000 Rwandan soldiers" is a range: "by" only marks a change after a verb of change.
    const increase = sep?.norm === 'to' && tokens[start - 1]?.norm === 'by' && changeBefore(tokens, start - 1);
    if (form !== 'vague' && sep && second && !increase && (sep.text === '-' || sep.text === '–' || sep.norm === 'to') && second.kind === 'num') {
      const d2 = parseDigits(tokens, end + 1);
      if (d2 && min !== null) {
        let lo = min;
        if (lo < d2.value / 10 && /,000$/.test(second.text) && lo < 1000) lo *= 1000; // "11-12,000"
        if (d2.value > lo) {
          min = lo;
          max = d2.value;
          end = d2.end;
          form = 'range';
        }
      }
    }
    const before = tokens[start - 1];
    if (before?.norm === 'between' && tokens[end]?.norm === 'and' && tokens[end + 1]?.kind === 'num') {
      const d2 = parseDigits(tokens, end + 1);
      if (d2 && min !== null && d2.value > min) {
        max = d2.value;
        end = d2.end;
        start--;
        form = 'range';
      }
    }

    // Bounds before the figure, skipping an opening quote: at least "several hundred".
    let b = start - 1;
    while (b >= 0 && QUOTE.has(tokens[b]!.text)) b--;
    let bound = b >= 0 ? boundsBefore.endingAt(tokens, b, 4) : null;
    // "handed over 205 prisoners", "took over 40 positions": a verb's particle, not a bound.
    if (bound && bound.key === 'over' && PARTICLE_OVER_VERBS.has(tokens[b - 1]?.norm ?? '')) bound = null;
    if (bound && form !== 'range') {
      start = b - bound.length + 1;
      const value = min ?? max;
      if (bound.value === 'approx') approximate = true;
      else if (bound.value === 'min') { min = form === 'vague' ? min : value; max = form === 'vague' ? max : null; }
      else if (bound.value === 'max') { max = form === 'vague' ? max : value; min = form === 'vague' ? min : null; }
      else if (bound.value === 'max-approx') { max = form === 'vague' ? max : value; min = form === 'vague' ? min : null; approximate = true; }
      if (form === 'vague' && bound.value === 'min') max = null;
    }
    const after = boundsAfter.at(tokens, end);
    if (after && form !== 'range') {
      if (after.value === 'min') max = null;
      if (after.value === 'approx') approximate = true;
      end += after.length;
    }
    // "45 to 65 percent": the first term of a range of percentages.
    if ((tokens[end]?.norm === 'to' || tokens[end]?.text === '-') && tokens[end + 1]?.kind === 'num' && (tokens[end + 2]?.text === '%' || tokens[end + 2]?.norm === 'percent' || tokens[end + 2]?.norm === 'per')) { i = end + 1; continue; }
    // "children aged between two and nine", "aged 19 to 25", "between the ages of 18 and 30": ages, not counts.
    if (afterAgeWord(tokens, start)) { i = end - 1; continue; }
    out.push({ numStart, numEnd, start, end, min, max, approximate, form, value: (min ?? max)! });
    i = end - 1;
    numStart = i;
  }
  return out;
}

/** Where "(9)" after a figure in words ends when it restates the same value ("nine (9)"); else `end` itself. */
function restatedEnd(tokens: readonly Token[], end: number, value: number): number {
  if (tokens[end]?.text !== '(' || tokens[end + 1]?.kind !== 'num') return end;
  const d = parseDigits(tokens, end + 1);
  return d && d.value === value && tokens[d.end]?.text === ')' ? d.end + 1 : end;
}

/** Verbs and adverbs of change whose "by N" gives the amount ("rose by 300 to 4,500", "up by 12 to 40"). */
const CHANGE_WORDS: ReadonlySet<string> = new Set(['rose', 'risen', 'rise', 'rises', 'rising', 'increased', 'increase', 'increases', 'fell', 'fallen', 'fall', 'falls', 'dropped', 'drop', 'drops', 'grew', 'grown', 'grow', 'grows', 'jumped', 'climbed', 'climb', 'climbs', 'swelled', 'up', 'down', 'decreased', 'declined', 'reduced', 'cut', 'raised', 'lowered', 'revised', 'surged', 'soared', 'went', 'gone', 'higher', 'lower', 'more', 'fewer']);

/** Is there a word of change within four words before the "by" at `by`? */
function changeBefore(tokens: readonly Token[], by: number): boolean {
  for (let k = by - 1; k >= 0 && k >= by - 4; k--) if (CHANGE_WORDS.has(tokens[k]!.norm)) return true;
  return false;
}
