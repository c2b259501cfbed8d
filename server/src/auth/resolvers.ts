import type { Context } from "../graphql/context.ts";
import type { Resolvers } from "../graphql/resolver-types.ts";
import { signedIn } from "../graphql/directives.ts";
import { AppError } from "../lib/errors.ts";
import { clearAuthCookies, isBrowserRequest, clearRegistrationCookie, setAuthCookies, setRegistrationCookie } from "./cookies.ts";
import { login } from "./login.ts";
import { REGISTRATION_KEY_TTL_SECONDS, registerUser } from "./register.ts";
import { resendOtp } from "./resend-otp.ts";
import { findSessionByRefreshToken, listSessions, revokeOwnSession, rotateRefreshToken, type SignIn } from "./sessions.ts";
import { verifyOtp } from "./verify-otp.ts";
import { signOut } from "./sign-out.ts";

/** Hand a new sign-in to the client: cookies for browsers, the refresh token in the body only for other clients. */
export function authPayload(ctx: Context, signIn: SignIn) {
  setAuthCookies(ctx.reply, ctx.deps.config, signIn);
  const { user, accessToken, accessTokenExpiresAt, refreshToken } = signIn;
  return { user, accessToken, accessTokenExpiresAt, refreshToken: isBrowserRequest(ctx.request) ? null : refreshToken };
}

/** The session this request speaks for: from a valid access token, else from the refresh cookie. */
async function currentSessionId(ctx: Context): Promise<string | undefined> {
  const viewer = await ctx.viewer().catch(() => null);
  if (viewer) return viewer.sessionId;
  const token = ctx.credentials.refreshToken;
  return token ? (await findSessionByRefreshToken(ctx.deps, token))?.id : undefined;
}

export const authResolvers = {
  Query: {
    sessions: async (_, __, ctx) => listSessions(ctx.deps, signedIn(ctx).user.id),
  },
  Session: {
    current: async (session, _, ctx) => (await ctx.viewer())?.sessionId === session.id,
  },
  Mutation: {
    register: async (_, { input }, ctx) => {
      const { user, otpExpiresAt, registrationKey } = await registerUser(ctx.deps, input, ctx.meta);
      setRegistrationCookie(ctx.reply, ctx.deps.config, registrationKey, REGISTRATION_KEY_TTL_SECONDS);
      return { user, otpExpiresAt, registrationKey: isBrowserRequest(ctx.request) ? null : registrationKey };
    },
    // a pending email change is confirmed only for its own account: the code alone signs in nobody
    verifyOtp: async (_, args, ctx) => {
      const signIn = await verifyOtp(ctx.deps, args.email, args.code, ctx.meta, (await ctx.viewer().catch(() => null))?.user.id);
      if (ctx.meta.registrationKey) clearRegistrationCookie(ctx.reply, ctx.deps.config);
      return authPayload(ctx, signIn);
    },
    resendOtp: async (_, args, ctx) => {
      const meta = args.registrationKey ? { ...ctx.meta, registrationKey: args.registrationKey } : ctx.meta;
      return (await resendOtp(ctx.deps, args.email, meta), true);
    },
    login: async (_, args, ctx) => authPayload(ctx, await login(ctx.deps, args.identifier, args.password, ctx.meta)),
    refreshToken: async (_, { token }, ctx) => {
      const presented = token ?? ctx.credentials.refreshToken;
      if (!presented) throw new AppError("INVALID_TOKEN");
      return authPayload(ctx, await rotateRefreshToken(ctx.deps, presented, ctx.meta));
    },
    logout: async (_, __, ctx) => {
      const sessionId = await currentSessionId(ctx);
      if (sessionId) await signOut(ctx.deps, { id: sessionId }, ctx.meta);
      clearAuthCookies(ctx.reply, ctx.deps.config);
      ctx.reply.header("clear-site-data", '"cookies"');
      return true;
    },
    logoutAll: async (_, __, ctx) => {
      const viewer = signedIn(ctx);
      await signOut(ctx.deps, { userId: viewer.user.id }, ctx.meta);
      clearAuthCookies(ctx.reply, ctx.deps.config);
      ctx.reply.header("clear-site-data", '"cookies"');
      return true;
    },
    revokeSession: async (_, { id }, ctx) => (await revokeOwnSession(ctx.deps, signedIn(ctx).user.id, id), true),
  },
} satisfies Resolvers;
