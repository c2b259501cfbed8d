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
    // the tests' and the bench's operations (run by tsx and vitest: imports name their .ts files)
    "tests/helpers/graphql/": { ...client, documents: ["tests/helpers/operations*.ts", "bench/**/*.ts"], config: { ...client.config, importExtension: ".ts" } },
    // resolvers: arguments and results as the SDL says, the parents as the stores return them
    "server/src/graphql/resolver-types.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        contextType: "./context.ts#Context",
        scalars: { DateTime: "Date", JSON: "unknown", Upload: "Promise<import('./uploads.ts').FileUpload>" },
        mappers: { User: "../db/types.ts#User", Session: "../db/types.ts#Session", Passkey: "../db/types.ts#Passkey", AuditEvent: "../db/types.ts#AuditEvent" },
        mapperTypeSuffix: "Row",
      },
    },
  },
  hooks: { afterAllFileWrite: ["prettier --write"] },
};

export default config;
