import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode } from "../helpers/gql-client.ts";
import { newAccount } from "../helpers/accounts.ts";
import { ME, REGISTER, RESEND, VERIFY } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

async function registered() {
  const account = newAccount();
  const client = t.client();
  await client.ok(REGISTER, { input: account });
  return { account, client, code: await t.mail.otpFor(account.email) };
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("verifyOtp", () => {
  it("verifies the address and signs the user in with cookies", async () => {
    const { account, client, code } = await registered();
    const { verifyOtp } = await client.ok(VERIFY, { email: account.email.toUpperCase(), code });
    expect(verifyOtp.user.emailVerified).toBe(true);
    expect(verifyOtp.accessToken.split(".")).toHaveLength(3);
    expect([...client.cookies.keys()].sort()).toEqual(["access_token", "refresh_token"]);
    expect((await client.ok(ME)).me.username).toBe(account.username);
  });

  it("counts wrong codes down, then burns the code after five", async () => {
    const { account, client, code } = await registered();
    for (const left of [4, 3, 2, 1]) {
      const result = await client.gql(VERIFY, { email: account.email, code: wrong(code) });
      expect(errorCode(result)).toBe("INVALID_OTP");
      expect(result.errors![0].extensions.attemptsLeft).toBe(left);
    }
    const fifth = await client.gql(VERIFY, { email: account.email, code: wrong(code) });
    expect(errorCode(fifth)).toBe("INVALID_OTP");
    expect(fifth.errors![0].extensions).not.toHaveProperty("attemptsLeft");
    // the right code no longer works once burned
    const right = await client.gql(VERIFY, { email: account.email, code });
    expect(errorCode(right)).toBe("INVALID_OTP");
    expect((await t.db.user.findUniqueOrThrow({ where: { email: account.email } })).emailVerified).toBe(false);
  });

  it("refuses an expired code with the same error", async () => {
    const { account, client, code } = await registered();
    t.clock.advance(10 * 60_000 + 1);
    const result = await client.gql(VERIFY, { email: account.email, code });
    expect(errorCode(result)).toBe("INVALID_OTP");
    expect(result.errors![0].message).toBe("The code is wrong or has expired.");
  });

  it("works once only", async () => {
    const { account, client, code } = await registered();
    await client.ok(VERIFY, { email: account.email, code });
    expect(errorCode(await t.client().gql(VERIFY, { email: account.email, code }))).toBe("INVALID_OTP");
  });

  it("answers an unknown address like a wrong code", async () => {
    const result = await t.client().gql(VERIFY, { email: "nobody@example.com", code: "123456" });
    expect(errorCode(result)).toBe("INVALID_OTP");
    expect(result.errors![0].extensions).not.toHaveProperty("attemptsLeft");
  });

  it("refuses a disabled account", async () => {
    const { account, client, code } = await registered();
    await t.db.user.update({ where: { email: account.email }, data: { disabled: true } });
    expect(errorCode(await client.gql(VERIFY, { email: account.email, code }))).toBe("ACCOUNT_DISABLED");
  });
});

describe("resendOtp", () => {
  it("sends a new code at most every 60 s, and the new code replaces the old", async () => {
    const { account, client, code: first } = await registered();
    expect((await client.ok(RESEND, { email: account.email })).resendOtp).toBe(true);
    t.clock.advance(59_000);
    await client.ok(RESEND, { email: account.email });
    await expect(t.mail.next({ to: account.email }, 300)).rejects.toThrow(/no mail/);

    t.clock.advance(2_000);
    await client.ok(RESEND, { email: account.email });
    const second = await t.mail.otpFor(account.email);
    if (second !== first) expect(errorCode(await client.gql(VERIFY, { email: account.email, code: first }))).toBe("INVALID_OTP");
    expect((await client.ok(VERIFY, { email: account.email, code: second })).verifyOtp.user.emailVerified).toBe(true);
  });

  it("answers true and sends nothing for unknown or already verified addresses", async () => {
    expect((await t.client().ok(RESEND, { email: "ghost@example.com" })).resendOtp).toBe(true);
    const { account, client, code } = await registered();
    await client.ok(VERIFY, { email: account.email, code });
    t.clock.advance(61_000);
    expect((await t.client().ok(RESEND, { email: account.email })).resendOtp).toBe(true);
    await expect(t.mail.next({ to: account.email }, 300)).rejects.toThrow(/no mail/);
    await expect(t.mail.next({ to: "ghost@example.com" }, 10)).rejects.toThrow(/no mail/);
  });
});
