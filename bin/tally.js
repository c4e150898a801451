#!/usr/bin/env node
// Entry point of the `tally` command. It runs the CLI as bundled by bin/cli-cache.js while that
// bundle was made from the sources as they are; otherwise (a fresh clone, an edit, TALLY_DEBUG for
// stack traces into the sources) it runs the TypeScript sources through tsx's loader, so that a
// fresh clone works after `npm ci` with no build step.
import { register as registerHook } from 'node:module';
import { cachedCli } from './cli-cache.js';

const bundled = process.env.TALLY_DEBUG ? null : cachedCli();
let main;
if (bundled) ({ main } = await import(bundled));
else {
  const { register } = await import('tsx/esm/api');
  register();
  // kysely's and zod's ESM builds are ~260 and ~95 files, each resolved and loaded through the
  // loader's hooks thread; their CommonJS builds (the same API) load through require, which skips
  // it: about 0.5 s less CPU at the start of every command. Registered last, so it runs first.
  const commonJs = `export async function resolve(specifier, context, next) {
  if (specifier !== 'kysely' && specifier !== 'zod') return next(specifier, context);
  return next(specifier, { ...context, conditions: [...context.conditions.filter((c) => c !== 'import'), 'require'] });
}`;
  registerHook(`data:text/javascript,${encodeURIComponent(commonJs)}`);
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv);
