import type { Context } from "../graphql/context.ts";
import type { Resolvers } from "../graphql/resolver-types.ts";
import { signedIn } from "../graphql/directives.ts";
import { listAuditLog } from "./audit-log.ts";
import { deleteUser } from "./delete-user.ts";
import { findUserById, listUsers } from "./list-users.ts";
import { adminSendPasswordReset } from "./send-reset.ts";
import { getAdminStats } from "./stats.ts";
import { adminResetMfa } from "../mfa/admin-reset.ts";
import { setUserDisabled, setUserRole } from "./user-actions.ts";

// @hasRole has already let the caller in: the actor is who it let in.
const actor = (ctx: Context) => signedIn(ctx).user;

export const adminResolvers = {
  Query: {
    users: (_, args, ctx) => listUsers(ctx.deps, args),
    user: (_, { id }, ctx) => findUserById(ctx.deps, id),
    adminStats: (_, __, ctx) => getAdminStats(ctx.deps),
    auditLog: (_, args, ctx) => listAuditLog(ctx.deps, args),
  },
  Mutation: {
    setUserRole: async (_, args, ctx) => setUserRole(ctx.deps, actor(ctx), args, ctx.meta),
    setUserDisabled: async (_, args, ctx) => setUserDisabled(ctx.deps, actor(ctx), args, ctx.meta),
    adminSendPasswordReset: async (_, { id }, ctx) => (await adminSendPasswordReset(ctx.deps, actor(ctx), id, ctx.meta), true),
    adminResetMfa: async (_, { id }, ctx) => adminResetMfa(ctx.deps, actor(ctx), id, ctx.meta),
    deleteUser: async (_, { id }, ctx) => (await deleteUser(ctx.deps, actor(ctx), id, ctx.meta), true),
  },
} satisfies Resolvers;
