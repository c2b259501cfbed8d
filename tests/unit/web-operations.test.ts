import { Kind, validate, type DocumentNode } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { startTestApp } from "../helpers/test-app.ts";
import * as admin from "../../web/src/lib/graphql/admin.ts";
import * as auth from "../../web/src/lib/graphql/auth.ts";
import * as mfa from "../../web/src/lib/graphql/mfa.ts";
import * as passkeys from "../../web/src/lib/graphql/passkeys.ts";
import * as profile from "../../web/src/lib/graphql/profile.ts";
import * as sessions from "../../web/src/lib/graphql/sessions.ts";

// The web app's operations are typed by hand; this keeps them honest against the API's schema:
// every field, argument and variable must exist with a compatible type.

// the schema the real app serves, as its capabilities put it together
const t = await startTestApp();
afterAll(() => t.close());
const schema = t.app.graphqlSchema;
const isOperation = (value: unknown): value is DocumentNode =>
  typeof value === "object" &&
  value !== null &&
  (value as DocumentNode).kind === Kind.DOCUMENT &&
  (value as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);

const operations = Object.entries({ ...admin, ...auth, ...mfa, ...passkeys, ...profile, ...sessions }).filter(([, value]) => isOperation(value)) as Array<[string, DocumentNode]>;

describe("the web app's GraphQL operations", () => {
  it("are found", () => {
    expect(operations.length).toBeGreaterThan(15);
  });

  it.each(operations)("%s is valid against the API schema", (_name, document) => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});
