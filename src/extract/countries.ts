/**
 * Country lookup: demonyms ("North Korean"), names ("North Korea", "Ukraine's"), capitals used
 * as metonyms ("Pyongyang", "Seoul") and well-known regions (data/places.json). Country data
 * comes from the world-countries package; only a few spellings news uses and the package lacks
 * are added here.
 */
import countriesData from 'world-countries';
import citiesData from 'city-timezones/data/cityMap.json' with { type: 'json' };
import ambiguousCities from './data/ambiguous-cities.json' with { type: 'json' };
import placesJson from './data/places.json' with { type: 'json' };
import { PhraseTable, type Token } from './tokens.ts';

export type CountryHitKind = 'demonym' | 'name' | 'capital' | 'place';
export interface CountryHit { code: string; kind: CountryHitKind; length: number }

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital?: string[];
  unMember?: boolean;
}

// Spellings in common news use that the package does not carry.
const EXTRA_NAMES: Array<[string, string]> = [
  ['U.S.', 'US'], ['US', 'US'], ['America', 'US'], ['United States', 'US'], ['Britain', 'GB'], ['U.K.', 'GB'],
  ['UK', 'GB'], ['Russia', 'RU'], ['Congo', 'CD'], ['Democratic Republic of Congo', 'CD'],
  ['Democratic Republic of the Congo', 'CD'], ['DRC', 'CD'], ['Syria', 'SY'], ['Iran', 'IR'], ['Gaza', 'PS'],
  ['Palestinian territories', 'PS'], ['South Korea', 'KR'], ['North Korea', 'KP'], ['Burma', 'MM'],
  ['Ivory Coast', 'CI'], ['Czech Republic', 'CZ'], ['Turkey', 'TR'], ['Vietnam', 'VN'], ['Laos', 'LA'],
  ['UAE', 'AE'], ['U.A.E.', 'AE'], ['Emirates', 'AE'],
];
const EXTRA_DEMONYMS: Array<[string, string]> = [
  ['Congolese', 'CD'], ['Philippine', 'PH'], ['British', 'GB'], ['American', 'US'], ['Palestinian', 'PS'], ['Palestinians', 'PS'],
  ['Russian', 'RU'], ['Ukrainian', 'UA'], ['Israeli', 'IL'], ['Korean', 'KR'], ['Emirati', 'AE'], ['Saudi', 'SA'],
  ['Burmese', 'MM'], ['Tigrayan', 'ET'], ['Tigrayans', 'ET'], ['Yemeni', 'YE'], ['Sudanese', 'SD'], ['Gazans', 'PS'], ['Gazan', 'PS'],
  ['Syrians', 'SY'], ['Ukrainians', 'UA'], ['Russians', 'RU'], ['Israelis', 'IL'], ['Afghans', 'AF'],
  ['Rwandans', 'RW'], ['Ethiopians', 'ET'], ['Eritreans', 'ER'], ['Lebanese', 'LB'], ['Iraqis', 'IQ'],
  ['Iranians', 'IR'], ['Yemenis', 'YE'], ['Somalis', 'SO'], ['Haitians', 'HT'],
  ['Americans', 'US'], ['Britons', 'GB'], ['Chinese', 'CN'], ['Japanese', 'JP'], ['Vietnamese', 'VN'],
  ['Nepalese', 'NP'], ['Pakistanis', 'PK'], ['Indians', 'IN'], ['Turks', 'TR'], ['Egyptians', 'EG'],
  ['Libyans', 'LY'], ['Malians', 'ML'], ['Nigerians', 'NG'], ['Congolese', 'CD'], ['Burundians', 'BI'],
  ['Sri Lankans', 'LK'], ['Bangladeshis', 'BD'], ['Georgians', 'GE'], ['Armenians', 'AM'], ['Azerbaijanis', 'AZ'],
  // Central Asia's short demonyms, which the package spells long ("Tajikistani"): "Tajik authorities", "Kyrgyz troops".
  ['Tajik', 'TJ'], ['Kyrgyz', 'KG'], ['Uzbek', 'UZ'], ['Kazakh', 'KZ'],
  // Common spellings the package gives another way ("Ecuadorean", "Nepalese", "Argentine", "Slovene", "Salvadoran").
  ['Ecuadorian', 'EC'], ['Ecuadorians', 'EC'], ['Nepali', 'NP'], ['Nepalis', 'NP'], ['Argentinian', 'AR'], ['Argentinians', 'AR'],
  ['Azeri', 'AZ'], ['Azeris', 'AZ'], ['Bosnian', 'BA'], ['Bosnians', 'BA'], ['Slovenian', 'SI'], ['Slovenians', 'SI'],
  ['Djiboutian', 'DJ'], ['Djiboutians', 'DJ'], ['Salvadorean', 'SV'], ['Salvadoreans', 'SV'], ['Surinamese', 'SR'],
];
// Ethnic and religious groups (Kurdish, Rohingya, Druze) name no country (annotation decision 9).
// Words that are demonyms in the package but are mostly something else in news.
// Native spellings in the package that are English words or surnames: "The Island Herald" is no Icelandic paper.
const NOT_ALT_SPELLINGS = new Set(['island', 'mann']);
const NOT_DEMONYMS = new Set(['guinean', 'niger', 'chad', 'jordan', 'georgia', 'israel', 'turkey', 'china', 'cuba', 'panama', 'mali', 'peru', 'oman', 'wales']);

