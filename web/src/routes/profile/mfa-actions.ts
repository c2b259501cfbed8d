import type { RequestEvent } from "@sveltejs/kit";
import { CONFIRM_TOTP, DISABLE_MFA, REGENERATE_RECOVERY_CODES, START_TOTP } from "$lib/graphql/mfa";
import { failFields, failFromError, field, secret } from "$lib/server/form-failure";
import { toSessionUser } from "$lib/session-user";

// The profile's two-factor card: set up (password → QR code → first code → recovery codes),
// new recovery codes, turn off. Recovery codes are in the answer once and never again.
const form = "mfa";
const code = (data: FormData) => field(data, "code").replace(/\s+/g, "");

export const mfaActions = {
  startMfa: async (event: RequestEvent) => {
    const result = await event.locals.api.mutation(START_TOTP, { currentPassword: secret(await event.request.formData(), "currentPassword") }).toPromise();
    if (!result.data) return failFromError(result.error, { form });
    return { form, enrollment: result.data.startTotpEnrollment };
  },

  confirmMfa: async (event: RequestEvent) => {
    const data = await event.request.formData();
    // a wrong code keeps the set-up open; the secret (not the QR code) is shown again
    const values = { secret: field(data, "secret") };
    if (!/^\d{6}$/.test(code(data))) return failFields({ code: "Enter the 6 digits your app shows." }, { form, values });
    const result = await event.locals.api.mutation(CONFIRM_TOTP, { code: code(data) }).toPromise();
    if (!result.data) return failFromError(result.error, { form, values });
    if (event.locals.user) event.locals.user = { ...event.locals.user, mfaEnabled: true };
    return { form, codes: result.data.confirmTotpEnrollment.codes, success: "Two-factor sign-in is on." };
  },

  regenerateCodes: async (event: RequestEvent) => {
    const result = await event.locals.api.mutation(REGENERATE_RECOVERY_CODES, { code: code(await event.request.formData()) }).toPromise();
    if (!result.data) return failFromError(result.error, { form });
    return { form, codes: result.data.regenerateRecoveryCodes.codes, success: "New recovery codes: the old ones no longer work." };
  },

  disableMfa: async (event: RequestEvent) => {
    const data = await event.request.formData();
    const result = await event.locals.api.mutation(DISABLE_MFA, { currentPassword: secret(data, "currentPassword"), code: field(data, "code") }).toPromise();
    if (!result.data) return failFromError(result.error, { form });
    event.locals.user = toSessionUser(result.data.disableMfa);
    return { form, success: "Two-factor sign-in is off. Your password alone signs you in now." };
  },
};
