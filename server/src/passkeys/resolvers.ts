import type { Context } from "../graphql/context.ts";
import type { Resolvers } from "../graphql/resolver-types.ts";
import { signedIn } from "../graphql/directives.ts";
import { authPayload } from "../auth/resolvers.ts";
import { loginWithPasskey, passkeyLoginOptions } from "./authentication.ts";
import { JSONScalar } from "./json-scalar.ts";
import { deletePasskey, listPasskeys, renamePasskey } from "./manage.ts";
import { passkeyRegistrationOptions, registerPasskey } from "./registration.ts";

// @auth has already let the caller in: the viewer is who it let in.
const viewer = (ctx: Context) => signedIn(ctx).user;

export const passkeyResolvers = {
  JSON: JSONScalar,
  Query: {
    passkeys: async (_, __, ctx) => listPasskeys(ctx.deps, viewer(ctx).id),
  },
  Mutation: {
    passkeyRegistrationOptions: async (_, __, ctx) => passkeyRegistrationOptions(ctx.deps, viewer(ctx)),
    registerPasskey: async (_, args, ctx) => registerPasskey(ctx.deps, viewer(ctx), args.response, args.name, ctx.meta),
    passkeyLoginOptions: async (_, args, ctx) => passkeyLoginOptions(ctx.deps, args.identifier, ctx.meta),
    loginWithPasskey: async (_, args, ctx) => authPayload(ctx, await loginWithPasskey(ctx.deps, args.challengeId, args.response, ctx.meta)),
    renamePasskey: async (_, args, ctx) => renamePasskey(ctx.deps, viewer(ctx), args.id, args.name),
    deletePasskey: async (_, args, ctx) => deletePasskey(ctx.deps, viewer(ctx), args.id, ctx.meta),
  },
} satisfies Resolvers;
