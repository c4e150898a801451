/**
 * Progress of a long `tally ingest`: a live counter line (cli-progress) on a terminal, a plain
 * line every few seconds otherwise, so logs of unattended runs stay readable.
 */
import cliProgress from 'cli-progress';
import type { IngestStatus } from '../ledger/types.ts';

export interface IngestCounts {
  articles: number;
  new: number;
  'new-version': number;
  'new-publication': number;
  unchanged: number;
  're-extracted': number;
  failed: number;
  claims: number;
}

export function emptyCounts(): IngestCounts {
  return { articles: 0, new: 0, 'new-version': 0, 'new-publication': 0, unchanged: 0, 're-extracted': 0, failed: 0, claims: 0 };
}

export function countOutcome(counts: IngestCounts, status: IngestStatus, claimsAdded: number): void {
  counts.articles++;
  counts[status]++;
  counts.claims += claimsAdded;
}

/** "120 articles: 100 new, 2 new versions, 5 new publications, 12 unchanged, 1 failed; 430 claims added" */
export function summaryLine(c: IngestCounts): string {
  const parts = [
    `${c.new} new`,
    ...(c['new-version'] ? [`${c['new-version']} new version${c['new-version'] === 1 ? '' : 's'}`] : []),
    ...(c['new-publication'] ? [`${c['new-publication']} new publication${c['new-publication'] === 1 ? '' : 's'}`] : []),
    `${c.unchanged} unchanged`,
    ...(c['re-extracted'] ? [`${c['re-extracted']} re-extracted`] : []),
    `${c.failed} failed`,
  ];
  return `${c.articles} article${c.articles === 1 ? '' : 's'}: ${parts.join(', ')}; ${c.claims} claim${c.claims === 1 ? '' : 's'} added`;
}

export interface Progress {
  update(counts: IngestCounts): void;
  /** Write a line (an error) without garbling the live line. */
  log(line: string): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 5000;

export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }, enabled: boolean): Progress {
  const started = Date.now();
  const rate = (n: number) => Math.round(n / Math.max(0.001, (Date.now() - started) / 1000));
  if (!enabled) {
    return { update: () => undefined, log: (line) => void stream.write(`${line}\n`), stop: () => undefined };
  }
  if (!stream.isTTY) {
    let last = started;
    return {
      update(c) {
        if (Date.now() - last < PLAIN_EVERY_MS) return;
        last = Date.now();
        stream.write(`tally: ingest: ${summaryLine(c)} (${rate(c.articles)}/s)\n`);
      },
      log: (line) => void stream.write(`${line}\n`),
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar({
    stream,
    format: 'ingest {articles} articles | {new} new, {unchanged} unchanged, {failed} failed | {claims} claims | {rate}/s',
    hideCursor: true,
    clearOnComplete: true,
    fps: 5,
  });
  bar.start(0, 0, { ...emptyCounts(), rate: 0 });
  return {
    update: (c) => bar.update(c.articles, { ...c, rate: rate(c.articles) }),
    log(line) {
      // Clear the live line, print, and let the next update redraw it.
      stream.write(`\r\x1b[2K${line}\n`);
    },
    stop: () => bar.stop(),
  };
}
