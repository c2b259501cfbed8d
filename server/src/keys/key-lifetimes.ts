// How long keys live, in one place for the store, the rotation and the JWKS.

/** How often an instance rereads the key set, so that a rotation elsewhere reaches it without a restart. */
export const RELOAD_INTERVAL_MS = 30_000;

/** At most one reread a second for tokens that name a kid we do not hold: a forger's random kids cost one query a second at most. */
export const UNKNOWN_KID_RELOAD_MS = 1_000;

/**
 * How long a retired key keeps verifying (and stays in the JWKS) after its retirement: the last
 * token it signed lives one access-token TTL, and an instance that has not reread the set yet
 * may sign with it for up to one reload interval after the rotation.
 */
export const verifyGraceMs = (config: { accessTokenTtlSeconds: number }) => config.accessTokenTtlSeconds * 1000 + RELOAD_INTERVAL_MS;
