import { z } from "zod";
import type { Deps, RequestMeta } from "../deps.ts";
import { AppError, badInput } from "../lib/errors.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { hashPassword } from "../lib/password.ts";
import { hashToken, randomToken } from "../lib/crypto-tokens.ts";
import { emailRule, nameRule, parseInput, passwordDiffersFromIdentity, passwordRule, usernameRule } from "../lib/validation.ts";
import { issueOtp } from "./otp.ts";
import type { RegisterInput } from "../graphql/resolver-types.ts";

const registerInput = z.object({ username: usernameRule, email: emailRule, password: passwordRule, name: nameRule.nullish() });

/** Which of username and email is already taken, as field errors. */
export async function findTaken(deps: Deps, username: string | undefined, email: string | undefined, exceptUserId?: string) {
  const fields: Record<string, string> = {};
  if (username && (await deps.store.users.usernameTaken(username, exceptUserId))) {
    fields.username = "That username is taken.";
  }
  if (email && (await deps.store.users.emailTaken(email, exceptUserId))) {
    fields.email = "That email is already registered.";
  }
  return fields;
}

/** How long a client keeps the key of its registration: long past any code it may resend. */
export const REGISTRATION_KEY_TTL_SECONDS = 24 * 60 * 60;

/**
 * Create an unverified account and mail it a code. The user and the code are written together.
 * An unverified registration does not hold its address: registering the same email again
 * replaces it (its username, password and codes are dropped), so whoever registered someone
 * else's address first gains nothing. The returned `registrationKey` goes to the client as a
 * cookie: it marks later resends as this registration's own (see verify-otp.ts).
 */
export async function registerUser(deps: Deps, raw: RegisterInput, meta: RequestMeta) {
  // a place for the hash first: a busy server refuses before the attempt counts
  using turn = deps.hashing.reserve();
  await deps.limits.hit([["register.ip", meta.network]], deps.clock.now());
  const input = parseInput(registerInput, raw);
  if (!passwordDiffersFromIdentity(input.password, input.username, input.email)) {
    throw badInput({ password: "The password must differ from the username and email." });
  }
  const pending = await deps.store.users.unverifiedByEmail(input.email);
  const taken = await findTaken(deps, input.username, pending ? undefined : input.email, pending?.id);
  if (Object.keys(taken).length) throw new AppError("CONFLICT", { fields: taken });

  const passwordHash = await turn.run(() => hashPassword(input.password));
  const registrationKey = randomToken();
  const now = deps.clock.now();
  try {
    const { user, otp } = await deps.store.transaction(async (tx) => {
      if (pending) {
        // only while still unverified: a verification in between makes this a CONFLICT
        if (!(await tx.users.deleteUnverified(pending.id))) throw new AppError("CONFLICT", { fields: { email: "That email is already registered." } });
        await tx.audit.record({ action: "auth.registration_replaced", target: null, ip: meta.ip, detail: input.email }, now);
      }
      const user = await tx.users.create({ username: input.username, email: input.email, passwordHash, name: input.name || null, createdAt: now });
      const otp = await issueOtp(deps, user, "VERIFY_EMAIL", user.email, tx, hashToken(registrationKey));
      await tx.audit.record({ action: "auth.register", actor: user, target: user, ip: meta.ip }, now);
      return { user, otp };
    });
    return { user, otpExpiresAt: otp.expiresAt, registrationKey };
  } catch (error) {
    // a concurrent registration took the name between the check and the insert
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", { fields: await findTaken(deps, input.username, input.email) });
    throw error;
  }
}
