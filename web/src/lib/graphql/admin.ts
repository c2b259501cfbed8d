import { graphql } from "./generated";

export const USERS = graphql(`
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
`);

export const USER = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`);

export const ADMIN_STATS = graphql(`
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
`);

export const AUDIT_LOG = graphql(`
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
`);

export const SET_USER_ROLE = graphql(`
  mutation SetUserRole($id: ID!, $role: Role!) {
    setUserRole(id: $id, role: $role) {
      ...UserFields
    }
  }
`);

export const SET_USER_DISABLED = graphql(`
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    setUserDisabled(id: $id, disabled: $disabled) {
      ...UserFields
    }
  }
`);

export const ADMIN_SEND_PASSWORD_RESET = graphql(`
  mutation AdminSendPasswordReset($id: ID!) {
    adminSendPasswordReset(id: $id)
  }
`);

export const DELETE_USER = graphql(`
  mutation DeleteUser($id: ID!) {
    deleteUser(id: $id)
  }
`);
