import type { Context } from "../graphql/context.ts";
import { signedIn } from "../graphql/directives.ts";
import { authPayload } from "../auth/resolvers.ts";
import { verifyMfa } from "./challenge.ts";
import { confirmTotpEnrollment, disableMfa, regenerateRecoveryCodes, startTotpEnrollment } from "./enrolment.ts";

export const mfaResolvers = {
  Mutation: {
    startTotpEnrollment: async (_: unknown, args: { currentPassword: string }, ctx: Context) => startTotpEnrollment(ctx.deps, signedIn(ctx), args.currentPassword, ctx.meta),
    confirmTotpEnrollment: async (_: unknown, args: { code: string }, ctx: Context) => confirmTotpEnrollment(ctx.deps, signedIn(ctx), args.code, ctx.meta),
    regenerateRecoveryCodes: async (_: unknown, args: { code: string }, ctx: Context) => regenerateRecoveryCodes(ctx.deps, signedIn(ctx), args.code, ctx.meta),
    disableMfa: async (_: unknown, args: { currentPassword: string; code: string }, ctx: Context) => disableMfa(ctx.deps, signedIn(ctx), args.currentPassword, args.code, ctx.meta),
    verifyMfa: async (_: unknown, args: { mfaToken: string; code: string }, ctx: Context) => {
      const signIn = await verifyMfa(ctx.deps, args.mfaToken, args.code, ctx.meta);
      return { ...authPayload(ctx, signIn), recoveryCodesLeft: signIn.recoveryCodesLeft };
    },
  },
};
