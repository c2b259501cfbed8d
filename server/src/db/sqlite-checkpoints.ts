import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { SqliteConnection } from "./serialized-adapter.ts";

// In WAL mode SQLite copies the log back into the database file (a checkpoint, with an fsync)
// inside whichever commit takes the log past 1,000 pages: on the writing connection, that is
// the event loop: here 1 commit in ~150 took 5–20 ms instead of ~0.1 while every request waited.
// A worker thread with a connection of its own checkpoints instead, every quarter second;
// PASSIVE neither waits for nor blocks the writer or the readers. While it runs, the writer's
// own automatic checkpoint is off; if the worker ever dies, it is back on.
const EVERY_MS = 250;
const DEFAULT_AUTOCHECKPOINT = 1000; // SQLite's

const source = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
let db, checkpoint;
try {
  db = new Database(workerData.file, { fileMustExist: true, timeout: workerData.busyTimeoutMs });
  checkpoint = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");
} catch (error) {
  throw new Error(error.message); // better-sqlite3's own error class loses its message between threads
}
const timer = setInterval(() => {
  try {
    checkpoint.get();
  } catch {} // the next one tries again
}, workerData.everyMs);
parentPort.on("message", () => {
  clearInterval(timer);
  checkpoint.get();
  db.close();
  parentPort.close();
});
parentPort.postMessage("ready");
`;

const setAutocheckpoint = (writer: SqliteConnection, pages: number) => {
  if (writer.open) writer.prepare(`PRAGMA wal_autocheckpoint = ${pages}`).get();
};

/** Checkpoint the file's WAL off the event loop from now on; `stop` before closing the writer. */
export function checkpointInBackground(file: string, writer: SqliteConnection, busyTimeoutMs: number): { stop(): Promise<void>; thread: Worker } {
  const worker = new Worker(source, {
    eval: true,
    workerData: { driver: createRequire(import.meta.url).resolve("better-sqlite3"), file, busyTimeoutMs, everyMs: EVERY_MS },
  });
  worker.unref(); // a process that is done does not wait for it
  let stopping = false;
  worker.once("message", () => stopping || setAutocheckpoint(writer, 0));
  let failure = "";
  worker.on("error", (error) => (failure = `: ${error.message}`)); // its exit follows (events.once would reject on it, unhandled)
  const exited = new Promise<void>((resolve) =>
    worker.once("exit", (code) => {
      if (!stopping) {
        setAutocheckpoint(writer, DEFAULT_AUTOCHECKPOINT);
        // no logger this far down: a process warning reaches stderr, where an operator looks
        process.emitWarning(`SQLite checkpoints are back on the writing connection: the checkpoint worker ended (exit code ${code})${failure}`, { code: "AUTHKIT_CHECKPOINTS" });
      }
      resolve();
    }),
  );
  return {
    thread: worker, // for tests that end it
    async stop() {
      stopping = true;
      setAutocheckpoint(writer, DEFAULT_AUTOCHECKPOINT);
      worker.ref(); // awaited now: an unreferenced worker would let the process end first
      worker.postMessage("stop");
      await exited;
    },
  };
}
