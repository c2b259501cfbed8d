import { error } from "@sveltejs/kit";
import { USERS } from "$lib/graphql/admin";
import { errorCode } from "$lib/graphql/errors";
import type { Role, UserFilter, UserOrder } from "$lib/graphql/types";
import { messageFor } from "$lib/error-messages";
import { pageLinks } from "$lib/server/cursor-trail";
import { requireAdmin } from "$lib/server/guards";
import type { PageServerLoad } from "./$types";

const ROLES: Role[] = ["USER", "ADMIN", "SUPER_ADMIN"];
const ORDERS: UserOrder[] = ["CREATED_AT_DESC", "CREATED_AT_ASC", "USERNAME_ASC", "LAST_LOGIN_DESC"];
const bool = (value: string | null) => (value === "true" ? true : value === "false" ? false : undefined);

/** The table's state lives in the URL (a GET form), so every view can be linked and reloaded. */
export const load: PageServerLoad = async (event) => {
  requireAdmin(event); // layout and page loads run side by side: do not query as a non-admin
  const { locals, url } = event;
  const params = url.searchParams;
  const query = {
    q: params.get("q")?.trim() ?? "",
    role: ROLES.find((r) => r === params.get("role")) ?? ("" as const),
    verified: params.get("verified") ?? "",
    disabled: params.get("disabled") ?? "",
    mfa: params.get("mfa") ?? "",
    order: ORDERS.find((o) => o === params.get("order")) ?? "CREATED_AT_DESC",
  };
  const filter: UserFilter = {
    ...(query.q ? { search: query.q } : {}),
    ...(query.role ? { role: query.role } : {}),
    ...(bool(query.verified) !== undefined ? { emailVerified: bool(query.verified) } : {}),
    ...(bool(query.disabled) !== undefined ? { disabled: bool(query.disabled) } : {}),
    ...(bool(query.mfa) !== undefined ? { mfaEnabled: bool(query.mfa) } : {}),
  };
  const result = await locals.api.query(USERS, { filter, first: 20, after: params.get("after"), orderBy: query.order }).toPromise();
  if (!result.data) error(502, messageFor(errorCode(result.error)));
  const { nodes, totalCount, pageInfo } = result.data.users;
  return { users: nodes, totalCount, query, links: pageLinks(url, pageInfo.endCursor, pageInfo.hasNextPage), deleted: params.get("deleted") };
};
