import type { FastifyInstance } from "fastify";
import { signingKeysOf } from "./signing-keys.ts";

/**
 * The public keys that verify our access tokens (RFC 7517 JWK Set), for services that verify
 * on their own, never with a shared secret. A retired key stays listed while a token it signed
 * can still be live; a verifier caching this for 5 minutes still finds a rotated-in key, as it
 * refetches on an unknown kid (jose's createRemoteJWKSet does).
 */
export async function jwksRoutes(app: FastifyInstance): Promise<void> {
  app.get("/.well-known/jwks.json", async (_request, reply) => {
    const now = app.deps.clock.now();
    const keys = signingKeysOf(app.deps);
    await keys.current(now);
    return reply.header("cache-control", "public, max-age=300").send({ keys: keys.jwks(now) });
  });
}
