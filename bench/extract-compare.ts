/**
 * What a change to the extractor costs, apart from the machine's drift between bench runs: extraction of the
 * generated corpus with the extractor of another checkout (a git worktree) and with this one, in fresh processes
 * one after the other. Usage:
 *   git worktree add /tmp/base <commit> && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   node --import tsx bench/extract-compare.ts /tmp/base .      (prints MB/s per pass; passes 2-3 are warm)
 * Rates are per CPU second (process.cpuUsage), after a 600-article warm-up.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateArticles } from './generate-corpus.ts';

const roots = process.argv.slice(2);
if (roots.length === 1) {
  const { extract } = (await import(pathToFileURL(resolve(roots[0]!, 'src/extract/index.ts')).href)) as typeof import('../src/extract/index.ts');
  const articles = [...generateArticles(6000, 7)].map((g) => g.article);
  let bytes = 0;
  for (const a of articles) bytes += Buffer.byteLength(a.text);
  for (const a of articles.slice(0, 600)) extract(a);
  const rates: string[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const c0 = process.cpuUsage();
    for (const a of articles) extract(a);
    const c = process.cpuUsage(c0);
    rates.push((bytes / 1e6 / ((c.user + c.system) / 1e6)).toFixed(2));
  }
  console.log(`${roots[0]}: ${rates.join(' / ')} MB/s`);
} else {
  for (let round = 0; round < 2; round++) {
    for (const root of roots) spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, root], { stdio: 'inherit' });
  }
}
