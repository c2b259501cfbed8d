import { error } from "@sveltejs/kit";
import { AUDIT_LOG } from "$lib/graphql/admin";
import { errorCode } from "$lib/graphql/errors";
import { messageFor } from "$lib/error-messages";
import { pageLinks } from "$lib/cursor-trail";
import { requireAdmin } from "$lib/server/guards";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => {
  requireAdmin(event); // layout and page loads run side by side: do not query as a non-admin
  const { locals, url } = event;
  const result = await locals.api.query(AUDIT_LOG, { first: 50, after: url.searchParams.get("after") }).toPromise();
  if (!result.data) error(502, messageFor(errorCode(result.error)));
  const { nodes, totalCount, pageInfo } = result.data.auditLog;
  return { events: nodes, totalCount, links: pageLinks(url, pageInfo.endCursor, pageInfo.hasNextPage) };
};
