import { pbkdf2 } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { setPriority } from "node:os";
import { promisify } from "node:util";

// Password hashing (argon2) runs on libuv's thread pool: four threads that, under a burst of
// sign-ins, want both cores of a small machine. The event loop then waits its turn behind
// them, and every other request (the `me` checks of signed-in users) gets slow. Linux keeps
// a nice value per thread: lowering the pool threads' priority lets the event loop run the
// moment it has work, and the hashes still get every cycle it leaves idle.

/** The pool's size as libuv reads it: 4 unless UV_THREADPOOL_SIZE is set (then at least 1, at most 1024). */
export function threadPoolSize(): number {
  const value = process.env.UV_THREADPOOL_SIZE;
  if (value === undefined) return 4;
  const size = Number.parseInt(value, 10); // libuv uses atoi
  return Math.min(Math.max(Number.isNaN(size) ? 0 : size, 1), 1024);
}

/** CPU time (clock ticks) of each thread of this process. */
function threadTimes(): Map<string, number> {
  const times = new Map<string, number>();
  for (const tid of readdirSync("/proc/self/task")) {
    try {
      // fields after "(comm) ": state is [0], utime [11], stime [12]
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1].split(" ");
      times.set(tid, Number(fields[11]) + Number(fields[12]));
    } catch {} // a thread that ended meanwhile
  }
  return times;
}

/** The threads that spent the most CPU while one job per pool thread ran (a V8 thread busy meanwhile spends less). */
async function findPoolThreads(size: number): Promise<string[]> {
  const before = threadTimes();
  await Promise.all(Array.from({ length: size }, () => promisify(pbkdf2)("warm-up", "salt", 150_000, 32, "sha256")));
  const spent = [...threadTimes()].filter(([tid]) => tid !== String(process.pid)).map(([tid, time]) => [tid, time - (before.get(tid) ?? 0)] as const);
  const most = Math.max(...spent.map(([, time]) => time));
  return spent.filter(([, time]) => time >= Math.max(2, most / 2)).map(([tid]) => tid);
}

/**
 * Lower the priority of the thread pool's threads (~0.3 s of work on the pool: server.ts runs
 * it after listening, not before). Returns how many were lowered: 0 off Linux, or if three
 * tries could not tell the pool apart.
 */
export async function lowerThreadPoolPriority(niceness = 19): Promise<number> {
  if (process.platform !== "linux") return 0;
  try {
    const size = threadPoolSize();
    for (let attempt = 0; attempt < 3; attempt++) {
      // busy in two rounds in a row: a V8 thread compiling or collecting meanwhile is not, twice
      const first = await findPoolThreads(size);
      const pool = (await findPoolThreads(size)).filter((tid) => first.includes(tid));
      if (pool.length !== size) continue;
      for (const tid of pool) setPriority(Number(tid), niceness);
      return size;
    }
  } catch {} // no /proc, or a thread that ended meanwhile
  return 0;
}
