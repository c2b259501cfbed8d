import type { SessionsQuery } from "$lib/graphql/generated/graphql";

export type Session = SessionsQuery["sessions"][number];

/** This device first, then the most recently used. */
export const inListOrder = (sessions: Session[]): Session[] => [...sessions].sort((a, b) => Number(b.current) - Number(a.current) || b.lastUsedAt.localeCompare(a.lastUsedAt));
