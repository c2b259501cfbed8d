// `prisma migrate reset` does not work offline with the JS engine: remove the file instead.
import { rmSync } from "node:fs";
import { loadConfig, loadDotEnv } from "../server/src/config.ts";

const config = loadConfig(process.env, loadDotEnv());
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(config.databaseFile + suffix, { force: true });
console.log(`Removed ${config.databaseFile}`);
