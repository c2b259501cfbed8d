import { gql } from "@urql/core";
import type { AdminStats, AuditEvent, PageInfo, Role, User, UserFilter, UserOrder } from "./types";
import { USER_FIELDS } from "./user-fields";

export const USERS = gql<{ users: { nodes: User[]; totalCount: number; pageInfo: PageInfo } }, { filter?: UserFilter; first?: number; after?: string | null; orderBy?: UserOrder }>`
  query Users($filter: UserFilter, $first: Int, $after: String, $orderBy: UserOrder) {
    users(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      nodes {
        ...UserFields
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${USER_FIELDS}
`;

export const USER = gql<{ user: User | null }, { id: string }>`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
  ${USER_FIELDS}
`;

export const ADMIN_STATS = gql<{ adminStats: AdminStats }, Record<string, never>>`
  query AdminStats {
    adminStats {
      users
      verified
      admins
      disabled
      mfaEnabled
      activeSessions
    }
  }
`;

export const AUDIT_LOG = gql<{ auditLog: { nodes: AuditEvent[]; totalCount: number; pageInfo: PageInfo } }, { first?: number; after?: string | null; userId?: string | null }>`
  query AuditLog($first: Int, $after: String, $userId: ID) {
    auditLog(first: $first, after: $after, userId: $userId) {
      nodes {
        id
        action
        actor {
          id
          username
        }
        target {
          id
          username
        }
        actorLabel
        targetLabel
        ip
        createdAt
        detail
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const SET_USER_ROLE = gql<{ setUserRole: User }, { id: string; role: Role }>`
  mutation SetUserRole($id: ID!, $role: Role!) {
    setUserRole(id: $id, role: $role) {
      ...UserFields
    }
  }
  ${USER_FIELDS}
`;

export const SET_USER_DISABLED = gql<{ setUserDisabled: User }, { id: string; disabled: boolean }>`
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    setUserDisabled(id: $id, disabled: $disabled) {
      ...UserFields
    }
  }
  ${USER_FIELDS}
`;

export const ADMIN_SEND_PASSWORD_RESET = gql<{ adminSendPasswordReset: boolean }, { id: string }>`
  mutation AdminSendPasswordReset($id: ID!) {
    adminSendPasswordReset(id: $id)
  }
`;

export const DELETE_USER = gql<{ deleteUser: boolean }, { id: string }>`
  mutation DeleteUser($id: ID!) {
    deleteUser(id: $id)
  }
`;
