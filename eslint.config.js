// `pnpm lint`: typescript-eslint and svelte's recommended rules over the whole workspace.
import js from "@eslint/js";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import ts from "typescript-eslint";

export default ts.config(
  {
    ignores: [
      "**/node_modules/",
      "server/src/generated/",
      "server/dist/",
      "web/build/",
      "web/.svelte-kit/",
      "tests/.tmp/",
      "tests/artifacts/",
      "bench/.tmp/",
      "**/generated/",
      "tests/helpers/graphql/",
      "server/src/graphql/resolver-types.ts",
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  { files: ["**/*.svelte", "**/*.svelte.ts"], languageOptions: { parserOptions: { parser: ts.parser } } },
  {
    rules: {
      // `_`-prefixed parameters are positional placeholders (GraphQL resolvers' parent and args)
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // an empty catch says "this may fail, and that is fine" (a poll, an optional .env); each has its reason
      "no-empty": ["error", { allowEmptyCatch: true }],
      // the app has no base path: its routes are plain hrefs
      "svelte/no-navigation-without-resolve": "off",
    },
  },
  // tests and the bench read answers as untyped JSON
  { files: ["tests/**", "bench/**"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
);
