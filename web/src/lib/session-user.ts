import type { UserFieldsFragment as User } from "$lib/graphql/generated/graphql";

/** The user fields pages may see: whitelisted so nothing else leaks into page data. */
export type SessionUser = Pick<
  User,
  "id" | "username" | "email" | "pendingEmail" | "name" | "bio" | "avatarUrl" | "role" | "emailVerified" | "createdAt" | "lastLoginAt" | "mfaEnabled"
>;

export function toSessionUser(user: User): SessionUser {
  const { id, username, email, pendingEmail, name, bio, avatarUrl, role, emailVerified, createdAt, lastLoginAt, mfaEnabled } = user;
  return { id, username, email, pendingEmail, name, bio, avatarUrl, role, emailVerified, createdAt, lastLoginAt, mfaEnabled };
}

export const isAdmin = (user: Pick<User, "role"> | null | undefined): boolean => user?.role === "ADMIN" || user?.role === "SUPER_ADMIN";
