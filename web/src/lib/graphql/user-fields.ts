import { gql } from "@urql/core";

/** Every User field the pages show; one fragment so all operations return the same shape. */
export const USER_FIELDS = gql`
  fragment UserFields on User {
    id
    username
    email
    pendingEmail
    name
    bio
    avatarUrl
    role
    emailVerified
    disabled
    createdAt
    updatedAt
    lastLoginAt
    mfaEnabled
  }
`;
