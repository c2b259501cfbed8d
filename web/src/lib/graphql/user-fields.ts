import { graphql } from "./generated";

/** Every User field the pages show (UserFieldsFragment); one fragment so all operations return the same shape. */
graphql(`
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
`);
