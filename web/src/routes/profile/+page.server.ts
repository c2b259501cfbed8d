import { fail, redirect, type RequestEvent } from "@sveltejs/kit";
import { RESEND_OTP, VERIFY_OTP } from "$lib/graphql/auth";
import { REMOVE_AVATAR, REPLACE_PROFILE, UPDATE_PROFILE } from "$lib/graphql/profile";
import type { UpdateProfileInput, UserFieldsFragment as User } from "$lib/graphql/generated/graphql";
import { messageFor } from "$lib/error-messages";
import { failFields, failFromError, field, secret } from "$lib/server/form-failure";
import { requireUser } from "$lib/server/guards";
import { uploadAvatar } from "$lib/server/upload-avatar";
import { toSessionUser } from "$lib/session-user";
import { mfaActions } from "./mfa-actions";
import { loadPasskeys, passkeyActions } from "./passkey-actions";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => {
  const recoveryLeft = Number.parseInt(event.url.searchParams.get("recoveryLeft") ?? "", 10);
  const user = requireUser(event);
  return { user, welcome: event.url.searchParams.has("welcome"), recoveryLeft: Number.isNaN(recoveryLeft) ? null : recoveryLeft, passkeys: await loadPasskeys(event) };
};

/** With MFA on, an email or password change also carries a current code. */
const mfaCode = (data: FormData) => (field(data, "mfaCode") ? { mfaCode: field(data, "mfaCode") } : {});

/** Loads after an action run in the same request: give them the user the API just returned. */
function saved(event: RequestEvent, user: User, form: string, success: string) {
  event.locals.user = toSessionUser(user);
  return { form, success };
}

async function updateProfile(event: RequestEvent, form: string, input: UpdateProfileInput, values: Record<string, string>, success: string) {
  const result = await event.locals.api.mutation(UPDATE_PROFILE, { input }).toPromise();
  if (!result.data) return failFromError(result.error, { form, values });
  return saved(event, result.data.updateProfile, form, success);
}

export const actions: Actions = {
  ...mfaActions,
  ...passkeyActions,

  /** partial update: only the fields filled in are sent; the rest stay as they are */
  update: async (event) => {
    const data = await event.request.formData();
    const values = { username: field(data, "username"), name: field(data, "name"), bio: field(data, "bio") };
    const input = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== "")) as UpdateProfileInput;
    if (Object.keys(input).length === 0) return fail(400, { form: "update", message: "Fill in at least one field to change.", values });
    const changed = Object.keys(input).join(", ");
    return updateProfile(event, "update", input, values, `Saved: ${changed}. Everything else is as it was.`);
  },

  /** full update: every profile field is sent as shown; empty name or bio clears them */
  replace: async (event) => {
    const data = await event.request.formData();
    const values = { username: field(data, "username"), email: field(data, "email"), name: field(data, "name"), bio: field(data, "bio") };
    const currentPassword = secret(data, "currentPassword");
    const input = { ...values, ...(currentPassword ? { currentPassword } : {}), ...mfaCode(data) };
    const result = await event.locals.api.mutation(REPLACE_PROFILE, { input }).toPromise();
    if (!result.data) return failFromError(result.error, { form: "replace", values });
    const user = result.data.replaceProfile;
    return saved(event, user, "replace", user.pendingEmail ? `Profile replaced. Enter the code sent to ${user.pendingEmail} to confirm the new email.` : "Profile replaced.");
  },

  changeEmail: async (event) => {
    const data = await event.request.formData();
    const email = field(data, "email");
    if (!email) return failFields({ email: "Enter the new address." }, { form: "email" });
    const input = { email, currentPassword: secret(data, "currentPassword"), ...mfaCode(data) };
    return updateProfile(event, "email", input, { email }, `We sent a code to ${email}. Enter it below to confirm.`);
  },

  confirmEmail: async (event) => {
    const data = await event.request.formData();
    const email = field(data, "email");
    const code = field(data, "code").replace(/\s+/g, "");
    if (!/^\d{6}$/.test(code)) return failFields({ code: "Enter the 6 digits from the email." }, { form: "confirmEmail" });
    const result = await event.locals.api.mutation(VERIFY_OTP, { email, code }).toPromise();
    if (!result.data) return failFromError(result.error, { form: "confirmEmail" });
    return saved(event, result.data.verifyOtp.user, "confirmEmail", `Your email is now ${result.data.verifyOtp.user.email}.`);
  },

  resendEmailCode: async (event) => {
    const email = field(await event.request.formData(), "email");
    const result = await event.locals.api.mutation(RESEND_OTP, { email }).toPromise();
    if (!result.data) return failFromError(result.error, { form: "confirmEmail" });
    return { form: "confirmEmail", success: `A new code is on its way to ${email}.` };
  },

  changePassword: async (event) => {
    const data = await event.request.formData();
    const password = secret(data, "password");
    if (password !== secret(data, "confirmPassword")) return failFields({ confirmPassword: "The two passwords differ." }, { form: "password" });
    const input = { password, currentPassword: secret(data, "currentPassword"), ...mfaCode(data) };
    const result = await event.locals.api.mutation(UPDATE_PROFILE, { input }).toPromise();
    if (!result.data) return failFromError(result.error, { form: "password" });
    return saved(event, result.data.updateProfile, "password", "Password changed. We emailed a notice to your address.");
  },

  /** the no-JavaScript avatar upload; with JavaScript the page sends the file itself, with progress */
  avatar: async (event) => {
    const file = (await event.request.formData()).get("avatar");
    if (!(file instanceof File) || file.size === 0) return failFields({ avatar: "Choose an image first." }, { form: "avatar" });
    const result = await uploadAvatar(event, file);
    if (!result.data?.uploadAvatar) {
      const extensions = result.errors?.[0]?.extensions ?? {};
      if (extensions.code === "UNAUTHENTICATED") redirect(303, "/login?expired=1&redirectTo=/profile");
      return fail(400, { form: "avatar", message: messageFor(String(extensions.code), extensions) });
    }
    // the upload answered only id and avatarUrl: keep the rest of the user
    event.locals.user = { ...requireUser(event), avatarUrl: result.data.uploadAvatar.avatarUrl };
    return { form: "avatar", success: "New photo saved." };
  },

  removeAvatar: async (event) => {
    const result = await event.locals.api.mutation(REMOVE_AVATAR, {}).toPromise();
    if (!result.data) return failFromError(result.error, { form: "avatar" });
    return saved(event, result.data.removeAvatar, "avatar", "Photo removed.");
  },
};
