import type { FileUpload } from "../graphql/uploads.ts";
import type { Context } from "../graphql/context.ts";
import { signedIn } from "../graphql/directives.ts";
import type { User } from "../db/types.ts";
import { removeAvatar, uploadAvatar } from "../avatars/set-avatar.ts";
import type { ProfileInput } from "./profile-input.ts";
import { updateProfile } from "./update-profile.ts";
import { countPasskeys } from "../passkeys/manage.ts";

export const avatarUrl = (file: string | null) => (file ? `/uploads/avatars/${file}` : null);

export const userResolvers = {
  Query: {
    me: async (_: unknown, __: unknown, ctx: Context) => (await ctx.viewer())?.user ?? null,
  },
  User: {
    avatarUrl: (user: User) => avatarUrl(user.avatarFile),
    passkeyCount: (user: User, _: unknown, ctx: Context) => countPasskeys(ctx.deps, user.id),
  },
  Mutation: {
    updateProfile: async (_: unknown, { input }: { input: ProfileInput }, ctx: Context) => updateProfile(ctx.deps, signedIn(ctx), input, "partial", ctx.meta),
    replaceProfile: async (_: unknown, { input }: { input: ProfileInput }, ctx: Context) => updateProfile(ctx.deps, signedIn(ctx), input, "full", ctx.meta),
    uploadAvatar: async (_: unknown, { file }: { file: Promise<FileUpload> }, ctx: Context) => uploadAvatar(ctx.deps, signedIn(ctx).user, file, ctx.meta),
    removeAvatar: async (_: unknown, __: unknown, ctx: Context) => removeAvatar(ctx.deps, signedIn(ctx).user, ctx.meta),
  },
};
