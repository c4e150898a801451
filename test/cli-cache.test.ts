/**
 * The CLI as bin/cli-cache.js bundles it (what bin/tally.js runs while the sources are unchanged)
 * prints what the TypeScript sources print through tsx, byte for byte: verbs that read files
 * beside their sources (the extractor's data, the world-countries table), the ledger verbs and
 * `series`, errors included.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'tally-cli', ROOT.replace(/[^\w.]+/g, '-'));
let dir: string;
let entry: string;

/** Build the bundle; a source edited meanwhile (by someone else) makes the build give up: try again. */
function build(): void {
  for (let attempt = 0; ; attempt++) {
    const r = spawnSync(process.execPath, ['bin/cli-cache.js'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status === 0) return;
    if (attempt === 4 || !r.stderr.includes('changed while the CLI was bundled')) throw new Error(r.stderr);
    spawnSync(process.execPath, ['-e', 'setTimeout(() => {}, 2500)']);
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-cli-cache-'));
  build();
  const manifest = JSON.parse(readFileSync(join(CACHE, 'manifest.json'), 'utf8')) as { dir: string; entry: string };
  entry = pathToFileURL(join(CACHE, manifest.dir, manifest.entry)).href;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `tally ARGS` through tsx (bin/tally.js with TALLY_DEBUG) and through the bundle, imported straight. */
function both(...args: string[]): { sources: ReturnType<typeof spawnSync>; bundle: ReturnType<typeof spawnSync> } {
  const options = { cwd: ROOT, encoding: 'utf8' as const, env: { ...process.env, TALLY_DEBUG: '' } };
  const sources = spawnSync(process.execPath, ['bin/tally.js', ...args], { ...options, env: { ...options.env, TALLY_DEBUG: '1' } });
  const run = `const { main } = await import(${JSON.stringify(entry)}); process.exitCode = await main([process.argv[0], "tally", ...process.argv.slice(1)]);`;
  const bundle = spawnSync(process.execPath, ['--input-type=module', '-e', run, '--', ...args], options);
  return { sources, bundle };
}

function same(...args: string[]): string {
  const { sources, bundle } = both(...args);
  expect(bundle.stderr).toBe(sources.stderr);
  expect(bundle.stdout).toBe(sources.stdout);
  expect(bundle.status).toBe(sources.status);
  return String(bundle.stdout);
}

describe('the bundled CLI', () => {
  test('extract, ingest, claims and series print the same as from the sources', () => {
    const db = join(dir, 'ledger.db');
    expect(same('extract', 'samples/kursk-north-korean-losses.txt', '--format', 'json')).toContain('"metric"');
    // The first ingest writes the ledger: run it once, then compare a rerun (nothing new) both ways.
    expect(spawnSync(process.execPath, ['bin/tally.js', 'ingest', 'samples', '--db', db, '--no-progress'], { cwd: ROOT }).status).toBe(0);
    same('ingest', 'samples', '--db', db, '--no-progress');
    same('claims', '--db', db, '--format', 'json');
    expect(same('series', '--all', '--db', db, '--min-claims', '1')).toContain('Rule: ucdp');
    same('series', '--all', '--db', db, '--min-claims', '1', '--format', 'csv');
    same('series', '--subject', '-/people', '--metric', 'killed', '--db', db, '--format', 'json');
    same('series', '--subject', 'XX/nobody', '--metric', 'killed', '--db', join(dir, 'missing.db'));
  }, 120_000);
});
