import type { TestApp } from "./test-app.ts";

/**
 * Take every hashing slot of the app with work that ends only when released: the tests'
 * stand-in for a burst of sign-ins. Returns the release, which waits for the slots to free.
 */
export function holdHashing(t: TestApp): () => Promise<void> {
  const releases: Array<() => void> = [];
  const held = Array.from({ length: t.config.hashing.concurrency }, () => t.app.deps.hashing.run(() => new Promise<void>((resolve) => releases.push(resolve))));
  return async () => {
    for (const release of releases) release();
    await Promise.all(held);
  };
}
