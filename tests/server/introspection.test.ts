import { buildClientSchema, buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validationRules } from "../../server/src/graphql/limits.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode, type GqlResponse } from "../helpers/gql-client.ts";

// What GraphiQL's docs and code generators send: graphql-js' query with every option on.
const STANDARD = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });

const nest = (fields: string[], leaf = "name") => fields.reduceRight((inner, field) => `${field} { ${inner} }`, leaf);
const messages = (result: GqlResponse) => (result.errors ?? []).map((e) => e.message).join("\n");

describe("where introspection is on (outside production)", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it("answers the standard introspection query with the whole schema", async () => {
    const result = await t.client().gql(STANDARD);
    expect(result.errors).toBeUndefined();
    const schema = buildClientSchema(result.data);
    expect(schema.getQueryType()?.name).toBe("Query");
    expect(Object.keys(schema.getQueryType()!.getFields())).toContain("me");
    expect(schema.getType("User")).toBeDefined();
  });

  it("refuses introspection nested deeper than the standard query needs", async () => {
    const ofTypes = `{ __schema { types { fields { type { ${nest(Array(20).fill("ofType"))} } } } } }`;
    const long = await t.client().gql(ofTypes);
    expect(errorCode(long)).toBe("BAD_USER_INPUT");
    expect(messages(long)).toMatch(/introspection depth \d+ exceeds/i);

    // each `fields` level multiplies the answer: graphql-js' own rule stops the third
    const crossed = await t.client().gql(`{ __type(name: "User") { ${nest(["fields", "type", "fields", "type", "fields", "type"])} } }`);
    expect(errorCode(crossed)).toBe("BAD_USER_INPUT");
    expect(messages(crossed)).toMatch(/introspection depth/i);
  });

  it("refuses a depth bomb of ordinary fields, naming the limit", async () => {
    // the schema has no cycle, so the bomb names fields that do not exist: the depth is reported too
    const result = await t.client().gql(`{ ${nest(["me", "a", "b", "c", "d", "e", "f", "g", "h", "i"], "id")} }`);
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(messages(result)).toMatch(/query depth 11 exceeds the limit of 8/i);
  });
});

describe("the depth rule on a schema with a cycle", () => {
  const schema = buildSchema(`type Query { node: Node } type Node { id: ID, child: Node }`);
  const check = (query: string) => validate(schema, parse(query), [...specifiedRules, ...validationRules(true)]).map((e) => e.message);

  it("lets 8 levels of ordinary fields through and refuses 9, also through fragments", () => {
    expect(check(`{ ${nest(["node", ...Array(6).fill("child")], "id")} }`)).toEqual([]);
    expect(check(`{ ${nest(["node", ...Array(7).fill("child")], "id")} }`)).toEqual(["Query depth 9 exceeds the limit of 8."]);
    const viaFragments = `{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { child { child { child { child { child { id } } } } } } }`;
    expect(check(viaFragments)).toEqual(["Query depth 9 exceeds the limit of 8."]);
  });

  it("does not count the standard query's introspection against the ordinary limit", () => {
    expect(check(STANDARD)).toEqual([]);
  });
});

describe("where introspection is off (production default)", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ env: { NODE_ENV: "production", LOG_LEVEL: "silent" } })));
  afterAll(() => t.close());

  it("refuses the standard introspection query", async () => {
    const result = await t.client().gql(STANDARD);
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(result.data).toBeNull();
    expect(messages(result)).toMatch(/introspection/i);
  });

  // SECURITY.md 13.4: without introspection, "Did you mean …" would hand the schema out piece by piece
  const misspelt = [
    ["a field", `{ me { usernme } }`, undefined],
    ["an argument", `{ users(frist: 1) { totalCount } }`, undefined],
    ["an enum value", `{ users(filter: { role: ADMN }) { totalCount } }`, undefined],
    ["a type", `query ($f: UserFiltr) { users(filter: $f) { totalCount } }`, undefined],
    ["an input field", `{ users(filter: { serch: "a" }) { totalCount } }`, undefined],
    ["an enum value in variables", `query EnumInVariables($f: UserFilter) { users(filter: $f) { totalCount } }`, { f: { role: "ADMN" } }],
    ["an input field in variables", `query FieldInVariables($f: UserFilter) { users(filter: $f) { totalCount } }`, { f: { serch: "a" } }],
  ] as const; // each its own source: a repeated one runs graphql-jit's coercion, worded otherwise
  for (const [what, query, variables] of misspelt) {
    it(`suggests no name for a misspelt ${what}`, async () => {
      const result = await t.client().gql(query, variables);
      expect(errorCode(result)).toBe("BAD_USER_INPUT");
      expect(messages(result)).not.toMatch(/did you mean/i);
    });
  }
});

describe("suggestions where introspection is on", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it("still helps developers with a misspelt name", async () => {
    expect(messages(await t.client().gql(`{ me { usernme } }`))).toMatch(/Did you mean "username"\?/);
  });
});
