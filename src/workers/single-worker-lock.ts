/**
 * One worker per SQLite ledger: a lock file beside the database holding the worker's pid. A lock
 * left by a process that is gone (killed) is taken over; one held by a live process is refused.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { UsageError } from '../core/errors.ts';

export interface HeldLock {
  path: string;
  release(): void;
}

export function acquireWorkerLock(dbFile: string): HeldLock {
  const path = `${dbFile}.worker.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      return { path, release: () => rmSync(path, { force: true }) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new UsageError(`another worker (pid ${holder}) is running on ${dbFile}`, undefined, 'a SQLite ledger takes one worker; use PostgreSQL for more');
      }
      rmSync(path, { force: true });
    }
  }
  throw new UsageError(`cannot take the worker lock ${path}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
