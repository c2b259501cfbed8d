// Password hashing is the one costly thing a request can ask for (argon2: tens of ms of a core
// and 19 MiB each). Unbounded, a burst of sign-ins queues for many seconds and every client
// waits; here a hash that could not start within the bound is refused at once with
// SERVER_BUSY, before anything is counted or written, and the client comes back later.
import { channel } from "node:diagnostics_channel";
import { availableParallelism } from "node:os";
import { serverBusy } from "./errors.ts";
import { threadPoolSize } from "./thread-pool-priority.ts";

export interface HashQueueOptions {
  /** hashes that run at once */
  concurrency: number;
  /** the longest a hash may expect to wait for its turn (0: it starts at once or is refused) */
  maxWaitMs: number;
}

/** One hash per core, at most the thread pool's size: more only share the cores and add 19 MiB each. */
export const defaultHashConcurrency = () => Math.max(1, Math.min(threadPoolSize(), availableParallelism()));

/** `{ event: "queued" | "shed", running, waiting }` for each hash that waits or is refused (observability, tests). */
export const hashQueueChannel = channel("authkit:hash-queue");

// argon2id at our parameters on a slow core, until the first hashes are measured
const FIRST_GUESS_MS = 100;

export interface HashTurn extends Disposable {
  /** Wait for a free slot, then do the work (a hash). */
  run<T>(work: () => Promise<T>): Promise<T>;
}

export function createHashQueue({ concurrency, maxWaitMs }: HashQueueOptions) {
  let running = 0;
  let reserved = 0; // admitted, not yet asking for their slot
  const waiting: Array<() => void> = [];
  let hashMs = FIRST_GUESS_MS; // moving average of how long a hash takes, under the current load

  // as many may wait as the slots get through within maxWaitMs at the measured pace
  const room = () => Math.floor((maxWaitMs / hashMs) * concurrency);
  const publish = (event: "queued" | "shed") => hashQueueChannel.hasSubscribers && hashQueueChannel.publish({ event, running, waiting: waiting.length });

  async function take<T>(work: () => Promise<T>): Promise<T> {
    if (running < concurrency) running += 1;
    else {
      publish("queued");
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    const started = performance.now();
    try {
      return await work();
    } finally {
      hashMs += (performance.now() - started - hashMs) / 8;
      const next = waiting.shift();
      if (next)
        next(); // the slot passes on
      else running -= 1;
    }
  }

  /**
   * A place in the queue, taken before anything is counted or written: SERVER_BUSY at once
   * when the hash could not start within the bound. Declare it with `using`: a place not run
   * (the request failed before hashing) is given back at the end of the block.
   */
  function reserve(): HashTurn {
    if (running + reserved + waiting.length >= concurrency + room()) {
      publish("shed");
      // by then the queue has room again: about one maximal wait
      throw serverBusy(maxWaitMs / 1000);
    }
    reserved += 1;
    let held = true;
    const release = () => {
      if (held) reserved -= 1;
      held = false;
    };
    return {
      run(work) {
        release();
        return take(work);
      },
      [Symbol.dispose]: release,
    };
  }

  return {
    reserve,
    /** Reserve and run in one: for a hash with nothing counted or written before it. */
    run<T>(work: () => Promise<T>): Promise<T> {
      return reserve().run(work);
    },
    /** The measured time of one hash, in ms (what the bound is derived from). */
    get hashMs() {
      return hashMs;
    },
  };
}

export type HashQueue = ReturnType<typeof createHashQueue>;
