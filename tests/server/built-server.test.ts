// The bundle `pnpm start` runs (server/dist, built by esbuild) against the parts it loads late
// or from outside itself: the common-password list, Prisma's query compiler (read from a .wasm
// file next to the bundle), the SDL files, the QR code, the passkey library, the native
// hashing and image addons, the GraphiQL assets. The other tests run the sources through tsx,
// so only this one would see a part the bundle left out or cannot find.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { newAccount } from "../helpers/accounts.ts";
import { startApiProcess, type ApiProcess } from "../helpers/api-process.ts";
import { freshDatabase, onPostgres, usersInFileAlone, type TestDatabase } from "../helpers/database.ts";
import { GqlClient, queryText } from "../helpers/gql-client.ts";
import { startMailCatcher, type MailCatcher } from "../helpers/mail-catcher.ts";
import { LOGIN, ME, PASSKEY_REGISTRATION_OPTIONS, REGISTER, START_TOTP, UPLOAD_AVATAR, VERIFY } from "../helpers/operations.ts";
import { ensureServerBuild } from "../helpers/server-build.ts";

describe("the built server (server/dist)", { timeout: 60_000 }, () => {
  let database: TestDatabase;
  let mail: MailCatcher;
  let api: ApiProcess;
  let uploadDir: string;
  const account = newAccount("built");
  let bearer: GqlClient;

  beforeAll(async () => {
    ensureServerBuild();
    [database, mail] = await Promise.all([freshDatabase("built"), startMailCatcher()]);
    uploadDir = mkdtempSync(path.join(inject("tmpDir"), "built-uploads-"));
    api = await startApiProcess(
      {
        NODE_ENV: "production",
        DATABASE_URL: database.url,
        JWT_SECRET: randomBytes(32).toString("base64url"),
        DATA_KEY: randomBytes(32).toString("base64"),
        SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
        UPLOAD_DIR: uploadDir,
        WEB_ORIGIN: "https://app.example.com",
        GRAPHIQL: "true",
        TRUST_PROXY: "loopback",
      },
      { built: true },
    );
  }, 180_000);
  afterAll(async () => {
    await api?.stop();
    await mail?.stop();
    await database?.drop();
  });

  it("registers (the common-password list refuses first), verifies by the mailed code, signs in", async () => {
    const client = new GqlClient(api.url);
    const common = await client.gql(REGISTER, { input: { ...account, password: "password1" } });
    expect(common.errors?.[0].extensions.fields.password).toMatch(/most common/);
    await client.ok(REGISTER, { input: account });
    const { verifyOtp } = await client.ok(VERIFY, { email: account.email, code: await mail.otpFor(account.email) });
    bearer = new GqlClient(api.url, { headers: { authorization: `Bearer ${verifyOtp.accessToken}` } });
    expect((await bearer.ok(ME)).me.email).toBe(account.email);
    const { login } = await new GqlClient(api.url).ok(LOGIN, { identifier: account.username, password: account.password });
    expect(login.user.username).toBe(account.username);
  });

  it("starts a TOTP enrolment with its QR code, and a passkey registration", async () => {
    const { startTotpEnrollment } = await bearer.ok(START_TOTP, { currentPassword: account.password });
    expect(startTotpEnrollment.qrCodeSvg).toMatch(/^<svg/);
    const { passkeyRegistrationOptions } = await bearer.ok(PASSKEY_REGISTRATION_OPTIONS);
    expect(passkeyRegistrationOptions.challenge).toMatch(/^[\w-]{20,}$/);
  });

  it("stores an uploaded avatar as a re-encoded image", async () => {
    const form = new FormData();
    form.append("operations", JSON.stringify({ query: queryText(UPLOAD_AVATAR), operationName: "UploadAvatar", variables: { file: null } }));
    form.append("map", JSON.stringify({ 0: ["variables.file"] }));
    const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: "#00f" } })
      .png()
      .toBuffer();
    form.append("0", new Blob([png], { type: "image/png" }), "avatar.png");
    const response = await bearer.fetch("/graphql", { method: "POST", body: form, headers: { "x-mercurius-operation-name": "UploadAvatar" } });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.uploadAvatar.avatarUrl).toMatch(/^\/uploads\/avatars\/[a-f0-9]{32}\.png$/);
    expect(readdirSync(path.join(uploadDir, "avatars"))).toHaveLength(1);
  });

  // the checkpoint worker finds the SQLite driver from the bundle's folder
  it.skipIf(onPostgres())("checkpoints SQLite's WAL from its worker thread: the account is in the database file itself", async () => {
    await vi.waitFor(() => expect(usersInFileAlone(database.file!)).toContain(account.email), { timeout: 10_000, interval: 50 });
  });

  it("serves GraphiQL with its assets", async () => {
    const page = await fetch(`${api.url}/graphiql`);
    expect(page.status).toBe(200);
    const assets = [...(await page.text()).matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect((await fetch(`${api.url}${asset}`)).status, asset).toBe(200);
  });
});
