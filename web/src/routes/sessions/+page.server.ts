import { error, redirect } from "@sveltejs/kit";
import { LOGOUT_ALL, REVOKE_SESSION, SESSIONS } from "$lib/graphql/sessions";
import { failFromError, field } from "$lib/server/form-failure";
import { requireUser } from "$lib/server/guards";
import { messageFor } from "$lib/error-messages";
import { errorCode } from "$lib/graphql/errors";
import { inListOrder } from "./order";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const result = await event.locals.api.query(SESSIONS, {}).toPromise();
  if (!result.data) error(502, messageFor(errorCode(result.error)));
  return { sessions: inListOrder(result.data.sessions) };
};

export const actions: Actions = {
  revoke: async ({ request, locals }) => {
    const id = field(await request.formData(), "id");
    const result = await locals.api.mutation(REVOKE_SESSION, { id }).toPromise();
    if (!result.data) return failFromError(result.error, { form: "revoke" });
    return { form: "revoke", success: "That session is signed out." };
  },
  everywhere: async ({ locals }) => {
    const result = await locals.api.mutation(LOGOUT_ALL, {}).toPromise();
    if (!result.data) return failFromError(result.error, { form: "everywhere" });
    redirect(303, "/login?everywhere=1");
  },
};
