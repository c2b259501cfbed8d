import { error, redirect } from "@sveltejs/kit";
import { ADMIN_SEND_PASSWORD_RESET, AUDIT_LOG, DELETE_USER, SET_USER_DISABLED, SET_USER_ROLE, USER } from "$lib/graphql/admin";
import { errorCode } from "$lib/graphql/errors";
import { ADMIN_RESET_MFA } from "$lib/graphql/mfa";
import { Role } from "$lib/graphql/generated/graphql";
import { messageFor } from "$lib/error-messages";
import { failFields, failFromError, field } from "$lib/server/form-failure";
import { requireAdmin } from "$lib/server/guards";
import type { Actions, PageServerLoad } from "./$types";

const ROLES = Object.values(Role);

export const load: PageServerLoad = async (event) => {
  requireAdmin(event); // layout and page loads run side by side: do not query as a non-admin
  const { locals, params } = event;
  const [user, audit] = await Promise.all([locals.api.query(USER, { id: params.id }).toPromise(), locals.api.query(AUDIT_LOG, { first: 20, userId: params.id }).toPromise()]);
  if (user.error) error(502, messageFor(errorCode(user.error)));
  if (!user.data?.user) error(404, "No such user.");
  return { target: user.data.user, events: audit.data?.auditLog.nodes ?? [] };
};

export const actions: Actions = {
  role: async ({ request, locals, params }) => {
    const chosen = field(await request.formData(), "role");
    const role = ROLES.find((r) => r === chosen);
    if (!role) return failFields({ role: "Choose a role." }, { form: "role" });
    const result = await locals.api.mutation(SET_USER_ROLE, { id: params.id, role }).toPromise();
    if (!result.data) return failFromError(result.error, { form: "role" });
    return { form: "role", success: `Role changed to ${role.replace("_", " ").toLowerCase()}.` };
  },
  disable: async ({ request, locals, params }) => {
    const disabled = field(await request.formData(), "disabled") === "true";
    const result = await locals.api.mutation(SET_USER_DISABLED, { id: params.id, disabled }).toPromise();
    if (!result.data) return failFromError(result.error, { form: "disable" });
    return { form: "disable", success: disabled ? "Account disabled and signed out everywhere." : "Account enabled again." };
  },
  sendReset: async ({ locals, params }) => {
    const result = await locals.api.mutation(ADMIN_SEND_PASSWORD_RESET, { id: params.id }).toPromise();
    if (!result.data) return failFromError(result.error, { form: "sendReset" });
    return { form: "sendReset", success: "A password reset link was emailed to the user." };
  },
  resetMfa: async ({ request, locals, params }) => {
    // a lost device: the confirmation box must be ticked, the user gets a notice
    if (field(await request.formData(), "confirm") !== "yes") return failFields({ confirm: "Tick the box to confirm." }, { form: "resetMfa" });
    const result = await locals.api.mutation(ADMIN_RESET_MFA, { id: params.id }).toPromise();
    if (!result.data) return failFromError(result.error, { form: "resetMfa" });
    return { form: "resetMfa", success: "Two-factor sign-in is off for this user; they were emailed a notice." };
  },
  delete: async ({ request, locals, params }) => {
    const confirm = field(await request.formData(), "confirm");
    const target = await locals.api.query(USER, { id: params.id }).toPromise();
    const username = target.data?.user?.username;
    if (!username) return failFromError(target.error, { form: "delete" });
    // typed confirmation: a deletion cannot be undone
    if (confirm !== username) return failFields({ confirm: `Type ${username} to confirm.` }, { form: "delete" });
    const result = await locals.api.mutation(DELETE_USER, { id: params.id }).toPromise();
    if (!result.data) return failFromError(result.error, { form: "delete" });
    redirect(303, `/admin/users?deleted=${encodeURIComponent(username)}`);
  },
};
