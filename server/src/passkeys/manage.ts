import type { Deps, RequestMeta } from "../deps.ts";
import type { User } from "../db/types.ts";
import { AppError, badInput } from "../lib/errors.ts";
import { parseInput, plainText } from "../lib/validation.ts";
import { securityNoticeMail } from "../mail/templates.ts";

const nameRule = plainText().trim().min(1, "Give the passkey a name.").max(64, "Use at most 64 characters.");

export const parsePasskeyName = (name: string): string => parseInput(nameRule, name);

/** A password hash that no password matches (a registration's dropped password) counts as none. */
const hasPassword = (user: User) => user.passwordHash.startsWith("$");

export const listPasskeys = (deps: Deps, userId: string) => deps.store.passkeys.ofUser(userId);

export const countPasskeys = (deps: Deps, userId: string) => deps.store.passkeys.countOf(userId);

async function ownPasskey(deps: Deps, user: User, id: string) {
  const passkey = id.length <= 64 ? await deps.store.passkeys.ownedBy(user.id, id) : null;
  if (!passkey) throw new AppError("NOT_FOUND");
  return passkey;
}

export async function renamePasskey(deps: Deps, user: User, id: string, name: string) {
  const label = parsePasskeyName(name);
  await ownPasskey(deps, user, id);
  return deps.store.passkeys.rename(id, label);
}

/** Remove one of the user's passkeys, unless it is the only way left into an account without a password. */
export async function deletePasskey(deps: Deps, user: User, id: string, meta: RequestMeta): Promise<true> {
  const passkey = await ownPasskey(deps, user, id);
  const now = deps.clock.now();
  await deps.store.transaction(async (tx) => {
    if (!hasPassword(user) && (await tx.passkeys.countOf(user.id)) <= 1) {
      throw badInput({ id: "This passkey is the only way to sign in to your account: set a password or add another passkey first." });
    }
    await tx.passkeys.delete(id);
    await tx.audit.record({ action: "passkey.removed", actor: user, target: user, ip: meta.ip, detail: passkey.name }, now);
    await deps.mailer.send(securityNoticeMail(user.email, `A passkey ("${passkey.name}") was removed from your account`), tx);
  });
  return true;
}
