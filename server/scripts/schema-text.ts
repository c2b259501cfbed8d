import path from "node:path";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import type { GraphQLSchema } from "graphql";
import prettier from "prettier";

/** The committed schema the code generator reads (pnpm codegen). */
export const schemaFile = path.resolve(import.meta.dirname, "../schema.graphql");

/** The served schema as server/schema.graphql holds it: with its @auth/@hasRole marks, in Prettier's style. */
export async function schemaText(schema: GraphQLSchema): Promise<string> {
  const options = await prettier.resolveConfig(schemaFile);
  return prettier.format(printSchemaWithDirectives(schema), { ...options, filepath: schemaFile });
}
