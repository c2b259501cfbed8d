import { gql } from "@urql/core";
import type { Session } from "./types";

export const SESSIONS = gql<{ sessions: Session[] }, Record<string, never>>`
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
`;

export const REVOKE_SESSION = gql<{ revokeSession: boolean }, { id: string }>`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`;

export const LOGOUT_ALL = gql<{ logoutAll: boolean }, Record<string, never>>`
  mutation LogoutAll {
    logoutAll
  }
`;
