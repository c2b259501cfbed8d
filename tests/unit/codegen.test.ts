import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import prettier from "prettier";
import { afterAll, expect, it } from "vitest";
import config from "../../codegen.ts";
import { schemaFile, schemaText } from "../../server/scripts/schema-text.ts";
import { startTestApp } from "../helpers/test-app.ts";

// Types come from the schema (pnpm codegen); this fails when the committed schema or any
// generated file is not what the code would produce now. The generator also refuses an
// operation that does not fit the schema, so every typed document is checked against it.

const root = path.resolve(import.meta.dirname, "../..");
const t = await startTestApp();
afterAll(() => t.close());

it("server/schema.graphql is the schema the app serves", async () => {
  expect(readFileSync(schemaFile, "utf8")).toBe(await schemaText(t.app.graphqlSchema));
});

it("the generated files are what pnpm codegen writes from it, and no others", async () => {
  const outputs = await generate({ ...config, cwd: root, silent: true, hooks: {} }, false);
  for (const output of outputs) {
    const file = path.resolve(root, output.filename);
    const expected = await prettier.format(output.content, { ...(await prettier.resolveConfig(file)), filepath: file });
    expect(readFileSync(file, "utf8"), output.filename).toBe(expected);
  }
  for (const target of Object.keys(config.generates).filter((target) => target.endsWith("/"))) {
    const written = outputs.map((output) => path.resolve(root, output.filename)).filter((file) => file.startsWith(path.resolve(root, target)));
    expect(
      readdirSync(path.resolve(root, target))
        .map((name) => path.resolve(root, target, name))
        .sort(),
    ).toEqual(written.sort());
  }
});
