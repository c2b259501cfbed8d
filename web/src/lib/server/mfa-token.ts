import type { Cookies } from "@sveltejs/kit";

// Between the password and the code: the API's mfaToken (5 minutes, single use), held in an
// HttpOnly cookie scoped to the sign-in pages.
const NAME = "mfa_token";
const options = (url: URL) => ({ path: "/login", httpOnly: true, sameSite: "lax" as const, secure: url.protocol === "https:" });

// Which second factors the account has (MFA_REQUIRED's methods): the code page offers a passkey
// only to an account that has one.
const METHODS = "mfa_methods";

export function setMfaToken(cookies: Cookies, url: URL, token: string, methods: unknown) {
  cookies.set(NAME, token, { ...options(url), maxAge: 300 });
  cookies.set(METHODS, Array.isArray(methods) ? methods.join(",") : "", { ...options(url), maxAge: 300 });
}
export const readMfaToken = (cookies: Cookies): string | undefined => cookies.get(NAME) || undefined;
export const mfaMethods = (cookies: Cookies): string[] => (cookies.get(METHODS) ?? "").split(",").filter(Boolean);
export function clearMfaToken(cookies: Cookies, url: URL) {
  cookies.delete(NAME, options(url));
  cookies.delete(METHODS, options(url));
}
