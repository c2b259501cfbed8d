// Found by `pnpm loadtest:crash`: a kill -9 during an upload leaves files no row points to
// (a .tmp- file mid-write, or a renamed avatar whose row update never committed, or the
// replaced file not yet removed). The next start must sweep them, and only them.
import { existsSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../server/src/app.ts";
import { registerVerified } from "../helpers/accounts.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { UPLOAD_AVATAR } from "../helpers/operations.ts";
import { queryText } from "../helpers/gql-client.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

describe("avatar files left by a crash", () => {
  it("are removed at the next start; files rows point to stay", async () => {
    const client = t.client();
    await registerVerified(t, client);
    const form = new FormData();
    form.set("operations", JSON.stringify({ query: queryText(UPLOAD_AVATAR), variables: { file: null } }));
    form.set("map", JSON.stringify({ 0: ["variables.file"] }));
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#0a0" } })
      .png()
      .toBuffer();
    form.set("0", new Blob([new Uint8Array(png)], { type: "image/png" }), "a.png");
    const uploaded = await client.fetch("/graphql", { method: "POST", body: form, headers: { "x-mercurius-operation-name": "UploadAvatar" } });
    const kept = path.basename((await uploaded.json()).data.uploadAvatar.avatarUrl);

    const dir = path.join(t.uploadDir, "avatars");
    mkdirSync(dir, { recursive: true });
    const strays = ["0123456789abcdef0123456789abcdef.png", ".tmp-0123456789abcdef"];
    const past = new Date(Date.now() - 60_000);
    for (const name of strays) {
      writeFileSync(path.join(dir, name), "left by a crash");
      utimesSync(path.join(dir, name), past, past);
    }

    const restarted = await buildApp({ config: t.config });
    await restarted.close();

    for (const name of strays) expect(existsSync(path.join(dir, name)), name).toBe(false);
    expect(existsSync(path.join(dir, kept))).toBe(true);
  });
});
