import { error } from "@sveltejs/kit";
import { ADMIN_STATS, AUDIT_LOG } from "$lib/graphql/admin";
import { errorCode } from "$lib/graphql/errors";
import { messageFor } from "$lib/error-messages";
import { requireAdmin } from "$lib/server/guards";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => {
  requireAdmin(event); // layout and page loads run side by side: do not query as a non-admin
  const { locals } = event;
  const [stats, audit] = await Promise.all([locals.api.query(ADMIN_STATS, {}).toPromise(), locals.api.query(AUDIT_LOG, { first: 8 }).toPromise()]);
  if (!stats.data) error(502, messageFor(errorCode(stats.error)));
  return { stats: stats.data.adminStats, recent: audit.data?.auditLog.nodes ?? [] };
};
