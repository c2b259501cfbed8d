// The operations the bench sends, typed from the schema (pnpm codegen, the tests' generated
// client). Each keeps the selection its figures were measured with.
import { stripIgnoredCharacters } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { queryText } from "../tests/helpers/gql-client.ts";
import { graphql } from "../tests/helpers/graphql/index.ts";

export const ME = graphql(`
  query BenchMe {
    me {
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
    }
  }
`);

export const LOGIN = graphql(`
  mutation BenchLogin($identifier: String!, $password: String!) {
    login(identifier: $identifier, password: $password) {
      accessToken
      user {
        id
        role
      }
    }
  }
`);

export const USERS = graphql(`
  query BenchUsers($after: String, $filter: UserFilter) {
    users(first: 20, after: $after, filter: $filter) {
      nodes {
        id
        username
        email
        name
        role
        emailVerified
        disabled
        createdAt
        lastLoginAt
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A document as the one line a load generator sends (no indentation to parse on every request). */
export const compact = <T, V>(document: TypedDocumentNode<T, V>): string => stripIgnoredCharacters(queryText(document));
