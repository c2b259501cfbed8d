import { describe, expect, it } from "vitest";
import { hotpAt, totpCode } from "../helpers/totp.ts";
import { matchTotp, newTotpSecret } from "../../server/src/mfa/totp.ts";

// RFC 6238 appendix B, SHA-1 rows (8 digits), key "12345678901234567890"
const VECTORS: Array<[number, string]> = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

describe("TOTP", () => {
  it("the tests' authenticator matches the RFC 6238 vectors", () => {
    for (const [seconds, code] of VECTORS) expect(hotpAt(Buffer.from("12345678901234567890"), new Date(seconds * 1000), 8)).toBe(code);
  });

  it("the server accepts the code of this step and of one step either side, not two", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/); // 160 bits
    const now = new Date(1_800_000_000_000);
    const at = (steps: number) => totpCode(secret, new Date(now.getTime() + steps * 30_000));
    for (const steps of [-1, 0, 1]) expect(matchTotp(secret, at(steps), now, null), `${steps}`).not.toBeNull();
    for (const steps of [-2, 2]) expect(matchTotp(secret, at(steps), now, null), `${steps}`).toBeNull();
  });

  it("a code is good once: its step must be later than the last one used", () => {
    const secret = newTotpSecret();
    const now = new Date(1_800_000_000_000);
    const step = matchTotp(secret, totpCode(secret, now), now, null)!;
    expect(matchTotp(secret, totpCode(secret, now), now, step)).toBeNull();
    const later = new Date(now.getTime() + 30_000);
    expect(matchTotp(secret, totpCode(secret, later), later, step)).toBe(step + 1);
  });
});
