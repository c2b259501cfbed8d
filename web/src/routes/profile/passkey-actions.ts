import type { RequestEvent } from "@sveltejs/kit";
import { DELETE_PASSKEY, PASSKEYS, RENAME_PASSKEY } from "$lib/graphql/passkeys";
import type { PasskeyFieldsFragment as Passkey } from "$lib/graphql/generated/graphql";
import { failFields, failFromError, field } from "$lib/server/form-failure";

// The profile's passkey card: the list, rename and remove. Adding one needs the browser's
// authenticator, so it runs in the page (PasskeysCard.svelte, $lib/passkeys.ts).
const form = "passkeys";

/** The viewer's passkeys for the page; an API hiccup shows an empty list rather than no profile. */
export async function loadPasskeys(event: RequestEvent): Promise<Passkey[]> {
  const result = await event.locals.api.query(PASSKEYS, {}).toPromise();
  return result.data?.passkeys ?? [];
}

export const passkeyActions = {
  renamePasskey: async (event: RequestEvent) => {
    const data = await event.request.formData();
    const id = field(data, "id");
    const name = field(data, "name");
    if (!name) return failFields({ name: "Give the passkey a name." }, { form, values: { id } });
    const result = await event.locals.api.mutation(RENAME_PASSKEY, { id, name }).toPromise();
    if (!result.data) return failFromError(result.error, { form, values: { id } });
    return { form, success: `Renamed to "${result.data.renamePasskey.name}".` };
  },

  deletePasskey: async (event: RequestEvent) => {
    const data = await event.request.formData();
    const result = await event.locals.api.mutation(DELETE_PASSKEY, { id: field(data, "id") }).toPromise();
    if (!result.data) return failFromError(result.error, { form });
    return { form, success: `Removed "${field(data, "name")}". It no longer signs you in.` };
  },
};
