import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// graphql ships CJS (main) and ESM (module). Node, and so Mercurius, loads the CJS build;
// make the tests load that same copy, or two graphql realms meet (as they never do in production).
const graphqlCjs = createRequire(new URL("../server/package.json", import.meta.url)).resolve("graphql");

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    root: import.meta.dirname,
    include: ["**/*.test.ts"],
    globalSetup: ["./global-setup.ts"],
    reporters: ["default", "./summary-reporter.ts"],
    // each file gets its own app and database; argon2 and Chromium want the two cores
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: "test" },
  },
});
