import type { FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../config.ts";
import type { SignIn } from "./sessions.ts";

// The HTTP side of sessions: which cookies, with which flags, and when a request may use them.

const cookieNames = (config: Config) => ({
  access: `${config.cookiePrefix}access_token`,
  refresh: `${config.cookiePrefix}refresh_token`,
  registration: `${config.cookiePrefix}registration_key`,
});

const baseOptions = (config: Config) => ({ httpOnly: true, sameSite: "lax" as const, path: "/", secure: config.production });

export function setAuthCookies(reply: FastifyReply, config: Config, signIn: SignIn): void {
  const names = cookieNames(config);
  const now = Date.now();
  reply.setCookie(names.access, signIn.accessToken, {
    ...baseOptions(config),
    expires: signIn.accessTokenExpiresAt,
    maxAge: Math.max(0, Math.floor((signIn.accessTokenExpiresAt.getTime() - now) / 1000)),
  });
  reply.setCookie(names.refresh, signIn.refreshToken, {
    ...baseOptions(config),
    expires: signIn.refreshTokenExpiresAt,
    maxAge: Math.max(0, Math.floor((signIn.refreshTokenExpiresAt.getTime() - now) / 1000)),
  });
}

/** The key of a registration this client made (see auth/register.ts): kept while it may still be verified. */
export function setRegistrationCookie(reply: FastifyReply, config: Config, key: string, maxAgeSeconds: number): void {
  reply.setCookie(cookieNames(config).registration, key, { ...baseOptions(config), maxAge: maxAgeSeconds });
}

export function clearRegistrationCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(cookieNames(config).registration, baseOptions(config));
}

export function readRegistrationKey(request: FastifyRequest, config: Config): string | undefined {
  return cookiesAllowed(request, config) ? request.cookies[cookieNames(config).registration] || undefined : undefined;
}

export function clearAuthCookies(reply: FastifyReply, config: Config): void {
  const names = cookieNames(config);
  reply.clearCookie(names.access, baseOptions(config));
  reply.clearCookie(names.refresh, baseOptions(config));
}

/**
 * A request from a browser page (it names its origin or fetch site): such clients get tokens
 * only as cookies. Not Sec-Fetch-Mode: Node's fetch sends that one too.
 */
export const isBrowserRequest = (request: FastifyRequest): boolean => Boolean(request.headers.origin || request.headers["sec-fetch-site"]);

/**
 * Cookies count only for requests from the web app's origin (or this server's own, for
 * GraphiQL); a cross-site request is treated as if it had sent none.
 */
function cookiesAllowed(request: FastifyRequest, config: Config): boolean {
  const origin = request.headers.origin;
  if (origin) return origin === config.webOrigin || origin === `${request.protocol}://${request.host}`;
  const site = request.headers["sec-fetch-site"];
  return site === undefined || site === "same-origin" || site === "same-site" || site === "none";
}

interface Credentials {
  accessToken?: string;
  refreshToken?: string;
  via: "bearer" | "cookie" | "none";
}

export function readCredentials(request: FastifyRequest, config: Config): Credentials {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return { accessToken: match?.[1] ?? "", via: "bearer" };
  }
  if (!cookiesAllowed(request, config)) return { via: "none" };
  const names = cookieNames(config);
  const accessToken = request.cookies[names.access] || undefined;
  const refreshToken = request.cookies[names.refresh] || undefined;
  return { accessToken, refreshToken, via: accessToken || refreshToken ? "cookie" : "none" };
}
