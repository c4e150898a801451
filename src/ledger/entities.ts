/**
 * Sources as entities: "NIS", "National Intelligence Service", "South Korea's spy agency" and
 * "the country's intelligence agency" (after South Korean lawmakers) should be one entity.
 * Resolution, first hit wins:
 *   1. the user's aliases (name as written → id),
 *   2. the id the extractor put on the link (its gazetteer),
 *   3. the gazetteer's names and aliases (src/extract/data/institutions.json, when present),
 *   4. an unnamed description ("the country's intelligence agency", "South Korean lawmakers")
 *      → the one gazetteer institution (not person) of that country and kind, else "<cc>-<kind>",
 *   5. a named body not in the gazetteer → "<cc>-<kind>-<slug of name>";
 * then the user's id → id aliases are followed. Merges made with `tally sources merge` apply on read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Countries } from 'world-countries';
import type { SourceKind, SourceLink } from '../core/claim.ts';

export interface GazetteerEntry {
  id: string;
  name: string;
  aliases?: string[];
  country: string | null;
  kind: SourceKind;
  /** A named person (a minister, a spokesman), not an institution. */
  person?: boolean;
}

export interface ResolvedSource {
  id: string;
  /** Canonical name of the entity (the gazetteer's, or a description of country + kind). */
  name: string;
  kind: SourceKind;
  country: string | null;
}

const GAZETTEER_FILE = fileURLToPath(new URL('../extract/data/institutions.json', import.meta.url));

/** The extractor's institutions, or [] while that data file does not exist. */
export function loadGazetteer(file = GAZETTEER_FILE): GazetteerEntry[] {
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const list = Array.isArray(data) ? data : (data as { institutions?: unknown }).institutions;
  if (!Array.isArray(list)) return [];
  return list.filter((e): e is GazetteerEntry => typeof e === 'object' && e !== null && typeof (e as GazetteerEntry).id === 'string');
}

/** Lowercase, typographic apostrophes folded, a leading "the" dropped, whitespace collapsed. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

export function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/** Country names by code, and the words of places (names, demonyms): made on first use. */
let places: { names: Map<string, string>; words: Set<string> } | undefined;

/**
 * The countries table (1.4 MB of JSON) is read when a source is first resolved, not when the
 * ledger is opened: a read (`tally series`, `tally claims`, a series thread) resolves none.
 */
function countryPlaces(): { names: Map<string, string>; words: Set<string> } {
  if (places) return places;
  // The package's ESM entry re-exports JSON without an import attribute, which Node 20 rejects: require the data.
  const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;
  const names = new Map<string, string>();
  const words = new Set<string>(['country', 'nation', 'state']);
  for (const c of countries) {
    names.set(c.cca2, c.name.common);
    const spelled = [c.name.common, c.name.official, c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...c.altSpellings];
    for (const w of spelled) if (w && /^[\x20-\x7e]+$/.test(w)) words.add(w.toLowerCase());
  }
  for (const w of ['u.s.', 'us', 'u.s', 'uk', 'u.k.', 'north korea', 'south korea']) words.add(w);
  return (places = { names, words });
}
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'some', 'several', 'two', 'three', 'other']);
const MAX_PLACE_WORDS = 4;

/**
 * True for a description that names no one: once determiners, country names and demonyms are
 * taken out, no capitalized word is left ("South Korean lawmakers", "the country's spy agency").
 */
