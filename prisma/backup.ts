// `pnpm db:backup`: an online backup of DATABASE_URL into backups/ (git-ignored). See README.
import path from "node:path";
import { loadConfig, loadDotEnv, repoRoot } from "../server/src/config.ts";
import { backupDatabase } from "../server/src/db/backup.ts";

const config = loadConfig(process.env, loadDotEnv());
const dest = await backupDatabase(config.database, process.env.BACKUP_DIR ?? path.join(repoRoot, "backups"));
console.log(`Backed up DATABASE_URL to ${dest} (checked)`);
