import { tracingChannel } from "node:diagnostics_channel";
import { readdirSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode, queryText, type GqlClient } from "../helpers/gql-client.ts";
import { registerVerified } from "../helpers/accounts.ts";
import { ME, REMOVE_AVATAR, UPLOAD_AVATAR } from "../helpers/operations.ts";

/** Fastify's diagnostics for one request's route handler: when it has started, and when it has settled. */
function handlerEvents(match: (store: { request: { headers: Record<string, unknown> } }) => boolean) {
  const channel = tracingChannel("fastify.request.handler");
  let started!: () => void;
  let settled!: () => void;
  const result = { started: new Promise<void>((r) => (started = r)), settled: new Promise<void>((r) => (settled = r)) };
  const done = (store: never) => {
    if (!match(store)) return;
    channel.unsubscribe(handlers);
    settled();
  };
  const handlers = { start: (store: never) => match(store) && started(), end() {}, asyncStart() {}, asyncEnd: done, error() {} };
  channel.subscribe(handlers as never);
  return result;
}

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());
const newClient = (headers: Record<string, string> = {}) => t.client({ headers });

async function signedIn() {
  const account = await registerVerified(t, newClient());
  return { account, client: newClient({ authorization: `Bearer ${account.accessToken}` }) };
}

const png = (width = 64, height = 64, background = "#f00") =>
  sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();

/** A GraphQL multipart request (the spec's operations, map, then the file). */
async function upload(
  client: GqlClient,
  bytes: Buffer | Uint8Array,
  fileName = "avatar.png",
  type = "image/png",
  headers: Record<string, string> = { "x-mercurius-operation-name": "UploadAvatar" },
) {
  const form = new FormData();
  form.append("operations", JSON.stringify({ query: queryText(UPLOAD_AVATAR), operationName: "UploadAvatar", variables: { file: null } }));
  form.append("map", JSON.stringify({ 0: ["variables.file"] }));
  form.append("0", new Blob([bytes], { type }), fileName);
  const response = await client.fetch("/graphql", { method: "POST", body: form, headers });
  const body = await response.json();
  return { status: response.status, data: body.data, errors: body.errors as Array<{ extensions: Record<string, any> }> | undefined };
}

const storedFiles = () => {
  try {
    return readdirSync(path.join(t.uploadDir, "avatars"));
  } catch {
    return [];
  }
};

const fetchAvatar = (url: string) => fetch(`${t.url}${url}`);

