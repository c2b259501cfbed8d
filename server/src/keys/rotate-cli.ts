// `pnpm keys:rotate`: a new current signing key in DATABASE_URL. Running instances need no
// restart: each rereads the key set within 30 s (at once on a token with the new kid), and
// the previous key keeps verifying until the tokens it signed have expired.
import { ConfigError, loadConfig, loadDotEnv } from "../config.ts";
import { createDb } from "../db/client.ts";
import { createStore } from "../db/store.ts";
import { verifyGraceMs } from "./key-lifetimes.ts";
import { rotateSigningKey } from "./rotate-signing-key.ts";

let config;
try {
  config = loadConfig(process.env, loadDotEnv());
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const store = createStore(await createDb(config.database));
try {
  const now = new Date();
  const { kid, algorithm, retired } = await rotateSigningKey(store, config, now);
  const until = new Date(now.getTime() + verifyGraceMs(config)).toISOString();
  console.log(`new current signing key ${kid} (${algorithm}); ${retired} previous key(s) verify until ${until}`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await store.close();
}
