import type { Resolvers } from "../graphql/resolver-types.ts";
import { requestPasswordReset, resetPassword } from "./password-reset.ts";

export const passwordResetResolvers = {
  Mutation: {
    requestPasswordReset: async (_, { email }, ctx) => (await requestPasswordReset(ctx.deps, email, ctx.meta), true),
    resetPassword: async (_, args, ctx) => (await resetPassword(ctx.deps, args.token, args.newPassword, ctx.meta), true),
  },
} satisfies Resolvers;
