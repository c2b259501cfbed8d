import { dev } from "$app/environment";
import { apiUrl } from "$lib/server/api-url";
import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = ({ locals }) => ({
  user: locals.user,
  // the API's embedded mailbox shows what would have been mailed (OTP codes, reset links)
  devMailUrl: dev ? apiUrl("/dev/mail") : null,
});
