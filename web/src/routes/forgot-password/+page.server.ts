import { REQUEST_PASSWORD_RESET } from "$lib/graphql/auth";
import { failFields, failFromError, field } from "$lib/server/form-failure";
import type { Actions } from "./$types";

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const email = field(await request.formData(), "email");
    if (!email) return failFields({ email: "Enter the email of your account." }, { values: { email } });
    const result = await locals.api.mutation(REQUEST_PASSWORD_RESET, { email }).toPromise();
    if (!result.data) return failFromError(result.error, { values: { email } });
    // the API answers the same for unknown addresses, and so do we
    return { sent: true, values: { email } };
  },
};
