/**
 * Runs async sections one at a time. Job slots take turns fetching jobs with it (job-slots.ts),
 * and the single-process SQLite worker fetches pages in parallel
 * but writes through one section: two better-sqlite3 connections writing at once would make one
 * wait synchronously on the other's open transaction, blocking the event loop that must finish it.
 */
export type Section = <T>(fn: () => Promise<T>) => Promise<T>;

export function serialSection(): Section {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** For engines whose connections may write concurrently (PostgreSQL). */
export const direct: Section = (fn) => fn();
