import type { Resolvers } from "../graphql/resolver-types.ts";
import { signedIn } from "../graphql/directives.ts";
import { removeAvatar, uploadAvatar } from "../avatars/set-avatar.ts";
import { updateProfile } from "./update-profile.ts";
import { countPasskeys } from "../passkeys/manage.ts";

export const avatarUrl = (file: string | null) => (file ? `/uploads/avatars/${file}` : null);

export const userResolvers = {
  Query: {
    me: async (_, __, ctx) => (await ctx.viewer())?.user ?? null,
  },
  User: {
    avatarUrl: (user) => avatarUrl(user.avatarFile),
    passkeyCount: (user, _, ctx) => countPasskeys(ctx.deps, user.id),
  },
  Mutation: {
    updateProfile: async (_, { input }, ctx) => updateProfile(ctx.deps, signedIn(ctx), input, "partial", ctx.meta),
    replaceProfile: async (_, { input }, ctx) => updateProfile(ctx.deps, signedIn(ctx), input, "full", ctx.meta),
    uploadAvatar: async (_, { file }, ctx) => uploadAvatar(ctx.deps, signedIn(ctx).user, file, ctx.meta),
    removeAvatar: async (_, __, ctx) => removeAvatar(ctx.deps, signedIn(ctx).user, ctx.meta),
  },
} satisfies Resolvers;
