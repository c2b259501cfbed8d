import { redirect } from "@sveltejs/kit";
import { RESET_PASSWORD } from "$lib/graphql/auth";
import { failFields, failFromError, field, secret } from "$lib/server/form-failure";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get("token") ?? "" });

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const data = await request.formData();
    const token = field(data, "token");
    const newPassword = secret(data, "newPassword");
    if (newPassword !== secret(data, "confirmPassword")) return failFields({ confirmPassword: "The two passwords differ." });
    const result = await locals.api.mutation(RESET_PASSWORD, { token, newPassword }).toPromise();
    if (!result.data) return failFromError(result.error);
    // a reset signs the account out everywhere, this browser included
    redirect(303, "/login?reset=1");
  },
};
