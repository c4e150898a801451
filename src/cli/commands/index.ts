/** The verbs of `tally`, in the order `tally --help` lists them. One file per verb. */
import type { Command } from 'commander';
import { register as registerEval } from './eval.ts';
import { register as registerExtract } from './extract.ts';
import { registerSeries } from './series.ts';
import { register as registerIngest } from './ingest.ts';
import { register as registerClaims } from './claims.ts';
import { register as registerShow } from './show.ts';
import { register as registerSources } from './sources.ts';
import { register as registerReview } from './review.ts';
import { register as registerExport } from './export.ts';
import { register as registerImport } from './import.ts';
import { register as registerMigrate } from './migrate.ts';
import { registerServe } from './serve.ts';
import { registerStart } from './start.ts';
import { registerToken } from './token.ts';
import { registerWatch } from './watch.ts';
import { registerWorker } from './worker.ts';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [registerExtract, registerEval, registerIngest, registerClaims, registerShow, registerSources, registerReview, registerExport, registerImport, registerMigrate, registerSeries, registerServe, registerStart, registerToken, registerWatch, registerWorker];