describe("uploadAvatar", () => {
  it("stores a re-encoded PNG under a random name and serves it with its type, nosniff and long caching", async () => {
    const { client } = await signedIn();
    const result = await upload(client, await png());
    expect(result.errors).toBeUndefined();
    const url: string = result.data.uploadAvatar.avatarUrl;
    expect(url).toMatch(/^\/uploads\/avatars\/[a-f0-9]{32}\.png$/);
    expect(storedFiles()).toContain(path.basename(url));

    const served = await fetchAvatar(url);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: "png", width: 64, height: 64 });
    expect((await client.ok(ME)).me.avatarUrl).toBe(url);
    // GraphQL moved into its own encapsulated context: the root's no-store hook still covers it
    expect((await client.gql(ME)).headers.get("cache-control")).toBe("no-store");
  });

  it("accepts JPEG, WebP and GIF and strips metadata (EXIF)", async () => {
    const { client } = await signedIn();
    const base = sharp({ create: { width: 32, height: 32, channels: 3, background: "#0a0" } });
    const jpeg = await base
      .clone()
      .jpeg()
      .withExif({ IFD0: { Copyright: "secret-exif-marker", Artist: "secret-artist" } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const stored = await upload(client, jpeg, "photo.jpg", "image/jpeg");
    const served = Buffer.from(await (await fetchAvatar(stored.data.uploadAvatar.avatarUrl)).arrayBuffer());
    expect(served.includes("secret-exif-marker")).toBe(false);
    const meta = await sharp(served).metadata();
    expect(meta.format).toBe("jpeg");
    expect(meta.exif).toBeUndefined();

    for (const [format, type] of [
      ["webp", "image/webp"],
      ["gif", "image/gif"],
    ] as const) {
      const result = await upload(client, await base.clone().toFormat(format).toBuffer(), `a.${format}`, type);
      expect(result.errors).toBeUndefined();
      const response = await fetchAvatar(result.data.uploadAvatar.avatarUrl);
      expect(response.headers.get("content-type")).toBe(type);
    }
  });

  it("judges by content: HTML named .png is UNSUPPORTED_MEDIA_TYPE", async () => {
    const { account, client } = await signedIn();
    const before = storedFiles();
    const html = Buffer.from("<!doctype html><script>alert(document.cookie)</script>");
    const result = await upload(client, html, "avatar.png", "image/png");
    expect(errorCode(result as never)).toBe("UNSUPPORTED_MEDIA_TYPE");
    // a PNG signature followed by garbage is not an image either
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("not really a png")]);
    expect(errorCode((await upload(client, fake)) as never)).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(storedFiles()).toEqual(before);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: account.user.id } })).avatarFile).toBeNull();
  });

  it("over 2 MiB is PAYLOAD_TOO_LARGE with nothing written and the row unchanged", async () => {
    const { account, client } = await signedIn();
    const first = await upload(client, await png());
    const before = storedFiles();
    const row = await t.db.user.findUniqueOrThrow({ where: { id: account.user.id } });

    const big = Buffer.concat([await png(), Buffer.alloc(20 * 1024 * 1024, 7)]);
    const result = await upload(client, big);
    expect(errorCode(result as never)).toBe("PAYLOAD_TOO_LARGE");
    expect(storedFiles()).toEqual(before);
    const after = await t.db.user.findUniqueOrThrow({ where: { id: account.user.id } });
    expect(after.avatarFile).toBe(row.avatarFile);
    expect(after.updatedAt).toEqual(row.updatedAt);
    expect((await client.ok(ME)).me.avatarUrl).toBe(first.data.uploadAvatar.avatarUrl);
  });

  it("over 4096×4096 px is refused", async () => {
    const { client } = await signedIn();
    const result = await upload(client, await png(4097, 8));
    expect(errorCode(result as never)).toBe("PAYLOAD_TOO_LARGE");
  });

  it("ignores the client's file name: path traversal names end up as a server-chosen name", async () => {
    const { client } = await signedIn();
    for (const name of ["../../../etc/passwd.png", "..\\..\\evil.png", "/tmp/x.png", "a%2F..%2Fb.png"]) {
      const result = await upload(client, await png(), name);
      expect(result.data.uploadAvatar.avatarUrl).toMatch(/^\/uploads\/avatars\/[a-f0-9]{32}\.png$/);
    }
    expect(readdirSync(t.uploadDir)).toEqual(["avatars"]);
    expect(storedFiles().every((f) => /^[a-f0-9]{32}\.(png|jpg|webp|gif)$/.test(f))).toBe(true);
  });

  it("replacing removes the old file: its URL answers 404", async () => {
    const { client } = await signedIn();
    const first = (await upload(client, await png(16, 16, "#00f"))).data.uploadAvatar.avatarUrl;
    const second = (await upload(client, await png(16, 16, "#ff0"))).data.uploadAvatar.avatarUrl;
    expect(second).not.toBe(first);
    expect((await fetchAvatar(first)).status).toBe(404);
    expect((await fetchAvatar(second)).status).toBe(200);
    expect(storedFiles()).not.toContain(path.basename(first));
  });

  it("refuses a second file, a field besides operations and map, or a map naming two files: BAD_USER_INPUT, nothing written", async () => {
    const { account, client } = await signedIn();
    const before = storedFiles();
    const image = new Blob([new Uint8Array(await png())], { type: "image/png" });
    const form = (map: Record<string, string[]>, extra: (form: FormData) => void) => {
      const body = new FormData();
      body.append("operations", JSON.stringify({ query: queryText(UPLOAD_AVATAR), variables: { file: null } }));
      body.append("map", JSON.stringify(map));
      extra(body);
      return body;
    };
    const oneFile = { 0: ["variables.file"] };
    const refused = [
      ["a second file", form(oneFile, (f) => (f.append("0", image, "a.png"), f.append("1", image, "b.png")))],
      ["a field after the file", form(oneFile, (f) => (f.append("0", image, "a.png"), f.append("extra", "x")))],
      ["a field before the file", form(oneFile, (f) => (f.append("extra", "x"), f.append("0", image, "a.png")))],
      ["a map naming two files", form({ ...oneFile, 1: ["variables.file"] }, (f) => (f.append("0", image, "a.png"), f.append("1", image, "b.png")))],
    ] as const;
    for (const [what, body] of refused) {
      const response = await client.fetch("/graphql", { method: "POST", body, headers: { "x-mercurius-operation-name": "UploadAvatar" } });
      const { errors } = await response.json();
      expect(errors?.[0].extensions.code, what).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(errors[0]), what).toContain("one file, nothing more");
    }
    expect(storedFiles()).toEqual(before);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: account.user.id } })).avatarFile).toBeNull();
  });

  it("answers a malformed multipart request with 400 BAD_USER_INPUT", async () => {
    const { client } = await signedIn();
    const malformed = [
      ["no boundary", "multipart/form-data", "--x\r\n"],
      ["operations not JSON", "multipart/form-data; boundary=x", '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{nope\r\n--x--\r\n'],
      ["an empty body", "multipart/form-data; boundary=x", ""],
    ];
    for (const [what, type, body] of malformed) {
      const response = await client.fetch("/graphql", { method: "POST", body, headers: { "content-type": type, "x-mercurius-operation-name": "UploadAvatar" } });
      expect(response.status, what).toBe(400);
      expect((await response.json()).errors[0].extensions.code, what).toBe("BAD_USER_INPUT");
    }
  });

  it("needs the CSRF header on a multipart request", async () => {
    const { client } = await signedIn();
    const result = await upload(client, await png(), "a.png", "image/png", {});
    expect(result.status).toBe(400);
    expect((await client.ok(ME)).me.avatarUrl).toBeNull();
  });

  it("needs signing in, and answers at once without storing anything", async () => {
    const before = storedFiles();
    // big enough that an unread file stream would stall the request if nobody drained it
    const result = await upload(newClient(), Buffer.concat([await png(), Buffer.alloc(1900 * 1024, 1)]));
    expect(errorCode(result as never)).toBe("UNAUTHENTICATED");
    expect(storedFiles()).toEqual(before);
  });

  it("an upload aborted mid-file leaves no file and no changed row", async () => {
    const { account } = await signedIn();
    const before = storedFiles();
    const boundary = "----authkit-abort-test";
    const head = [
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: queryText(UPLOAD_AVATAR), variables: { file: null } })}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n${JSON.stringify({ 0: ["variables.file"] })}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
    ].join("");
    const { port } = new URL(t.url);
    const req = request({
      host: "127.0.0.1",
      port,
      path: "/graphql",
      method: "POST",
      headers: {
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": String(head.length + 1024 * 1024),
        "x-mercurius-operation-name": "UploadAvatar",
        authorization: `Bearer ${account.accessToken}`,
        "x-forwarded-for": "10.7.0.1",
      },
    });
    req.on("error", () => {});
    // the API's own account of the request: its handler (the upload resolver) started, then settled
    const handled = handlerEvents((store) => store.request.headers["x-forwarded-for"] === "10.7.0.1");
    req.write(head);
    req.write(Buffer.concat([await png(), Buffer.alloc(300 * 1024, 3)]));
    await handled.started;
    req.destroy();
    await handled.settled;
    expect(storedFiles()).toEqual(before);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: account.user.id } })).avatarFile).toBeNull();
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
  });

  it("is limited to 20 uploads an hour per user", async () => {
    const { client } = await signedIn();
    const tiny = await png(8, 8);
    for (let i = 0; i < 20; i++) expect((await upload(client, tiny)).errors).toBeUndefined();
    expect(errorCode((await upload(client, tiny)) as never)).toBe("RATE_LIMITED");
  });

  it("records the change in the audit log", async () => {
    const { account, client } = await signedIn();
    await upload(client, await png());
    const actions = (await t.db.auditEvent.findMany({ where: { targetId: account.user.id } })).map((e) => e.action);
    expect(actions).toContain("user.avatar_changed");
  });
});

describe("removeAvatar", () => {
  it("clears the avatar and deletes its file", async () => {
    const { client } = await signedIn();
    const url = (await upload(client, await png())).data.uploadAvatar.avatarUrl;
    const { removeAvatar } = await client.ok(REMOVE_AVATAR);
    expect(removeAvatar.avatarUrl).toBeNull();
    expect((await fetchAvatar(url)).status).toBe(404);
    expect(storedFiles()).not.toContain(path.basename(url));
    // removing again is harmless
    expect((await client.ok(REMOVE_AVATAR)).removeAvatar.avatarUrl).toBeNull();
  });
});

describe("GET /uploads/avatars/<file>", () => {
  it("serves only names the server generates", async () => {
    for (const name of ["..%2F..%2Fpackage.json", "%2e%2e%2fpackage.json", ".tmp-0123456789abcdef", "x.png", "0".repeat(32) + ".png", "0".repeat(32) + ".html"]) {
      expect((await fetchAvatar(`/uploads/avatars/${name}`)).status).toBe(404);
    }
    expect((await fetchAvatar("/uploads/avatars/../../package.json")).status).toBe(404);
  });
});
