import { EventEmitter } from "node:events";
import { Writable } from "node:stream";

/** A stream to hand the app as its log destination, keeping every JSON line it writes. */
export function captureLogs() {
  const lines: string[] = [];
  const written = new EventEmitter();
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      written.emit("line");
      done();
    },
  });
  const entries = () => lines.map((line) => JSON.parse(line));
  /** The entries that match, once there are at least `count` of them (waits for the app to write them). */
  function waitFor(match: (entry: any) => boolean, count = 1, timeoutMs = 10_000): Promise<any[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = entries().filter(match);
        if (found.length < count) return;
        written.off("line", check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        written.off("line", check);
        reject(new Error(`fewer than ${count} matching log lines in ${timeoutMs} ms`));
      }, timeoutMs);
      written.on("line", check);
      check();
    });
  }
  return { stream, lines, entries, waitFor };
}
