/**
 * `npm run bench`: runs every bench/*.bench.ts module in name order and writes their markdown
 * sections to bench/RESULTS.md, with the date and the machine. `npm run bench -- extract` runs
 * only the modules whose name contains "extract".
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchModule { run(): Promise<string> }

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const sections: string[] = [
  '# Bench results',
  '',
  `Run ${new Date().toISOString()} with \`npm run bench\` on ${cpu} (${cpus().length} cores, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB), Node ${process.version}. Figures vary ±30% run to run.`,
  '',
];
for (const file of files) {
  process.stderr.write(`bench: ${file}\n`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
  const section = await mod.run();
  sections.push(section.trim(), '');
  process.stdout.write(`${section.trim()}\n\n`);
}
if (only.length === 0) writeFileSync(join(here, 'RESULTS.md'), sections.join('\n'));
else process.stderr.write('bench: partial run, RESULTS.md left unchanged\n');
