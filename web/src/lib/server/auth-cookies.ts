import type { Cookies } from "@sveltejs/kit";

// The API sets these cookies (through the /graphql proxy); the web app only reads them, here,
// and deletes them when they are no longer good. Production names carry the __Host- prefix.
const NAMES = { access: ["__Host-access_token", "access_token"], refresh: ["__Host-refresh_token", "refresh_token"] };

export interface AuthCookies {
  access?: string;
  refresh?: string;
}

export function readAuthCookies(cookies: Cookies): AuthCookies {
  const first = (names: string[]) => names.map((n) => cookies.get(n)).find(Boolean);
  return { access: first(NAMES.access), refresh: first(NAMES.refresh) };
}

export function deleteAuthCookies(cookies: Cookies, secure: boolean): void {
  for (const name of [...NAMES.access, ...NAMES.refresh]) {
    if (cookies.get(name) === undefined) continue;
    cookies.delete(name, { path: "/", secure: secure || name.startsWith("__Host-"), httpOnly: true, sameSite: "lax" });
  }
}
