import type { Role, User } from "./types.ts";
import type { Client } from "./client.ts";
import type { FastPaths } from "./fast-paths.ts";
import { pageUsers, type UserFilter } from "./user-page.ts";
import type { CursorPosition, UserOrder } from "./user-order.ts";

interface NewUser {
  username: string;
  email: string;
  passwordHash: string;
  name?: string | null;
  role?: Role;
  emailVerified?: boolean;
  createdAt: Date;
}

/** What a profile or admin change may set on a user row. */
type UserChange = Partial<
  Pick<
    User,
    | "username"
    | "email"
    | "pendingEmail"
    | "passwordHash"
    | "name"
    | "bio"
    | "avatarFile"
    | "role"
    | "emailVerified"
    | "disabled"
    | "mfaEnabled"
    | "totpSecret"
    | "totpPendingSecret"
    | "totpLastStep"
  >
>;

// a new username brings its case-free key along
const withKey = (change: UserChange) => (change.username !== undefined ? { ...change, usernameKey: change.username.toLowerCase() } : change);

export const userStore = (client: Client, fast: FastPaths) => ({
  byId: (id: string) => client.user.findUnique({ where: { id } }),
  byEmail: (email: string) => client.user.findUnique({ where: { email } }),
  /** by email or case-free username, on committed data (the sign-in lookup) */
  // sign-in looks the account up before each password check: past Prisma's pipeline
  byKey: fast.userByKey,
  /** an account still waiting for its address to be verified */
  unverifiedByEmail: (email: string) => client.user.findFirst({ where: { email, emailVerified: false, disabled: false } }),
  /** an account waiting to move to this address */
  byPendingEmail: (email: string) => client.user.findFirst({ where: { pendingEmail: email, disabled: false } }),
  usernameTaken: async (username: string, exceptId?: string) =>
    (await client.user.count({ where: { usernameKey: username.toLowerCase(), ...(exceptId && { id: { not: exceptId } }) } })) > 0,
  emailTaken: async (email: string, exceptId?: string) => (await client.user.count({ where: { email, ...(exceptId && { id: { not: exceptId } }) } })) > 0,
  /** a super admin by email or username, to seed or promote */
  byEmailOrUsername: (email: string, username: string) => client.user.findFirst({ where: { OR: [{ email }, { usernameKey: username.toLowerCase() }] } }),
  create: (user: NewUser) => client.user.create({ data: { ...user, usernameKey: user.username.toLowerCase() } }),
  update: (id: string, change: UserChange) => client.user.update({ where: { id }, data: withKey(change) }),
  /** compare-and-set: change the user only while `expected` still holds; whether it did */
  updateIf: async (id: string, expected: UserChange, change: UserChange) => (await client.user.updateMany({ where: { id, ...expected }, data: withKey(change) })).count === 1,
  /** a TOTP time step accepted once: only a later step than the last one moves it */
  claimTotpStep: async (id: string, step: number) =>
    (await client.user.updateMany({ where: { id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] }, data: { totpLastStep: step } })).count === 1,
  delete: (id: string) => client.user.delete({ where: { id } }),
  /** drop a registration that is still unverified; whether it was */
  deleteUnverified: async (id: string) => (await client.user.deleteMany({ where: { id, emailVerified: false } })).count === 1,
  countOtherActiveSuperAdmins: (exceptId: string) => client.user.count({ where: { role: "SUPER_ADMIN", disabled: false, id: { not: exceptId } } }),
  avatarFiles: async () => (await client.user.findMany({ where: { avatarFile: { not: null } }, select: { avatarFile: true } })).map((row) => row.avatarFile!),
  /** a page of the admin list (see user-page.ts) */
  page: (filter: UserFilter | null | undefined, order: UserOrder, after: CursorPosition | undefined, first: number) => pageUsers(fast, filter, order, after, first),
  stats: async () => {
    const users = await client.user.count();
    const verified = await client.user.count({ where: { emailVerified: true } });
    const admins = await client.user.count({ where: { role: { in: ["ADMIN", "SUPER_ADMIN"] } } });
    const disabled = await client.user.count({ where: { disabled: true } });
    const mfaEnabled = await client.user.count({ where: { mfaEnabled: true } });
    return { users, verified, admins, disabled, mfaEnabled };
  },
});
