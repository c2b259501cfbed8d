// Overload: a hash that cannot start within the bound is refused at once with SERVER_BUSY
// and changes nothing; accepted hashes still complete. One hashing slot, held by the test,
// makes the queue full (HASH_QUEUE_WAIT_MS=0) or lets one request wait (a long bound).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode, type GqlResponse } from "../helpers/gql-client.ts";
import { newAccount, registerVerified } from "../helpers/accounts.ts";
import { holdHashing } from "../helpers/hold-hashing.ts";
import { hashQueueChannel } from "../../server/src/lib/hash-queue.ts";
import { LOGIN, REGISTER, REQUEST_RESET, RESET_PASSWORD, UPDATE_PROFILE } from "../helpers/operations.ts";

function expectBusy(result: GqlResponse) {
  expect(errorCode(result)).toBe("SERVER_BUSY");
  const { retryAfter } = result.errors![0].extensions;
  expect(Number.isInteger(retryAfter) && retryAfter >= 1).toBe(true);
  expect(result.data).toBeNull();
}

describe("when hashing cannot start within the bound", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: {
        HASH_CONCURRENCY: "1",
        HASH_QUEUE_WAIT_MS: "0",
        // one attempt each: a refused request that was counted would make the next one RATE_LIMITED
        RATE_LIMITS: "login.ip=1/5m,login.account_ip=1/15m,register.ip=1/1h,reset_password.ip=1/1h",
      },
    });
  });
  afterAll(() => t.close());

  it("login answers SERVER_BUSY at once, opens no session, records nothing and counts no attempt", async () => {
    const account = await registerVerified(t, t.client());
    const client = t.client();
    const sessions = await t.db.session.count({ where: { userId: account.user.id } });
    const audit = await t.db.auditEvent.count();

    const release = holdHashing(t);
    for (let i = 0; i < 3; i++) expectBusy(await client.gql(LOGIN, { identifier: account.username, password: account.password }));
    expect(client.cookies.size).toBe(0);
    expect(await t.db.session.count({ where: { userId: account.user.id } })).toBe(sessions);
    expect(await t.db.auditEvent.count()).toBe(audit);
    await release();

    // the only attempt login.ip allows is still there
    const { login } = await client.ok(LOGIN, { identifier: account.username, password: account.password });
    expect(login.user.id).toBe(account.user.id);
  });

  it("register answers SERVER_BUSY and creates no account; the address's one attempt is still there", async () => {
    const account = newAccount("busy");
    const client = t.client();
    const release = holdHashing(t);
    expectBusy(await client.gql(REGISTER, { input: account }));
    expect(await t.db.user.count({ where: { email: account.email } })).toBe(0);
    await release();

    await client.ok(REGISTER, { input: account });
    expect(await t.db.user.count({ where: { email: account.email } })).toBe(1);
    await t.mail.otpFor(account.email);
    expect(t.mail.messages.filter((m) => m.to.includes(account.email))).toHaveLength(1);
  });

  it("resetPassword answers SERVER_BUSY and leaves the link usable", async () => {
    const account = await registerVerified(t, t.client());
    await t.client().ok(REQUEST_RESET, { email: account.email });
    const token = await t.mail.resetTokenFor(account.email);
    const client = t.client();
    const release = holdHashing(t);
    expectBusy(await client.gql(RESET_PASSWORD, { token, newPassword: "a-new-password-after-busy" }));
    await release();

    expect((await client.ok(RESET_PASSWORD, { token, newPassword: "a-new-password-after-busy" })).resetPassword).toBe(true);
    await t.client().ok(LOGIN, { identifier: account.email, password: "a-new-password-after-busy" });
  });

  it("a password change answers SERVER_BUSY, keeps the password and counts no guess", async () => {
    const signedIn = t.client();
    const account = await registerVerified(t, signedIn);
    const change = { input: { password: "a-changed-password-xyz", currentPassword: account.password } };
    const before = await t.db.user.findUniqueOrThrow({ where: { id: account.user.id } });
    const release = holdHashing(t);
    expectBusy(await signedIn.gql(UPDATE_PROFILE, change));
    await release();
    expect((await t.db.user.findUniqueOrThrow({ where: { id: account.user.id } })).passwordHash).toBe(before.passwordHash);
    await t.client().ok(LOGIN, { identifier: account.username, password: account.password });

    // login.account_ip allows one guess: the refused change did not use it
    await signedIn.ok(UPDATE_PROFILE, change);
    await t.client().ok(LOGIN, { identifier: account.username, password: "a-changed-password-xyz" });
  });
});

describe("when hashing can start within the bound", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ env: { HASH_CONCURRENCY: "1", HASH_QUEUE_WAIT_MS: "600000" } })));
  afterAll(() => t.close());

  it("a request waits its turn and completes", async () => {
    const account = await registerVerified(t, t.client());
    const queued = new Promise<void>((resolve) => {
      const onEvent = (message: unknown) => {
        if ((message as { event: string }).event !== "queued") return;
        hashQueueChannel.unsubscribe(onEvent);
        resolve();
      };
      hashQueueChannel.subscribe(onEvent);
    });
    const release = holdHashing(t);
    const login = t.client().gql(LOGIN, { identifier: account.email, password: account.password });
    await queued; // the login's hash waits behind the held slot
    await release();
    const result = await login;
    expect(result.errors).toBeUndefined();
    expect(result.data.login.user.id).toBe(account.user.id);
  });
});
