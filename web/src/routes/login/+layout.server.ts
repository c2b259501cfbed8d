import { plainHttpOrigin } from "$lib/server/plain-http";
import type { LayoutServerLoad } from "./$types";

// the sign-in pages say so when a sign-in cannot stick (lib/server/plain-http.ts)
export const load: LayoutServerLoad = () => ({ plainHttpOrigin: plainHttpOrigin() });
