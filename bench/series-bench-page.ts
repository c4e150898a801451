/** The series bench's new article: one claim in a given series, stored through the ledger (bench/series.bench.ts and its child). */
import type { Group, Metric } from '../src/core/claim.ts';
import type { Ledger } from '../src/ledger/ledger.ts';

/** A new article `n` with one claim in the series `key`, as `tally ingest` or a worker stores it. */
export async function storePage(ledger: Ledger, key: { subject: string; metric: Metric }, n: number): Promise<void> {
  const [country, group] = key.subject.split('/') as [string, Group];
  const sentence = `At least ${100 + n} people were counted, the agency said.`;
  await ledger.ingest({ text: `Worker page ${n}. ${sentence}`, publisher: 'Bench Wire', url: `https://bench.example/page-${n}`, published: '2026-11-27' }, {
    id: null, document: { title: null, publisher: 'Bench Wire', published: '2026-11-27' },
    claims: [{
      metric: key.metric, min: 100 + n, max: null, approximate: false, subject: { text: key.subject, country: country === '-' ? null : country, group },
      source: [{ name: 'the agency', country: 'UA', kind: 'government' }], asOf: '2026-11-27', hedged: false, location: null,
      section: 'body', evidence: { start: 0, end: sentence.length, text: sentence }, rule: 'bench',
    }],
  });
}
