/** The verbs of `tally`, in the order `tally --help` lists them. One file per verb. */
import type { Command } from 'commander';
import { register as registerEval } from './eval.ts';
import { register as registerExtract } from './extract.ts';
import { registerSeries } from './series.ts';
import { registerToken } from './token.ts';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [registerExtract, registerEval, registerSeries, registerToken];
