import { redirect } from "@sveltejs/kit";
import { REGISTER } from "$lib/graphql/auth";
import { failFromError, field, secret } from "$lib/server/form-failure";
import type { Actions } from "./$types";

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const data = await request.formData();
    const values = { username: field(data, "username"), email: field(data, "email"), name: field(data, "name") };
    const input = { ...values, password: secret(data, "password"), name: values.name || undefined };
    const result = await locals.api.mutation(REGISTER, { input }).toPromise();
    if (!result.data) return failFromError(result.error, { values });
    const email = result.data.register.user.email;
    redirect(303, `/verify?email=${encodeURIComponent(email)}&sent=${Date.now()}`);
  },
};
