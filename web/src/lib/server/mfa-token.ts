import type { Cookies } from "@sveltejs/kit";

// Between the password and the code: the API's mfaToken (5 minutes, single use), held in an
// HttpOnly cookie scoped to the sign-in pages.
const NAME = "mfa_token";
const options = (url: URL) => ({ path: "/login", httpOnly: true, sameSite: "lax" as const, secure: url.protocol === "https:" });

export const setMfaToken = (cookies: Cookies, url: URL, token: string) => cookies.set(NAME, token, { ...options(url), maxAge: 300 });
export const readMfaToken = (cookies: Cookies): string | undefined => cookies.get(NAME) || undefined;
export const clearMfaToken = (cookies: Cookies, url: URL) => cookies.delete(NAME, options(url));
