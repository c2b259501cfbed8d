import { redirect } from "@sveltejs/kit";
import { RESEND_OTP, VERIFY_OTP } from "$lib/graphql/auth";
import { failFields, failFromError, field } from "$lib/server/form-failure";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = ({ url }) => ({
  email: url.searchParams.get("email") ?? "",
  sentAt: Number(url.searchParams.get("sent")) || null,
});

export const actions: Actions = {
  verify: async ({ request, locals }) => {
    const data = await request.formData();
    const email = field(data, "email");
    const code = field(data, "code").replace(/\s+/g, "");
    if (!/^\d{6}$/.test(code)) return failFields({ code: "Enter the 6 digits from the email." }, { form: "verify", values: { email } });
    const result = await locals.api.mutation(VERIFY_OTP, { email, code }).toPromise();
    if (!result.data) return failFromError(result.error, { form: "verify", values: { email } });
    redirect(303, "/profile?welcome=1");
  },
  resend: async ({ request, locals }) => {
    const email = field(await request.formData(), "email");
    const result = await locals.api.mutation(RESEND_OTP, { email }).toPromise();
    if (!result.data) return failFromError(result.error, { form: "resend", values: { email } });
    return { form: "resend", resent: true, sentAt: Date.now(), values: { email } };
  },
};
