import type { Context } from "../graphql/context.ts";
import { signedIn } from "../graphql/directives.ts";
import type { RoleName } from "../lib/roles.ts";
import { listAuditLog, type AuditLogArgs } from "./audit-log.ts";
import { deleteUser } from "./delete-user.ts";
import { findUserById, listUsers, type ListUsersArgs } from "./list-users.ts";
import { adminSendPasswordReset } from "./send-reset.ts";
import { getAdminStats } from "./stats.ts";
import { adminResetMfa } from "../mfa/admin-reset.ts";
import { setUserDisabled, setUserRole } from "./user-actions.ts";

// @hasRole has already let the caller in: the actor is who it let in.
const actor = (ctx: Context) => signedIn(ctx).user;

export const adminResolvers = {
  Query: {
    users: (_: unknown, args: ListUsersArgs, ctx: Context) => listUsers(ctx.deps, args),
    user: (_: unknown, { id }: { id: string }, ctx: Context) => findUserById(ctx.deps, id),
    adminStats: (_: unknown, __: unknown, ctx: Context) => getAdminStats(ctx.deps),
    auditLog: (_: unknown, args: AuditLogArgs, ctx: Context) => listAuditLog(ctx.deps, args),
  },
  Mutation: {
    setUserRole: async (_: unknown, args: { id: string; role: RoleName }, ctx: Context) => setUserRole(ctx.deps, actor(ctx), args, ctx.meta),
    setUserDisabled: async (_: unknown, args: { id: string; disabled: boolean }, ctx: Context) => setUserDisabled(ctx.deps, actor(ctx), args, ctx.meta),
    adminSendPasswordReset: async (_: unknown, { id }: { id: string }, ctx: Context) => (await adminSendPasswordReset(ctx.deps, actor(ctx), id, ctx.meta), true),
    adminResetMfa: async (_: unknown, { id }: { id: string }, ctx: Context) => adminResetMfa(ctx.deps, actor(ctx), id, ctx.meta),
    deleteUser: async (_: unknown, { id }: { id: string }, ctx: Context) => (await deleteUser(ctx.deps, actor(ctx), id, ctx.meta), true),
  },
};
