/**
 * A wait that ends at the first of: its time is up, someone calls wake(), or the stop signal
 * aborts. Idle job slots wait on it so that freshly queued work starts at once, and the SQLite
 * loop waits on it so that a finished page frees its slot at once. Every wait removes its timer
 * and listener when it ends, however it ends. A wake with nobody waiting is kept for the next
 * wait, so work that ends while the waiter is busy elsewhere is not missed.
 */
export class Wakeup {
  private readonly waiters = new Set<() => void>();
  private pending = false;

  wake(): void {
    if (this.waiters.size === 0) this.pending = true;
    for (const finish of [...this.waiters]) finish();
  }

  wait(ms: number, signal?: AbortSignal): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const finish = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', finish);
        this.waiters.delete(finish);
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.waiters.add(finish);
      if (signal?.aborted) finish();
      else signal?.addEventListener('abort', finish, { once: true });
    });
  }
}
