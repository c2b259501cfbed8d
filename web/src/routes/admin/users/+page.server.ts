import { error } from "@sveltejs/kit";
import { USERS } from "$lib/graphql/admin";
import { errorCode } from "$lib/graphql/errors";
import { messageFor } from "$lib/error-messages";
import { pageLinks } from "$lib/cursor-trail";
import { requireAdmin } from "$lib/server/guards";
import { usersQuery } from "$lib/user-filter";
import type { PageServerLoad } from "./$types";

/** The table's state lives in the URL (a GET form), so every view can be linked and reloaded. */
export const load: PageServerLoad = async (event) => {
  requireAdmin(event); // layout and page loads run side by side: do not query as a non-admin
  const { locals, url } = event;
  const { query, variables } = usersQuery(url.searchParams);
  const result = await locals.api.query(USERS, variables).toPromise();
  if (!result.data) error(502, messageFor(errorCode(result.error)));
  const { nodes, totalCount, pageInfo } = result.data.users;
  return { users: nodes, totalCount, query, links: pageLinks(url, pageInfo.endCursor, pageInfo.hasNextPage), deleted: url.searchParams.get("deleted") };
};