/** Cities big enough to be named in news without their country ("CHICAGO —", "in Osh"): the largest of each name. */
const CITY_MIN_POPULATION = 150_000;

interface City { city_ascii: string; city: string; pop: number; iso2: string }

function cityEntries(): Array<[string, { code: string; kind: CountryHitKind }]> {
  const ambiguous = new Set(ambiguousCities.words);
  const byName = new Map<string, City[]>();
  for (const c of citiesData as unknown as City[]) {
    if (c.pop < CITY_MIN_POPULATION || !/^[A-Za-z .'-]+$/.test(c.city_ascii)) continue;
    const key = c.city_ascii.toLowerCase();
    if (ambiguous.has(key)) continue;
    byName.set(key, [...(byName.get(key) ?? []), c]);
  }
  const out: Array<[string, { code: string; kind: CountryHitKind }]> = [];
  for (const cities of byName.values()) {
    cities.sort((a, b) => b.pop - a.pop);
    const [first, second] = cities;
    // "Valencia" is Spain's and Venezuela's: a name two countries' big cities share names neither, unless one is far the larger.
    if (second && second.iso2 !== first!.iso2 && second.pop * 3 > first!.pop) continue;
    out.push([first!.city_ascii, { code: first!.iso2, kind: 'place' }]);
  }
  return out;
}

function build(): PhraseTable<{ code: string; kind: CountryHitKind }> {
  // Cities first: every other entry of the same name (a country, a capital, a region) overrides them.
  const entries: Array<[string, { code: string; kind: CountryHitKind }]> = cityEntries();
  // Territories share demonyms with states ("Indian" is also the British Indian Ocean Territory's, "Norwegian"
  // Svalbard's): states come last, so that their entries win.
  const states = [...(countriesData as unknown as WorldCountry[])].sort((a, b) => Number(a.unMember ?? false) - Number(b.unMember ?? false));
  for (const c of states) {
    const code = c.cca2;
    entries.push([c.name.common, { code, kind: 'name' }]);
    for (const a of c.altSpellings) if (a.length > 3 && /^[A-Za-z .'-]+$/.test(a) && !a.includes(',') && !NOT_ALT_SPELLINGS.has(a.toLowerCase())) entries.push([a, { code, kind: 'name' }]);
    const d = c.demonyms?.eng;
    // Uninhabited territories have an empty demonym, whose plural would be the word "s" ("S. Arokiasamy").
    if (d) for (const dem of new Set([d.m, d.f])) if (dem.length > 0 && !NOT_DEMONYMS.has(dem.toLowerCase())) {
      entries.push([dem, { code, kind: 'demonym' }]);
      entries.push([`${dem}s`, { code, kind: 'demonym' }]);
    }
    for (const cap of c.capital ?? []) entries.push([cap, { code, kind: 'capital' }]);
  }
  for (const [n, code] of EXTRA_NAMES) entries.push([n, { code, kind: 'name' }]);
  for (const [n, code] of EXTRA_DEMONYMS) entries.push([n, { code, kind: 'demonym' }]);
  for (const [n, code] of Object.entries(placesJson as Record<string, string>)) if (!n.startsWith('_')) entries.push([n, { code, kind: 'place' }]);
  // Later entries override earlier ones with the same key: explicit lists win over the package.
  const dedup = new Map(entries.map(([k, v]) => [k.toLowerCase(), [k, v] as [string, { code: string; kind: CountryHitKind }]]));
  for (const key of dedup.keys()) {
    const words = key.split(/\s+/);
    // "The Hague": a sentence naming it has "Hague" capitalised too.
    KEY_WORDS.add(words[0] === 'the' && words[1] ? words[1] : words[0]!);
  }
  return new PhraseTable([...dedup.values()]);
}

/** The first word of every entry (the second after "the"), lower-case: what a sentence naming a country must hold. */
const KEY_WORDS = new Set<string>();
const table = build();

/**
 * Can `text` name a country, capital or place at all? A scan of its capitalised words, without
 * tokenizing it: false only when no capitalised word (nor a part of one before an apostrophe, hyphen
 * or dot) starts an entry. Text past ASCII is always asked of the tokenizer.
 */
export function mayNameCountry(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return true;
    if (c < 65 || c > 90 || (i > 0 && isWordCode(text.charCodeAt(i - 1)))) continue;
    let e = i + 1;
    while (e < n && (isWordCode(text.charCodeAt(e)) || text.charCodeAt(e) === 39 || text.charCodeAt(e) === 45 || text.charCodeAt(e) === 46)) e++;
    const run = text.slice(i, e).toLowerCase();
    if (KEY_WORDS.has(run)) return true;
    for (let k = 1; k < run.length; k++) {
      const ch = run.charCodeAt(k);
      if ((ch === 39 || ch === 45 || ch === 46) && (KEY_WORDS.has(run.slice(0, k)) || KEY_WORDS.has(run.slice(0, k + 1)))) return true;
    }
    i = e - 1;
  }
  return false;
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The country named by the tokens starting at i, if any; only capitalised words count. */
export function countryAt(tokens: readonly Token[], i: number): CountryHit | null {
  const t = tokens[i];
  if (!t) return null;
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 90) return null; // only capitalised words name countries

  // "Cúcuta", "Médéa": the city data spell names without their accents.
  const hit = table.at(tokens, i) ?? (/[^\x00-\x7f]/.test(t.norm) ? table.at(withoutAccents(tokens, i), 0) : null);
  if (!hit) return null;
  const found: CountryHit = { code: hit.value.code, kind: hit.value.kind, length: hit.length };
  // "the Geneva Conventions", "the Minsk agreements", "the Dayton Accords": a city in a treaty's name places nothing.
  if ((found.kind === 'place' || found.kind === 'capital') && TREATY_WORDS.has(tokens[i + hit.length]?.norm ?? '')) return null;
  return inPersonName(tokens, i, found) ? null : found;
}
const TREATY_WORDS: ReadonlySet<string> = new Set(['convention', 'conventions', 'accord', 'accords', 'agreement', 'agreements', 'protocol', 'protocols', 'declaration', 'treaty', 'memorandum', 'format', 'process']);

/** Up to five tokens from i with their accents taken off ("Cúcuta" → "cucuta"), for a second lookup. */
function withoutAccents(tokens: readonly Token[], i: number): Token[] {
  return tokens.slice(i, i + 5).map((t) => ({ ...t, norm: t.norm.normalize('NFD').replace(/\p{M}/gu, ''), tables: -1, word: -1 }));
}

/** Every country mention in a token range, in order. */
export function countriesIn(tokens: readonly Token[], from = 0, to = tokens.length): Array<CountryHit & { index: number }> {
  const out: Array<CountryHit & { index: number }> = [];
  for (let i = from; i < to; i++) {
    const hit = countryAt(tokens, i);
    if (hit) {
      out.push({ code: hit.code, kind: hit.kind, length: hit.length, index: i });
      i += hit.length - 1;
    }
  }
  return out;
}

const ARTICLE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'da', 'do', 'dos', 'la', 'el', 'delos', 'dela', 'van', 'von', 'bin', 'ibn']);

/**
 * "Abdifatah Aden Hassan", "Ali Chad Mohammed": a one-word city or capital between two capitalised words is
 * part of a person's name (or of an outlet's, "The Kyiv Independent"), not a place named in the sentence.
 */
function inPersonName(tokens: readonly Token[], i: number, hit: CountryHit): boolean {
  if (hit.length !== 1 || (hit.kind !== 'place' && hit.kind !== 'capital')) return false;
  // "Norte de Santander", "Rio de Janeiro"-like names: a particle between capitalised words joins them.
  if (NAME_PARTICLES.has(tokens[i - 1]?.norm ?? '') && /^[A-Z][a-z]/.test(tokens[i - 2]?.text ?? '') && table.at(tokens, i - 2) === null) return true;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || before.kind !== 'word' || after.kind !== 'word') return false;
  if (!/^[A-Z][a-z]/.test(before.text) || !/^[A-Z][a-z]/.test(after.text) || ARTICLE_WORDS.has(before.norm)) return false;
  return table.at(tokens, i - 1) === null && table.at(tokens, i + 1) === null;
}
