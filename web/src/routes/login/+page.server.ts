import { redirect } from "@sveltejs/kit";
import { LOGIN } from "$lib/graphql/auth";
import { errorCode, errorExtensions } from "$lib/graphql/errors";
import { failFromError, field, secret } from "$lib/server/form-failure";
import { setMfaToken } from "$lib/server/mfa-token";
import { safeRedirectTarget } from "$lib/server/guards";
import type { Actions, PageServerLoad } from "./$types";

const NOTICES: Record<string, string> = {
  signedOut: "You are signed out.",
  reset: "Your password was changed. Sign in with the new one.",
  everywhere: "You are signed out on every device.",
  expired: "Your session has ended. Please sign in again.",
};

export const load: PageServerLoad = ({ url }) => ({
  notice: Object.entries(NOTICES).find(([key]) => url.searchParams.has(key))?.[1] ?? null,
});

export const actions: Actions = {
  default: async ({ request, locals, url, cookies }) => {
    const data = await request.formData();
    const identifier = field(data, "identifier");
    const result = await locals.api.mutation(LOGIN, { identifier, password: secret(data, "password") }).toPromise();
    if (errorCode(result.error) === "MFA_REQUIRED") {
      // the password was right: the code step gets the token in a cookie of its own, never in a URL
      const { mfaToken, methods } = errorExtensions(result.error);
      setMfaToken(cookies, url, String(mfaToken), methods);
      redirect(303, `/login/mfa${url.search}`);
    }
    if (!result.data) return failFromError(result.error, { values: { identifier } });
    redirect(303, safeRedirectTarget(url.searchParams.get("redirectTo")));
  },
};
