import argon2 from "argon2";

// OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1 (the minimum they
// recommend); argon2 runs on libuv's thread pool, off the event loop.
const argonOptions = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, argonOptions);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

export const passwordNeedsRehash = (hash: string): boolean => argon2.needsRehash(hash, argonOptions);

let dummyHash: Promise<string> | undefined;

/** Spend the same work as a real check when the account does not exist, so timing tells nothing. */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummyHash ??= hashPassword("dummy-password-for-timing-equalisation");
  await verifyPassword(await dummyHash, password);
  return false;
}
