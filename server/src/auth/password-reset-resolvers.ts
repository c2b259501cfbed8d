import type { Context } from "../graphql/context.ts";
import { requestPasswordReset, resetPassword } from "./password-reset.ts";

export const passwordResetResolvers = {
  Mutation: {
    requestPasswordReset: async (_: unknown, { email }: { email: string }, ctx: Context) => (await requestPasswordReset(ctx.deps, email, ctx.meta), true),
    resetPassword: async (_: unknown, args: { token: string; newPassword: string }, ctx: Context) => (await resetPassword(ctx.deps, args.token, args.newPassword, ctx.meta), true),
  },
};
