/**
 * `tally eval --gold GOLD.jsonl ARTICLES.jsonl [--errors] [--format text|json]`: extract every
 * article and score against gold as the spec's Scoring section says.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { ArticleSchema } from '../../core/article.ts';
import type { Claim } from '../../core/claim.ts';
import { InputError } from '../../core/errors.ts';
import { matchDocument, summarize, ATTRIBUTES, agrees, type DocumentScore, type GoldClaim, type Report } from '../../eval/score.ts';
import { extract } from '../../extract/index.ts';

async function readJsonl(path: string): Promise<Array<{ line: number; value: unknown }>> {
  const out: Array<{ line: number; value: unknown }> = [];
  const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of rl) {
      n++;
      if (!line.trim()) continue;
      try {
        out.push({ line: n, value: JSON.parse(line) });
      } catch (err) {
        throw new InputError(`malformed JSON: ${(err as Error).message}`, { file: path, line: n });
      }
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read: ${(err as Error).message}`, { file: path });
  }
  return out;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const f3 = (x: number) => x.toFixed(3);

export function formatReport(r: Report): string {
  const lines = [
    `documents ${r.documents}`,
    `core  P ${f3(r.core.precision)}  R ${f3(r.core.recall)}  F1 ${f3(r.core.f1)}  (tp ${r.core.tp}, fp ${r.core.fp}, fn ${r.core.fn})`,
    `full  P ${f3(r.full.precision)}  R ${f3(r.full.recall)}  F1 ${f3(r.full.f1)}`,
    'per metric:',
    ...Object.entries(r.perMetric).map(([m, s]) => `  ${m.padEnd(11)} P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`),
    'agreement over matched pairs:',
    ...ATTRIBUTES.map((a) => `  ${a.padEnd(11)} ${pct(r.agreement[a])}`),
  ];
  return lines.join('\n');
}

function describe(c: Pick<Claim, 'min' | 'max' | 'approximate' | 'hedged' | 'asOf'> & { metric: string; subject: { country: string | null; group: string }; source: Array<{ name: string; country: string | null; kind: string }> }): string {
  const chain = c.source.map((s) => `${s.name}[${s.country ?? '-'}/${s.kind}]`).join(' > ') || '(outlet)';
  return `${c.metric} ${c.min ?? '…'}-${c.max ?? '…'}${c.approximate ? '~' : ''}${c.hedged ? ' hedged' : ''} ${c.subject.country ?? '-'}/${c.subject.group} ${chain} ${c.asOf}`;
}

export function formatErrors(docs: DocumentScore[]): string {
  const out: string[] = [];
  for (const d of docs) {
    const lines: string[] = [];
    for (const g of d.misses) lines.push(`  MISS  ${describe(g)}\n        "${g.quote ?? ''}"`);
    for (const p of d.falsePositives) lines.push(`  FP    ${describe(p)}  [${p.rule}]\n        "${p.evidence.text}"`);
    for (const m of d.matches) {
      const wrong = ATTRIBUTES.filter((a) => !agrees(m.gold, m.predicted, a));
      if (wrong.length) lines.push(`  WRONG ${wrong.join(',')}\n        gold ${describe(m.gold)}\n        got  ${describe(m.predicted)}  [${m.predicted.rule}]\n        "${m.predicted.evidence.text}"`);
    }
    if (lines.length) out.push(`${d.id}\n${lines.join('\n')}`);
  }
  return out.join('\n');
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('extract articles and score the claims against gold annotations (spec: Scoring)')
    .requiredOption('--gold <file>', 'gold claims, JSON Lines {id, claims}')
    .argument('<articles>', 'article records, JSON Lines')
    .option('--errors', 'list misses, false positives and wrong attributes with their sentences')
    .option('--format <format>', 'text or json', 'text')
    .action(async (articlesPath: string, opts: { gold: string; errors?: boolean; format: string }) => {
      const gold = new Map<string, GoldClaim[]>();
      for (const { line, value } of await readJsonl(opts.gold)) {
        const v = value as { id?: string; claims?: GoldClaim[] };
        if (!v.id || !Array.isArray(v.claims)) throw new InputError('gold record needs id and claims', { file: opts.gold, line });
        gold.set(v.id, v.claims);
      }
      const docs: DocumentScore[] = [];
      for (const { line, value } of await readJsonl(articlesPath)) {
        const parsed = ArticleSchema.safeParse(value);
        if (!parsed.success) throw new InputError(`not an article record: ${parsed.error.issues[0]?.message}`, { file: articlesPath, line });
        const id = parsed.data.id ?? String(line);
        const g = gold.get(id);
        if (!g) continue;
        docs.push(matchDocument(id, g, extract(parsed.data).claims));
      }
      const report = summarize(docs);
      if (opts.format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else {
        if (opts.errors) process.stdout.write(`${formatErrors(docs)}\n\n`);
        process.stdout.write(`${formatReport(report)}\n`);
      }
    });
}
