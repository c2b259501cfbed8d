import { capability } from "../graphql/modules.ts";
import { jwksRoutes } from "./routes.ts";
import { loadSigningKeys } from "./signing-keys.ts";

/** Signing keys: loaded (the first start makes the first) before any token is signed; the JWKS. */
export const keysPlugin = capability("keys", async (app) => {
  await loadSigningKeys(app.deps);
  await app.register(jwksRoutes);
});
