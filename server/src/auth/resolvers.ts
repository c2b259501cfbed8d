import type { Context } from "../graphql/context.ts";
import { signedIn } from "../graphql/directives.ts";
import { AppError } from "../lib/errors.ts";
import { clearAuthCookies, isBrowserRequest, clearRegistrationCookie, setAuthCookies, setRegistrationCookie } from "./cookies.ts";
import { login } from "./login.ts";
import { REGISTRATION_KEY_TTL_SECONDS, registerUser, type RegisterInput } from "./register.ts";
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
    sessions: async (_: unknown, __: unknown, ctx: Context) => listSessions(ctx.deps, signedIn(ctx).user.id),
  },
  Session: {
    current: async (session: { id: string }, _: unknown, ctx: Context) => (await ctx.viewer())?.sessionId === session.id,
  },
  Mutation: {
    register: async (_: unknown, { input }: { input: RegisterInput }, ctx: Context) => {
      const { user, otpExpiresAt, registrationKey } = await registerUser(ctx.deps, input, ctx.meta);
      setRegistrationCookie(ctx.reply, ctx.deps.config, registrationKey, REGISTRATION_KEY_TTL_SECONDS);
      return { user, otpExpiresAt, registrationKey: isBrowserRequest(ctx.request) ? null : registrationKey };
    },
    // a pending email change is confirmed only for its own account: the code alone signs in nobody
    verifyOtp: async (_: unknown, args: { email: string; code: string }, ctx: Context) => {
      const signIn = await verifyOtp(ctx.deps, args.email, args.code, ctx.meta, (await ctx.viewer().catch(() => null))?.user.id);
      if (ctx.meta.registrationKey) clearRegistrationCookie(ctx.reply, ctx.deps.config);
      return authPayload(ctx, signIn);
    },
    resendOtp: async (_: unknown, args: { email: string; registrationKey?: string | null }, ctx: Context) => {
      const meta = args.registrationKey ? { ...ctx.meta, registrationKey: args.registrationKey } : ctx.meta;
      return (await resendOtp(ctx.deps, args.email, meta), true);
    },
    login: async (_: unknown, args: { identifier: string; password: string }, ctx: Context) => authPayload(ctx, await login(ctx.deps, args.identifier, args.password, ctx.meta)),
    refreshToken: async (_: unknown, { token }: { token?: string | null }, ctx: Context) => {
      const presented = token ?? ctx.credentials.refreshToken;
      if (!presented) throw new AppError("INVALID_TOKEN");
      return authPayload(ctx, await rotateRefreshToken(ctx.deps, presented, ctx.meta));
    },
    logout: async (_: unknown, __: unknown, ctx: Context) => {
      const sessionId = await currentSessionId(ctx);
      if (sessionId) await signOut(ctx.deps, { id: sessionId }, ctx.meta);
      clearAuthCookies(ctx.reply, ctx.deps.config);
      ctx.reply.header("clear-site-data", '"cookies"');
      return true;
    },
    logoutAll: async (_: unknown, __: unknown, ctx: Context) => {
      const viewer = signedIn(ctx);
      await signOut(ctx.deps, { userId: viewer.user.id }, ctx.meta);
      clearAuthCookies(ctx.reply, ctx.deps.config);
      ctx.reply.header("clear-site-data", '"cookies"');
      return true;
    },
    revokeSession: async (_: unknown, { id }: { id: string }, ctx: Context) => (await revokeOwnSession(ctx.deps, signedIn(ctx).user.id, id), true),
  },
};
