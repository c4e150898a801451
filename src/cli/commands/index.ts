/**
 * The verbs of `tally`, in the order `tally --help` lists them. One file per verb; each is
 * loaded only when it runs (or for help), so that `tally extract` does not load the server,
 * the ledger drivers or the job queue.
 */
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export interface Verb {
  name: string;
  load: () => Promise<RegisterCommand>;
}

export const verbs: Verb[] = [
  { name: 'extract', load: async () => (await import('./extract.ts')).register },
  { name: 'eval', load: async () => (await import('./eval.ts')).register },
  { name: 'ingest', load: async () => (await import('./ingest.ts')).register },
  { name: 'claims', load: async () => (await import('./claims.ts')).register },
  { name: 'show', load: async () => (await import('./show.ts')).register },
  { name: 'sources', load: async () => (await import('./sources.ts')).register },
  { name: 'review', load: async () => (await import('./review.ts')).register },
  { name: 'export', load: async () => (await import('./export.ts')).register },
  { name: 'import', load: async () => (await import('./import.ts')).register },
  { name: 'migrate', load: async () => (await import('./migrate.ts')).register },
  { name: 'series', load: async () => (await import('./series.ts')).registerSeries },
  { name: 'serve', load: async () => (await import('./serve.ts')).registerServe },
  { name: 'start', load: async () => (await import('./start.ts')).registerStart },
  { name: 'token', load: async () => (await import('./token.ts')).registerToken },
  { name: 'watch', load: async () => (await import('./watch.ts')).registerWatch },
  { name: 'worker', load: async () => (await import('./worker.ts')).registerWorker },
];
