/**
 * `tally show CLAIM_ID`: one claim with everything behind it — its fields and chain of
 * sources (with entity ids), its evidence sentence highlighted in its paragraph, people's
 * reviews, the document and every publication that carries it, and other documents that
 * report the same statement.
 */
import { Option, type Command } from 'commander';
import { NotFoundError } from '../../core/errors.ts';
import type { Ledger } from '../../ledger/ledger.ts';
import type { ClaimDetail, StoredClaim } from '../../ledger/types.ts';
import { formatFigure } from '../format/index.ts';
import { ledgerOptions, withLedger, type LedgerFlags } from '../open-ledger.ts';

interface ShowFlags extends LedgerFlags {
  format: 'text' | 'json';
}

/** Characters of context shown each side of the evidence, within its paragraph. */
const CONTEXT = 320;

export interface Highlight {
  open: string;
  close: string;
}

export const TERMINAL_HIGHLIGHT: Highlight = { open: '\x1b[1;4m', close: '\x1b[0m' };
export const PLAIN_HIGHLIGHT: Highlight = { open: '»', close: '«' };

/** Where the evidence is in the text: its offsets when they still hold, else the sentence searched for. */
function locate(text: string, claim: StoredClaim): { start: number; end: number } | null {
  const { start, end } = claim.evidence;
  if (text.slice(start, end) === claim.evidence.text) return { start, end };
  const found = text.indexOf(claim.evidence.text);
  return found >= 0 ? { start: found, end: found + claim.evidence.text.length } : null;
}

/** The evidence's paragraph (cut to CONTEXT characters each side) with the sentence highlighted. */
export function evidenceInContext(text: string, claim: StoredClaim, mark: Highlight): string {
  const at = locate(text, claim);
  if (!at) return `${mark.open}${claim.evidence.text}${mark.close} (not found in the stored text)`;
  const paraStart = Math.max(text.lastIndexOf('\n\n', at.start) + 2, at.start - CONTEXT, 0);
  const next = text.indexOf('\n\n', at.end);
  const paraEnd = Math.min(next < 0 ? text.length : next, at.end + CONTEXT);
  const before = text.slice(paraStart, at.start);
  const after = text.slice(at.end, paraEnd);
  return `${paraStart > 0 && !text.slice(paraStart - 2, paraStart).includes('\n') ? '…' : ''}${before}${mark.open}${text.slice(at.start, at.end)}${mark.close}${after}${paraEnd < text.length && next !== paraEnd ? '…' : ''}`.replace(/\n+/g, ' ');
}

function yesNo(b: boolean): string {
  return b ? 'yes' : 'no';
}

/** Other current claims of the same statement (metric, figure, subject, origin, day) in other documents. */
async function sameStatement(ledger: Ledger, claim: StoredClaim): Promise<StoredClaim[]> {
  const subject = `${claim.subject.country ?? '-'}/${claim.subject.group}`;
  const { rows } = await ledger.queryClaims({ metric: claim.metric, subject, ...(claim.originId ? { origin: claim.originId } : {}) }, { limit: 2000 });
  return rows.filter((c) => c.documentId !== claim.documentId && c.min === claim.min && c.max === claim.max && c.asOf === claim.asOf
    && c.originId === claim.originId);
}

export function showText(detail: ClaimDetail, others: StoredClaim[], mark: Highlight): string {
  const c = detail;
  const lines: string[] = [];
  const place = c.location ? ` in ${c.location}` : '';
  lines.push(`claim ${c.id}  ${c.metric}  ${formatFigure(c)}  ${c.subject.text}${place}  (${c.subject.country ?? '-'}/${c.subject.group}${c.subject.actor ? `, ${c.subject.actor}` : ''})`);
  const chain = c.source.length === 0 ? '(the outlet, in its own voice)' : c.source.map((l, i) => `${l.name} [${c.sourceIds[i]}]`).join(' → ');
  lines.push(`  source    ${chain}`);
  lines.push(`  as of     ${c.asOf ?? '—'}   approximate: ${yesNo(c.approximate)}   hedged: ${yesNo(c.hedged)}   section: ${c.section}`);
  lines.push(`  status    ${c.status}${c.current ? '' : '   (from a superseded version)'}`);
  lines.push(`  rule      ${c.rule}${c.extractorVersion ? `   extractor ${c.extractorVersion}` : ''}`);
  lines.push('', `evidence (document ${c.documentId}, characters ${c.evidence.start}–${c.evidence.end}):`);
  lines.push(`  ${evidenceInContext(detail.document.text, c, mark)}`);
  for (const more of c.evidence.more ?? []) lines.push(`  also: “${more.text}”`);
  if (detail.reviews.length > 0) {
    lines.push('', 'reviews:');
    for (const r of detail.reviews) {
      const what = r.action === 'reject' ? `rejected: ${r.reason ?? ''}` : r.action === 'verify' ? 'verified'
        : `set ${Object.entries(r.changes ?? {}).map(([f, ch]) => `${f} ${JSON.stringify(ch.from)} → ${JSON.stringify(ch.to)}`).join(', ')}`;
      lines.push(`  ${r.at}  ${r.who}  ${what}`);
    }
  }
  lines.push('', 'carried by:');
  lines.push(`  document ${c.documentId}  ${detail.document.title ?? '(untitled)'}${detail.document.supersededBy ? `  (superseded by ${detail.document.supersededBy})` : ''}`);
  for (const p of c.publications) lines.push(`    ${[p.publisher ?? '(unknown outlet)', p.published, p.url].filter(Boolean).join('  ')}`);
  if (others.length > 0) {
    lines.push('', 'the same statement in other documents:');
    for (const o of others) {
      const pub = o.publications[0];
      lines.push(`  claim ${o.id}  document ${o.documentId}  ${[pub?.publisher, pub?.published, pub?.title].filter(Boolean).join('  ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function register(program: Command): void {
  ledgerOptions(program.command('show').description('one claim: evidence in context, reviews, every document that carries it').argument('<claim-id>', 'claim id (or a unique prefix of 6+ characters)'))
    .addOption(new Option('-f, --format <format>', 'output').choices(['text', 'json']).default('text'))
    .action(async (id: string, flags: ShowFlags) => {
      await withLedger(flags, { mustExist: true }, async (ledger) => {
        const detail = await ledger.getClaim(id);
        if (!detail) throw new NotFoundError(`no claim ${id}`, undefined, 'see `tally claims`');
        const others = await sameStatement(ledger, detail);
        if (flags.format === 'json') {
          process.stdout.write(`${JSON.stringify({ ...detail, sameStatement: others }, null, 2)}\n`);
          return;
        }
        process.stdout.write(showText(detail, others, process.stdout.isTTY && !process.env.NO_COLOR ? TERMINAL_HIGHLIGHT : PLAIN_HIGHLIGHT));
      });
    });
}
