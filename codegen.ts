// pnpm codegen: types from the schema. server/schema.graphql is printed from the app itself
// (server/scripts/print-schema.ts); from it come the typed documents of the web app and of the
// tests and bench, and the resolvers' argument and result types. tests/unit/codegen.test.ts
// fails when any of them differs from what this would write now.
import type { CodegenConfig } from "@graphql-codegen/cli";

/** DateTime travels as an ISO string; JSON carries @simplewebauthn's shapes, read where they are used. */
const clientScalars = { DateTime: "string", JSON: "unknown", Upload: "File | Blob" };

const client = {
  preset: "client" as const,
  presetConfig: { fragmentMasking: false },
  config: { scalars: clientScalars, strictScalars: true, enumType: "const", skipTypename: true, useTypeImports: true },
};

const config: CodegenConfig = {
  schema: "server/schema.graphql",
  generates: {
    "web/src/lib/graphql/generated/": { ...client, documents: ["web/src/lib/graphql/*.ts"] },
  },
  hooks: { afterAllFileWrite: ["prettier --write"] },
};

export default config;
