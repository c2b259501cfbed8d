import { auditStore } from "./audit.ts";
import type { Client, Db } from "./client.ts";
import { fastPathsOf, type FastPaths } from "./fast-paths.ts";
import { isStorageFailure, isUniqueViolation } from "./errors.ts";
import { mailOutboxStore } from "./mail-outbox.ts";
import { mfaStore } from "./mfa.ts";
import { otpStore } from "./otps.ts";
import { passkeyStore } from "./passkeys.ts";
import { rateLimitStore } from "./rate-limits.ts";
import { resetTokenStore } from "./reset-tokens.ts";
import { sessionStore } from "./sessions.ts";
import { signingKeyStore } from "./signing-keys.ts";
import { userStore } from "./users.ts";

// The data seam: every statement the product runs is one of these, named for what it means.
// Services get rows back and never see Prisma, SQL or which database answers.

const entityStores = (client: Client, fast: FastPaths, inTransaction: boolean) => ({
  users: userStore(client, fast),
  sessions: sessionStore(client, fast),
  otps: otpStore(client),
  resetTokens: resetTokenStore(client),
  audit: auditStore(client),
  mfa: mfaStore(client),
  signingKeys: signingKeyStore(client, fast),
  passkeys: passkeyStore(client),
  mailOutbox: mailOutboxStore(client, fast, inTransaction),
});

export type Store = ReturnType<typeof entityStores> & {
  /** run `work` as one transaction: all of its writes, or none (inside one already: part of it) */
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;
};

function transactionStore(tx: Client, fast: FastPaths): Store {
  const store: Store = { ...entityStores(tx, fast, true), transaction: (work) => work(store) };
  return store;
}

export interface RootStore extends Store {
  /** the rate limits' counters: counted at once, never as part of a transaction (rate-limits.ts) */
  rateLimits: ReturnType<typeof rateLimitStore>;
  /** at start: what the stores need beyond the migrations (the users search index) */
  prepare(): Promise<void>;
  /** the database answers, with our schema */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function createStore(db: Db): RootStore {
  const fast = fastPathsOf(db);
  return {
    ...entityStores(db, fast, false),
    rateLimits: rateLimitStore(db),
    transaction: (work) => db.$transaction((tx) => work(transactionStore(tx, fast))),
    prepare: fast.prepare,
    ping: fast.ping,
    close: () => db.$disconnect(),
  };
}

export { isStorageFailure, isUniqueViolation };
