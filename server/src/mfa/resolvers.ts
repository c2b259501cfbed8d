import type { Resolvers } from "../graphql/resolver-types.ts";
import { signedIn } from "../graphql/directives.ts";
import { authPayload } from "../auth/resolvers.ts";
import { verifyMfa } from "./challenge.ts";
import { confirmTotpEnrollment, disableMfa, regenerateRecoveryCodes, startTotpEnrollment } from "./enrolment.ts";

export const mfaResolvers = {
  Mutation: {
    startTotpEnrollment: async (_, args, ctx) => startTotpEnrollment(ctx.deps, signedIn(ctx), args.currentPassword, ctx.meta),
    confirmTotpEnrollment: async (_, args, ctx) => confirmTotpEnrollment(ctx.deps, signedIn(ctx), args.code, ctx.meta),
    regenerateRecoveryCodes: async (_, args, ctx) => regenerateRecoveryCodes(ctx.deps, signedIn(ctx), args.code, ctx.meta),
    disableMfa: async (_, args, ctx) => disableMfa(ctx.deps, signedIn(ctx), args.currentPassword, args.code, ctx.meta),
    verifyMfa: async (_, args, ctx) => {
      const signIn = await verifyMfa(ctx.deps, args.mfaToken, args.code, ctx.meta);
      return { ...authPayload(ctx, signIn), recoveryCodesLeft: signIn.recoveryCodesLeft };
    },
  },
} satisfies Resolvers;
