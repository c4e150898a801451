// The CLI compiled ahead: src/cli/main.ts and everything it loads, and the entries of its worker
// threads (THREAD_ENTRIES), bundled by esbuild into a few
// files of plain JavaScript (one per verb, chunks shared), kept in node_modules/.cache/tally-cli/
// (a folder per checkout) with the list of sources it was made from. bin/tally.js runs it while
// every one of those sources is as it was, and the TypeScript through tsx otherwise (starting a
// fresh bundle in the background), so a fresh clone needs no build step and an edit shows at the
// next run.
//
// Running tsx costs every command ~1 s of CPU at its start on a 2-core machine: each module's
// resolve and load go through the loader's hooks thread, and kysely's and zod's hundreds of files
// are each resolved, read and compiled. The bundle is one read per chunk.
//
// `node bin/cli-cache.js` builds the bundle now (what bin/tally.js starts in the background).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// One folder per checkout: worktrees often share one node_modules through a link.
const CACHE = join(ROOT, 'node_modules', '.cache', 'tally-cli', ROOT.replace(/[^\w.]+/g, '-'));
const MANIFEST = join(CACHE, 'manifest.json');
const ENTRY = join(ROOT, 'src', 'cli', 'main.ts');
// Worker threads' entries, each bundled as a file of its own (NAME.js beside main.js), which
// src/core/bundle.ts's threadEntry finds: a thread started from the bundle loads it, not tsx.
const THREAD_ENTRIES = [join(ROOT, 'src', 'series', 'summary-thread.ts')];
// src/core/bundle.ts: told the bundle's folder when bundled.
const BUNDLE_SOURCE = join(ROOT, 'src', 'core', 'bundle.ts');
const BUNDLE_MARK = 'export const BUNDLE_DIR: string | null = null;';
// Raise when what the build makes changes: a bundle of another version is not used.
const VERSION = 2;
// Packages of many small files, pure JavaScript: bundled with the sources. Others (native
// bindings, the server, drivers) stay where npm put them and load as they do under tsx.
const INLINE = new Set(['kysely', 'zod', 'commander']);
// Older builds are kept for processes that load chunks of theirs later (a server, a worker): the
// last few, and any made in the last day.
const KEEP = 2;
const KEEP_MS = 24 * 3600_000;

class Changed extends Error {}

/** [path relative to ROOT, mtimeMs, size] of every file the bundle was made from. */
function stamp(file) {
  const s = statSync(join(ROOT, file), { throwIfNoEntry: false });
  return s ? [s.mtimeMs, s.size] : null;
}

/**
 * The URL of the bundled src/cli/main.ts when it was made from the sources as they are now, else
 * null (and, unless `build` is false, a fresh bundle is started in a detached process).
 */
export function cachedCli(build = true) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    manifest = null;
  }
  if (manifest && manifest.version === VERSION && manifest.root === ROOT && fresh(manifest.inputs)) {
    return pathToFileURL(join(CACHE, manifest.dir, manifest.entry)).href;
  }
  if (build) startBuild();
  return null;
}

function fresh(inputs) {
  for (const [file, mtime, size] of inputs) {
    const now = stamp(file);
    if (!now || now[0] !== mtime || now[1] !== size) return false;
  }
  return true;
}

/** A detached `node bin/cli-cache.js`, unless one is already building (its lock less than a minute old). */
function startBuild() {
  try {
    mkdirSync(CACHE, { recursive: true });
    const lock = join(CACHE, 'building');
    const held = statSync(lock, { throwIfNoEntry: false });
    if (held && Date.now() - held.mtimeMs < 60_000) return;
    writeFileSync(lock, String(process.pid));
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], { detached: true, stdio: 'ignore', cwd: ROOT });
    child.on('error', () => {});
    child.unref();
  } catch {
    // A cache we may not write (a read-only install): the sources run through tsx every time.
  }
}

/** Bundle the CLI into a new folder of the cache and point the manifest at it. */
export async function buildCli() {
  const { build } = await import('esbuild');
  mkdirSync(CACHE, { recursive: true });
  const dir = `build-${Date.now()}-${process.pid}`;
  const out = join(CACHE, dir);
  const started = Date.now();
  try {
    const result = await build({
      entryPoints: [ENTRY, ...THREAD_ENTRIES],
      absWorkingDir: ROOT,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20.19',
      outdir: out,
      entryNames: '[name]',
      metafile: true,
      keepNames: true,
      logLevel: 'silent',
      // Bundled CommonJS (commander) calls require.
      banner: { js: "import { createRequire as __tallyRequire } from 'node:module'; const require = __tallyRequire(import.meta.url);" },
      plugins: [{
        name: 'tally',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) => {
            if (args.path.startsWith('node:')) return { external: true };
            const parts = args.path.split('/');
            const name = args.path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
            return INLINE.has(name) ? undefined : { external: true };
          });
          // Each source keeps its own import.meta.url (files it reads beside it, worker entries, createRequire).
          b.onLoad({ filter: /\.ts$/ }, (args) => {
            let text = readFileSync(args.path, 'utf8');
            if (resolve(args.path) === BUNDLE_SOURCE) {
              if (!text.includes(BUNDLE_MARK)) throw new Error(`${BUNDLE_SOURCE} no longer holds "${BUNDLE_MARK}"`);
              text = text.replace(BUNDLE_MARK, `export const BUNDLE_DIR: string | null = ${JSON.stringify(pathToFileURL(out).href + '/')};`);
            }
            return { contents: text.replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
          });
        },
      }],
    });
    const inputs = [...Object.keys(result.metafile.inputs).map((f) => relative(ROOT, resolve(ROOT, f))), 'package.json', 'tsconfig.json', 'bin/cli-cache.js'];
    const stamps = [];
    for (const file of inputs) {
      const s = stamp(file);
      // A source changed while it was bundled: this bundle may hold its older text; the next run builds again.
      if (!s || s[0] >= started - 2000) throw new Changed(`${file} changed while the CLI was bundled`);
      stamps.push([file, ...s]);
    }
    const manifest = { version: VERSION, root: ROOT, dir, entry: 'main.js', inputs: stamps };
    const temp = `${MANIFEST}.${process.pid}`;
    writeFileSync(temp, JSON.stringify(manifest));
    renameSync(temp, MANIFEST);
  } catch (err) {
    rmSync(out, { recursive: true, force: true });
    // A build that failed stays locked for a minute (runs meanwhile start no other); one that met
    // a source just edited is tried again by the next run.
    if (err instanceof Changed) rmSync(join(CACHE, 'building'), { force: true });
    throw err;
  }
  rmSync(join(CACHE, 'building'), { force: true });
  // Older builds past the last few, a day old.
  const builds = readdirSync(CACHE).filter((d) => d.startsWith('build-') && d !== dir)
    .sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]));
  for (const old of builds.slice(KEEP)) {
    if (Date.now() - Number(old.split('-')[1]) > KEEP_MS) rmSync(join(CACHE, old), { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
}
