const units: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "15m", "7d", "30s", "2h" or a bare number of seconds → seconds. */
export function parseDuration(value: string): number {
  const match = /^(\d+)\s*([smhd]?)$/.exec(value.trim());
  if (!match) throw new Error(`not a duration: "${value}" (use e.g. 15m, 7d, 3600)`);
  const seconds = Number(match[1]) * units[match[2] || "s"];
  if (seconds <= 0) throw new Error(`duration must be positive: "${value}"`);
  return seconds;
}
