import { redirect } from "@sveltejs/kit";
import { LOGOUT } from "$lib/graphql/auth";
import type { Actions, PageServerLoad } from "./$types";

// Signing out is a POST (a link could be prefetched or forged); a GET just goes home.
export const load: PageServerLoad = () => redirect(303, "/");

export const actions: Actions = {
  default: async ({ locals }) => {
    // the API clears the cookies; its Set-Cookie reaches the browser through event.fetch
    await locals.api.mutation(LOGOUT, {}).toPromise();
    redirect(303, "/login?signedOut=1");
  },
};
