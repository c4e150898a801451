/**
 * The gazetteer of institutions: known sources with canonical id, kind and country, kept as data
 * (data/institutions.json) and extensible with a user's own file of the same shape. The
 * extractor uses it to type sources; the ledger uses the ids to make sources entities.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SOURCE_KINDS, type SourceKind, type SourceLink } from '../core/claim.ts';
import { InputError } from '../core/errors.ts';
import builtin from './data/institutions.json' with { type: 'json' };
import { fold, PhraseTable, tokenize, type Token } from './tokens.ts';

export const InstitutionSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  country: z.string().length(2).nullable(),
  kind: z.enum(SOURCE_KINDS),
  /** A named person (a head of state, a commander), not an institution: "he"/"she" may refer to it. */
  person: z.boolean().optional(),
  /**
   * Aliases that name it only as written, capitals and all: "SANA" the agency, not "Sana" a name;
   * "CARE" the charity, not "care".
   */
  exact: z.array(z.string()).optional(),
});
export type Institution = z.infer<typeof InstitutionSchema>;

export class Gazetteer {
  private readonly table: PhraseTable<Institution>;
  private readonly byId = new Map<string, Institution>();
  /** Distinguishes gazetteers in caches of typed sources. */
  readonly key: string;
  private static count = 0;

  constructor(readonly institutions: readonly Institution[]) {
    this.key = `g${Gazetteer.count++}`;
    const entries: Array<[string, Institution]> = [];
    for (const inst of institutions) {
      this.byId.set(inst.id, inst);
      for (const alias of [inst.name, ...inst.aliases, ...(inst.exact ?? [])]) {
        entries.push([alias, inst]);
        // "the BBC" and "BBC" both name it.
        if (/^the /i.test(alias)) entries.push([alias.slice(4), inst]);
      }
    }
    this.table = new PhraseTable(entries);
  }

  /** A new gazetteer with the user's entries added (a user's entry with a known id replaces it). */
  extend(more: readonly Institution[]): Gazetteer {
    const ids = new Set(more.map((m) => m.id));
    return new Gazetteer([...this.institutions.filter((i) => !ids.has(i.id)), ...more]);
  }

  get(id: string): Institution | undefined {
    return this.byId.get(id);
  }

  /** The longest institution named inside tokens [from, to), with its token span. */
  findIn(tokens: readonly Token[], from = 0, to = tokens.length): { inst: Institution; start: number; end: number } | null {
    let best: { inst: Institution; start: number; end: number } | null = null;
    for (let i = from; i < to; i++) {
      const hit = this.nameAt(tokens, i, to);
      if (hit && (!best || hit.length > best.end - best.start)) best = { inst: hit.value, start: i, end: i + hit.length };
    }
    return best;
  }

  /** Every institution named in tokens, in order, none overlapping. */
  allIn(tokens: readonly Token[]): Array<{ inst: Institution; start: number; end: number }> {
    const out: Array<{ inst: Institution; start: number; end: number }> = [];
    for (let i = 0; i < tokens.length; i++) {
      const hit = this.nameAt(tokens, i, tokens.length);
      if (!hit) continue;
      out.push({ inst: hit.value, start: i, end: i + hit.length });
      i += hit.length - 1;
    }
    return out;
  }

  /** The longest name that starts at token i and ends by `to`, as it must be written. */
  private nameAt(tokens: readonly Token[], i: number, to: number): { value: Institution; length: number } | null {
    const hit = this.table.at(tokens, i);
    if (!hit || i + hit.length > to) return null;
    // Short all-caps aliases ("WHO", "UN", "AP") must be written in capitals to count.
    const t = tokens[i]!;
    if (hit.length === 1 && hit.key.length <= 3 && t.text !== t.text.toUpperCase()) return null;
    if (hit.value.exact?.includes(hit.key) && !writtenAs(tokens, i, hit.length, hit.key)) return null;
    return hit;
  }

  /** The institution a written name refers to, if any. */
  lookup(name: string): Institution | null {
    const tokens = tokenize(name);
    const hit = this.findIn(tokens);
    return hit && hit.end - hit.start >= Math.ceil(tokens.filter((t) => t.kind === 'word').length / 2) ? hit.inst : null;
  }
}

/** Do tokens [i, i + n) spell `alias` with its capitals? */
function writtenAs(tokens: readonly Token[], i: number, n: number, alias: string): boolean {
  const words = tokenize(alias);
  if (words.length !== n) return false;
  for (let k = 0; k < n; k++) if (tokens[i + k]!.text !== words[k]!.text) return false;
  return true;
}

export const defaultGazetteer = new Gazetteer(z.array(InstitutionSchema).parse(builtin));

/** Read a user's institutions file (JSON array, same shape as data/institutions.json). */
export function loadGazetteerFile(path: string): Institution[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InputError(`cannot read gazetteer: ${(err as Error).message}`, { file: path });
  }
  const parsed = z.array(InstitutionSchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`invalid gazetteer entry at ${issue.path.join('.')}: ${issue.message}`, { file: path });
  }
  return parsed.data;
}

/**
 * Canonical entity id of a source link: the gazetteer's id when it names a known institution,
 * else a slug of country, kind and name ("kr-legislator-south-korean-lawmakers").
 */
export function resolveSource(link: SourceLink, gazetteer: Gazetteer = defaultGazetteer): string {
  if (link.id) return link.id;
  const inst = gazetteer.lookup(link.name);
  if (inst) return inst.id;
  const slug = fold(link.name).replace(/^(the|a|an) /, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${(link.country ?? 'xx').toLowerCase()}-${link.kind}-${slug}`;
}

export type { SourceKind };
