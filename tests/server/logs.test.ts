import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureLogs } from "../helpers/log-capture.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { newAccount } from "../helpers/accounts.ts";
import { LOGIN, REFRESH, REGISTER, VERIFY } from "../helpers/operations.ts";

const { stream: sink, lines, waitFor } = captureLogs();

let t: TestApp;
beforeAll(async () => (t = await startTestApp({ env: { LOG_LEVEL: "trace" }, logStream: sink })));
afterAll(() => t.close());

describe("logs", () => {
  it("are structured JSON and carry no password, code or token, even at trace level", async () => {
    const account = newAccount();
    const client = t.client();
    await client.ok(REGISTER, { input: account });
    const code = await t.mail.otpFor(account.email);
    await client.gql(VERIFY, { email: account.email, code: "000000" });
    const { verifyOtp } = await client.ok(VERIFY, { email: account.email, code });
    await client.gql(LOGIN, { identifier: account.username, password: "wrong-password-here" });
    const { login } = await client.ok(LOGIN, { identifier: account.username, password: account.password });
    await client.ok(REFRESH);
    // a GET carries its variables in the URL: the URL must not be logged whole
    await fetch(`${t.url}/graphql?query=${encodeURIComponent(`{ me { id } }`)}&variables=${encodeURIComponent(JSON.stringify({ secret: account.password }))}`, {
      headers: { authorization: `Bearer ${login.accessToken}`, "x-mercurius-operation-name": "x" },
    });
    // the GET's last log line is written once its answer has gone out
    const [get] = await waitFor((entry) => entry.msg === "incoming request" && entry.req?.method === "GET");
    await waitFor((entry) => entry.msg === "request completed" && entry.reqId === get.reqId);

    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const all = lines.join("\n");
    const secrets = [
      account.password,
      "wrong-password-here",
      code,
      verifyOtp.accessToken,
      verifyOtp.refreshToken,
      login.accessToken,
      login.refreshToken,
      ...client.cookies.values(),
    ];
    for (const secret of secrets) expect(all).not.toContain(secret);
    // security events are there, as data
    expect(lines.some((l) => JSON.parse(l).mail === "otp.verify_email")).toBe(true);
  });
});
