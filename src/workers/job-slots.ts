/**
 * Job slots over pg-boss's fetch / complete / fail: each slot takes one job, runs it, settles it,
 * and takes the next at once; only an empty queue makes it wait (the polling interval, or less
 * when this process has just queued work). pg-boss's own `work()` waits out the whole polling
 * interval after every job shorter than it, which caps a slot at two jobs a second.
 * A handler that returns completes its job; one that throws fails it, and pg-boss retries it
 * with backoff until the retry limit, then moves it to the dead-letter queue.
 */
import type { JobWithMetadata, PgBoss } from 'pg-boss';
import { formatUserError } from '../core/errors.ts';
import { serialSection } from './serial.ts';
import type { Wakeup } from './wakeup.ts';

export interface SlotsOptions {
  queue: string;
  slots: number;
  pollMs: number;
  /** Aborting it lets each slot finish its job in hand, then stop. */
  signal: AbortSignal;
  wakeup: Wakeup;
  log: (line: string) => void;
  /** Most active jobs of one group (jobs queued with `group: { id }`) across every worker. */
  groupConcurrency?: number;
}

/** Runs `options.slots` slots on one queue until the signal aborts. */
export async function runSlots<T extends object>(
  boss: PgBoss,
  options: SlotsOptions,
  handler: (job: JobWithMetadata<T>) => Promise<void>,
): Promise<void> {
  // One fetch at a time in this process: concurrent fetches would each count the same active
  // jobs of a group and together overshoot its limit (pg-boss counts, then claims).
  const fetchInTurn = serialSection();
  const slot = async (): Promise<void> => {
    while (!options.signal.aborted) {
      let job: JobWithMetadata<T> | undefined;
      try {
        [job] = await fetchInTurn(() => boss.fetch<T>(options.queue, {
          includeMetadata: true,
          batchSize: 1,
          ...(options.groupConcurrency ? { groupConcurrency: options.groupConcurrency } : {}),
        }));
      } catch (err) {
        options.log(`${options.queue}: cannot fetch jobs: ${formatUserError(err)}`);
      }
      if (!job) {
        await options.wakeup.wait(options.pollMs, options.signal);
        continue;
      }
      // Settling names the attempt: if this job timed out and another worker took it over, the
      // late completion of this attempt changes nothing.
      const attempt = { id: job.id, retryCount: job.retryCount };
      try {
        await handler(job);
        await boss.complete(options.queue, attempt);
      } catch (err) {
        await boss.fail(options.queue, attempt, { message: formatUserError(err) }).catch((failErr: unknown) => {
          options.log(`${options.queue}: cannot record a failure: ${formatUserError(failErr)}`);
        });
      }
    }
  };
  await Promise.all(Array.from({ length: options.slots }, slot));
}
