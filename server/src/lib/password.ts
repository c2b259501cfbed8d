import { hash, parseOptions, verify, type Algorithm, type Version } from "@node-rs/argon2";

// OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1 (the minimum they
// recommend); it runs on libuv's thread pool, off the event loop. @node-rs/argon2 rather than
// `argon2`: the same PHC strings both ways, ~1.7× the hashes per core here, and each hash's
// 19 MiB goes back to the system afterwards instead of staying with the thread that ran it.
// (the package's enums are declared `const` and absent at run time: their values, by hand)
const ARGON2ID = 2 as Algorithm.Argon2id;
const VERSION_0X13 = 1 as Version.V0x13;
const argonOptions = { algorithm: ARGON2ID, version: VERSION_0X13, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, argonOptions);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // not a PHC string (e.g. an account made without a password)
  }
}

/** Stored with other parameters than today's (older or weaker): hash again at the next sign-in. */
export function passwordNeedsRehash(passwordHash: string): boolean {
  try {
    const stored = parseOptions(passwordHash);
    return (
      stored.algorithm !== argonOptions.algorithm ||
      stored.version !== argonOptions.version ||
      stored.memoryCost !== argonOptions.memoryCost ||
      stored.timeCost !== argonOptions.timeCost ||
      stored.parallelism !== argonOptions.parallelism
    );
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spend the same work as a real check when the account does not exist, so timing tells nothing. */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummyHash ??= hashPassword("dummy-password-for-timing-equalisation");
  await verifyPassword(await dummyHash, password);
  return false;
}
