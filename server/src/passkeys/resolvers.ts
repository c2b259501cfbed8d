import type { Context } from "../graphql/context.ts";
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
    passkeys: async (_: unknown, __: unknown, ctx: Context) => listPasskeys(ctx.deps, viewer(ctx).id),
  },
  Mutation: {
    passkeyRegistrationOptions: async (_: unknown, __: unknown, ctx: Context) => passkeyRegistrationOptions(ctx.deps, viewer(ctx)),
    registerPasskey: async (_: unknown, args: { response: unknown; name?: string | null }, ctx: Context) =>
      registerPasskey(ctx.deps, viewer(ctx), args.response, args.name, ctx.meta),
    passkeyLoginOptions: async (_: unknown, args: { identifier?: string | null }, ctx: Context) => passkeyLoginOptions(ctx.deps, args.identifier, ctx.meta),
    loginWithPasskey: async (_: unknown, args: { challengeId: string; response: unknown }, ctx: Context) =>
      authPayload(ctx, await loginWithPasskey(ctx.deps, args.challengeId, args.response, ctx.meta)),
    renamePasskey: async (_: unknown, args: { id: string; name: string }, ctx: Context) => renamePasskey(ctx.deps, viewer(ctx), args.id, args.name),
    deletePasskey: async (_: unknown, args: { id: string }, ctx: Context) => deletePasskey(ctx.deps, viewer(ctx), args.id, ctx.meta),
  },
};
