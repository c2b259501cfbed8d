import http from "node:http";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { startApiProcess } from "../helpers/api-process.ts";
import { freshDatabase } from "../helpers/database.ts";

/** The real server entry point in its own process, on a fresh database copy. */
async function startServer() {
  const db = await freshDatabase("shutdown");
  return startApiProcess({ DATABASE_URL: db.url, JWT_SECRET: randomBytes(32).toString("base64url"), SMTP_URL: "" });
}

/** A request whose body arrives in two parts, so it is surely in flight in between. */
function slowRequest(port: number, body: string) {
  const request = http.request({
    port,
    host: "127.0.0.1",
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on("response", (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode!, body: text }));
    });
    request.on("error", reject);
  });
  const half = Math.floor(body.length / 2);
  request.write(body.slice(0, half));
  return { response, finish: () => request.end(body.slice(half)) };
}

const connected = (port: number) =>
  fetch(`http://127.0.0.1:${port}/health`).then(
    () => true,
    () => false,
  );

describe("graceful shutdown", () => {
  it("on SIGTERM finishes the request in flight, refuses new ones, and exits 0", { timeout: 120_000 }, async () => {
    const { child, port, exited, logged } = await startServer();
    const inFlight = slowRequest(
      port,
      JSON.stringify({ query: `mutation { register(input: { username: "late_one", email: "late@example.com", password: "a-long-password" }) { user { id } } }` }),
    );
    await logged(/"msg":"incoming request"/);
    child.kill("SIGTERM");
    await logged(/"msg":"shutting down/);
    // the listener closes as the shutdown starts; a new connection may still race it by a tick
    let refused = false;
    for (let i = 0; i < 50 && !refused; i++) refused = !(await connected(port));
    expect(refused).toBe(true);
    inFlight.finish();
    const answer = await inFlight.response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).data.register.user.id).toEqual(expect.any(String));
    expect(await exited).toBe(0);
  });

  it("exits at once on a second signal", { timeout: 120_000 }, async () => {
    const { child, port, exited, logged } = await startServer();
    const inFlight = slowRequest(port, JSON.stringify({ query: "{ me { id } }" }));
    inFlight.response.catch(() => {});
    await logged(/"msg":"incoming request"/);
    child.kill("SIGTERM");
    await logged(/"msg":"shutting down/);
    child.kill("SIGINT");
    expect(await exited).toBe(1);
  });
});
