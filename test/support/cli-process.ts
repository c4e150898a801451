/** The real `tally` command as a child process, for end-to-end tests of the CLI. */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface Run { code: number | null; stdout: string; stderr: string }

/** Run `node bin/tally.js ARGS` from the repository root, with stdin and extra environment. */
export function runTallyProcess(args: string[], options: { stdin?: string | Buffer; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/tally.js'), ...args], { cwd: ROOT, env: { ...process.env, TALLY_DEBUG: '', ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
