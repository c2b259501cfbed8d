// A leaf module: the upload parser (graphql/uploads.ts) and the avatar reader both need the
// limit, and they import each other, so it cannot live in either without an import cycle.
export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
