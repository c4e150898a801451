#!/usr/bin/env node
// Entry point of the `tally` command: runs the TypeScript sources through tsx's loader,
// so that a fresh clone works after `npm ci` with no build step.
import { register as registerHook } from 'node:module';
import { register } from 'tsx/esm/api';

register();
// kysely's and zod's ESM builds are ~260 and ~95 files, each resolved and loaded through the
// loader's hooks thread; their CommonJS builds (the same API) load through require, which skips
// it: about 0.5 s less CPU at the start of every command. Registered last, so it runs first.
const commonJs = `export async function resolve(specifier, context, next) {
  if (specifier !== 'kysely' && specifier !== 'zod') return next(specifier, context);
  return next(specifier, { ...context, conditions: [...context.conditions.filter((c) => c !== 'import'), 'require'] });
}`;
registerHook(`data:text/javascript,${encodeURIComponent(commonJs)}`);
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
