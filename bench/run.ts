/**
 * `npm run bench`: runs every bench/*.bench.ts module in name order and writes their markdown
 * sections to bench/RESULTS.md, with the date and the machine. `npm run bench -- extract` runs
 * only the modules whose name contains "extract" and replaces just their sections, keeping the
 * others as they were last measured (each section says when).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchModule { run(): Promise<string> }

const here = dirname(fileURLToPath(import.meta.url));
const resultsPath = join(here, 'RESULTS.md');
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB), Node ${process.version}`;
const header = [
  '# Bench results',
  '',
  'Written by `npm run bench` (all modules) or `npm run bench -- NAME` (one module, its section replaced).',
  'Each section gives the day it was measured, the machine and its load; figures vary ±30% run to run.',
  '',
].join('\n');

const begin = (f: string) => `<!-- bench:${f} -->`;
const end = '<!-- /bench -->';

/** The sections already in RESULTS.md, by module file name. */
function previousSections(): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(resultsPath)) return out;
  const text = readFileSync(resultsPath, 'utf8');
  const re = /<!-- bench:([\w.-]+) -->\n([\s\S]*?)\n<!-- \/bench -->/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.set(m[1]!, m[2]!);
  return out;
}

const sections = only.length ? previousSections() : new Map<string, string>();
for (const file of files) {
  process.stderr.write(`bench: ${file}\n`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
  const started = new Date().toISOString();
  const load = loadavg()[0]!.toFixed(1);
  const section = (await mod.run()).trim();
  const stamped = `${section}\n\n_Measured ${started} on ${machine}; load average ${load} at the start._`;
  sections.set(file, stamped);
  process.stdout.write(`${stamped}\n\n`);
}
const ordered = [...sections.keys()].sort();
writeFileSync(resultsPath, `${header}\n${ordered.map((f) => `${begin(f)}\n${sections.get(f)}\n${end}`).join('\n\n')}\n`);
