import { describe, expect, it } from "vitest";
import { createBackground } from "../../server/src/lib/background.ts";

describe("background work", () => {
  const logged: string[] = [];
  const log = { error: (obj: object, msg?: string) => void logged.push(`${msg} ${JSON.stringify(obj)}`) };

  it("starts after the current turn of the event loop, and a close waits for it and what it starts", async () => {
    const background = createBackground(log);
    const done: string[] = [];
    background.run("first", async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      done.push("first");
      background.run("second", async () => void done.push("second"));
    });
    expect(done).toEqual([]); // not within the request's own turn
    await background.settled();
    expect(done).toEqual(["first", "second"]);
  });

  it("logs a failure by its name, and the rest still runs", async () => {
    const background = createBackground(log);
    let ran = false;
    background.run("password reset request", async () => {
      throw new Error("database is locked");
    });
    background.run("other", async () => void (ran = true));
    await background.settled();
    expect(ran).toBe(true);
    expect(logged).toEqual([`password reset request failed {"err":{"message":"database is locked"}}`]);
  });
});
