// Work a request starts but does not wait for: it begins two turns of the event loop later
// (the first ends the turn in which the answer was written, the second lets whoever reads that
// answer, even in this process, read it first), a failure is logged, and a graceful close waits
// for what is still running, so a stop leaves nothing half-done.

export interface Background {
  /** Run `task` after the current request has answered; `what` names it in the log if it fails. */
  run(what: string, task: () => Promise<void>): void;
  /** Resolves when every task started so far (and any they started) has ended. */
  settled(): Promise<void>;
}

export function createBackground(log: { error(obj: object, msg?: string): void }): Background {
  const pending = new Set<Promise<void>>();
  return {
    run(what, task) {
      const job: Promise<void> = new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)))
        .then(task)
        .catch((error: Error) => log.error({ err: { message: error.message } }, `${what} failed`))
        .finally(() => pending.delete(job));
      pending.add(job);
    },
    async settled() {
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}