export function isDescription(name: string): boolean {
  const tokens = name.replace(/['\u2019]s\b/g, '').split(/[^A-Za-z\u00C0-\u024F.]+/).filter(Boolean);
  const placeWords = countryPlaces().words;
  let i = 0;
  while (i < tokens.length) {
    let skipped = 0;
    for (let len = Math.min(MAX_PLACE_WORDS, tokens.length - i); len >= 1; len--) {
      if (placeWords.has(tokens.slice(i, i + len).join(' ').toLowerCase())) {
        skipped = len;
        break;
      }
    }
    if (skipped > 0) {
      i += skipped;
      continue;
    }
    const token = tokens[i] as string;
    if (!DETERMINERS.has(token.toLowerCase()) && /^[A-Z]/.test(token)) return false;
    i++;
  }
  return true;
}

export class SourceResolver {
  private readonly byName = new Map<string, GazetteerEntry[]>();
  private readonly byId = new Map<string, GazetteerEntry>();
  private readonly byCountryKind = new Map<string, GazetteerEntry[]>();
  private readonly nameAliases = new Map<string, string>();
  private readonly idAliases = new Map<string, string>();
  private gazetteer: GazetteerEntry[] | (() => GazetteerEntry[]) | null;

  /**
   * `gazetteer` may be a function that reads it: then it is read when a source is first resolved
   * (a ledger opened to read resolves none).
   */
  constructor(gazetteer: GazetteerEntry[] | (() => GazetteerEntry[]), aliases: Record<string, string> = {}) {
    this.gazetteer = gazetteer;
    for (const [from, to] of Object.entries(aliases)) {
      // An alias key that looks like an id (lowercase, dashes, no spaces) maps ids; any other maps names.
      if (/^[a-z0-9][a-z0-9-]*$/.test(from)) this.idAliases.set(from, to);
      this.nameAliases.set(normalizeName(from), to);
    }
  }

  /** The user's id → id aliases, to merge on read like `tally sources merge`. */
  idMerges(): Map<string, string> {
    return new Map(this.idAliases);
  }

  resolve(link: SourceLink): ResolvedSource {
    this.index();
    const named = this.nameAliases.get(normalizeName(link.name));
    const id = this.followIdAliases(named ?? link.id ?? this.lookup(link));
    const entry = this.byId.get(id);
    if (entry) return { id, name: entry.name, kind: entry.kind, country: entry.country };
    const generic = id === genericId(link.country, link.kind);
    return { id, name: generic ? describe(link.country, link.kind) : link.name, kind: link.kind, country: link.country };
  }

  /** The gazetteer's entries by id, name and country × kind, once. */
  private index(): void {
    if (this.gazetteer === null) return;
    const gazetteer = typeof this.gazetteer === 'function' ? this.gazetteer() : this.gazetteer;
    this.gazetteer = null;
    for (const entry of gazetteer) {
      this.byId.set(entry.id, entry);
      for (const name of [entry.name, ...(entry.aliases ?? [])]) {
        const key = normalizeName(name);
        this.byName.set(key, [...(this.byName.get(key) ?? []), entry]);
      }
      // A description ("France's foreign ministry") names an institution, never a person of that country and kind.
      if (entry.person) continue;
      const ck = `${entry.country ?? ''}:${entry.kind}`;
      this.byCountryKind.set(ck, [...(this.byCountryKind.get(ck) ?? []), entry]);
    }
  }

  private lookup(link: SourceLink): string {
    const candidates = this.byName.get(normalizeName(link.name)) ?? [];
    const match = candidates.find((e) => e.country === link.country) ?? (link.country === null ? candidates[0] : undefined)
      ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (match) return match.id;
    if (isDescription(link.name)) {
      const same = this.byCountryKind.get(`${link.country ?? ''}:${link.kind}`) ?? [];
      return same.length === 1 ? (same[0] as GazetteerEntry).id : genericId(link.country, link.kind);
    }
    return `${genericId(link.country, link.kind)}-${slug(link.name) || 'unnamed'}`;
  }

  private followIdAliases(id: string): string {
    let current = id;
    for (let hops = 0; hops < 8; hops++) {
      const next = this.idAliases.get(current);
      if (!next || next === current) break;
      current = next;
    }
    return current;
  }
}

function genericId(country: string | null, kind: SourceKind): string {
  return `${country ? country.toLowerCase() : 'intl'}-${kind}`;
}

function describe(country: string | null, kind: SourceKind): string {
  const place = country ? (countryPlaces().names.get(country) ?? country) : 'International';
  return `${place} ${kind} (unnamed)`;
}
