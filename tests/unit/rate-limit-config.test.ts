import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../server/src/config.ts";
import { parseRateLimits, rateLimitRules } from "../../server/src/security/rate-limits.ts";

const base = { JWT_SECRET: randomBytes(32).toString("base64url"), DATA_KEY: randomBytes(32).toString("base64") };

describe("RATE_LIMITS", () => {
  it("parses name=points/window entries with windows in s, m, h or d", () => {
    expect(parseRateLimits("register.ip=50/1h, login.ip=60/5m,refresh.ip=5/30s,upload.user=3/1d")).toEqual({
      "register.ip": { points: 50, windowMs: 3_600_000 },
      "login.ip": { points: 60, windowMs: 300_000 },
      "refresh.ip": { points: 5, windowMs: 30_000 },
      "upload.user": { points: 3, windowMs: 86_400_000 },
    });
    expect(parseRateLimits(undefined)).toEqual({});
  });

  it("overrides only the named limits in the config; the table stays the defaults", () => {
    const config = loadConfig({ ...base, RATE_LIMITS: "register.ip=2/1h" });
    expect(config.rateLimits).toEqual({ "register.ip": { points: 2, windowMs: 3_600_000 } });
    expect(rateLimitRules["register.ip"]).toEqual({ points: 10, windowMs: 3_600_000 });
    expect(loadConfig(base).rateLimits).toEqual({});
  });

  it("stops the start with a ConfigError naming an unknown limit", () => {
    expect(() => loadConfig({ ...base, RATE_LIMITS: "register.ip=5/1h,signup.ip=5/1h" })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, RATE_LIMITS: "signup.ip=5/1h" })).toThrow(/RATE_LIMITS.*unknown limit "signup\.ip"/);
  });

  it("stops the start with a ConfigError naming a bad value", () => {
    for (const [entry, why] of [
      ["login.ip=many/5m", /login\.ip=many\/5m/],
      ["login.ip=0/5m", /login\.ip=0\/5m.*points/],
      ["login.ip=10/5 minutes", /login\.ip=10\/5 minutes/],
      ["login.ip=10/0s", /login\.ip=10\/0s/],
      ["login.ip=10", /login\.ip=10\b/],
      ["login.ip=10/5m,login.ip=20/5m", /login\.ip.*more than once/],
    ] as const) {
      expect(() => loadConfig({ ...base, RATE_LIMITS: entry }), entry).toThrow(ConfigError);
      expect(() => loadConfig({ ...base, RATE_LIMITS: entry }), entry).toThrow(why);
    }
  });
});
