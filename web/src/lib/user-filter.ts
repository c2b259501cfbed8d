import { Role, UserOrder, type UserFilter, type UsersQueryVariables } from "$lib/graphql/generated/graphql";

// The admin users table's state is its URL's query string (the filter form is a GET form), so
// every view can be linked and reloaded. Read here by the page's load and, as the admin types,
// by the page itself.

export interface UsersQueryState {
  q: string;
  role: Role | "";
  verified: string;
  disabled: string;
  mfa: string;
  order: UserOrder;
}

const ROLES = Object.values(Role);
const ORDERS = Object.values(UserOrder);
const bool = (value: string | null) => (value === "true" ? true : value === "false" ? false : undefined);

/** The form's fields as shown, and the `users` variables they stand for (20 a page, after the URL's cursor). */
export function usersQuery(params: URLSearchParams): { query: UsersQueryState; variables: UsersQueryVariables } {
  const query: UsersQueryState = {
    q: params.get("q")?.trim() ?? "",
    role: ROLES.find((r) => r === params.get("role")) ?? "",
    verified: params.get("verified") ?? "",
    disabled: params.get("disabled") ?? "",
    mfa: params.get("mfa") ?? "",
    order: ORDERS.find((o) => o === params.get("order")) ?? UserOrder.CreatedAtDesc,
  };
  const filter: UserFilter = {
    ...(query.q ? { search: query.q } : {}),
    ...(query.role ? { role: query.role } : {}),
    ...(bool(query.verified) !== undefined ? { emailVerified: bool(query.verified) } : {}),
    ...(bool(query.disabled) !== undefined ? { disabled: bool(query.disabled) } : {}),
    ...(bool(query.mfa) !== undefined ? { mfaEnabled: bool(query.mfa) } : {}),
  };
  return { query, variables: { filter, first: 20, after: params.get("after"), orderBy: query.order } };
}
