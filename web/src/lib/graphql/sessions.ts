import { graphql } from "./generated";

export const SESSIONS = graphql(`
  query Sessions {
    sessions {
      id
      userAgent
      ip
      createdAt
      lastUsedAt
      expiresAt
      current
    }
  }
`);

export const REVOKE_SESSION = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const LOGOUT_ALL = graphql(`
  mutation LogoutAll {
    logoutAll
  }
`);
