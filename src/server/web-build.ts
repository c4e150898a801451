/**
 * Build the dashboard (web/ → web/dist) with Vite when the build is missing or older than its
 * sources: `tally start` and the browser tests call this, so nobody has to remember to build.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_DIST, WEB_ROOT } from './web-paths.ts';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when web/dist/index.html is missing or older than anything under web/src, web/index.html or the Vite config. */
export function webBuildIsStale(): boolean {
  const built = join(WEB_DIST, 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newestMtime(join(WEB_ROOT, 'src')),
    statSync(join(WEB_ROOT, 'index.html')).mtimeMs,
    statSync(join(WEB_ROOT, 'vite.config.ts')).mtimeMs,
  );
  return statSync(built).mtimeMs < sources;
}

/** Run `vite build` in-process; returns true when it built, false when the build was fresh. */
export async function buildWeb(options: { force?: boolean } = {}): Promise<boolean> {
  if (!options.force && !webBuildIsStale()) return false;
  const { build } = await import('vite');
  await build({ configFile: join(WEB_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
