import { fail, redirect } from "@sveltejs/kit";
import { errorExtensions, errorCode } from "$lib/graphql/errors";
import { VERIFY_MFA } from "$lib/graphql/mfa";
import { failFromError, field } from "$lib/server/form-failure";
import { safeRedirectTarget } from "$lib/server/guards";
import { clearMfaToken, mfaMethods, readMfaToken } from "$lib/server/mfa-token";
import type { Actions, PageServerLoad } from "./$types";

// The second step of signing in: a code from the authenticator app, or a recovery code.
export const load: PageServerLoad = ({ cookies, url }) => {
  if (!readMfaToken(cookies)) redirect(303, `/login${url.search}`);
  return { recovery: url.searchParams.has("recovery"), passkey: mfaMethods(cookies).includes("PASSKEY") };
};

export const actions: Actions = {
  default: async ({ request, locals, cookies, url }) => {
    const token = readMfaToken(cookies);
    if (!token) redirect(303, `/login${url.search}`);
    const code = field(await request.formData(), "code");
    if (!code) return fail(400, { message: "Enter the code.", values: { burned: "" } });
    const result = await locals.api.mutation(VERIFY_MFA, { mfaToken: token, code }).toPromise();
    if (!result.data) {
      // five wrong codes (or five minutes) use the step up: the password comes first again
      const burned = errorCode(result.error) === "INVALID_MFA_CODE" && errorExtensions(result.error).attemptsLeft === undefined;
      if (burned) clearMfaToken(cookies, url);
      return failFromError(result.error, { values: { burned: burned ? "yes" : "" } });
    }
    clearMfaToken(cookies, url);
    const left = result.data.verifyMfa.recoveryCodesLeft;
    // a recovery code was used: the profile says how many are left, next to where new ones are made
    if (left !== null) redirect(303, `/profile?recoveryLeft=${left}#mfa`);
    redirect(303, safeRedirectTarget(url.searchParams.get("redirectTo")));
  },
};
