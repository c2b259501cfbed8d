import type { Context } from "../graphql/context.ts";
import type { User } from "../generated/prisma/client.ts";

export const avatarUrl = (file: string | null) => (file ? `/uploads/avatars/${file}` : null);

export const userResolvers = {
  Query: {
    me: async (_: unknown, __: unknown, ctx: Context) => (await ctx.viewer())?.user ?? null,
  },
  User: {
    avatarUrl: (user: User) => avatarUrl(user.avatarFile),
  },
};
