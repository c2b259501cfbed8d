import { redirect } from "@sveltejs/kit";
import { LOGIN } from "$lib/graphql/auth";
import { failFromError, field, secret } from "$lib/server/form-failure";
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
  default: async ({ request, locals, url }) => {
    const data = await request.formData();
    const identifier = field(data, "identifier");
    const result = await locals.api.mutation(LOGIN, { identifier, password: secret(data, "password") }).toPromise();
    if (!result.data) return failFromError(result.error, { values: { identifier } });
    redirect(303, safeRedirectTarget(url.searchParams.get("redirectTo")));
  },
};
