import { requireAdmin } from "$lib/server/guards";
import type { LayoutServerLoad } from "./$types";

// hooks.server.ts already stops non-admin form posts; this renders the 403 page for views
export const load: LayoutServerLoad = (event) => ({ admin: requireAdmin(event) });
