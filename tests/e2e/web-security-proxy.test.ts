// Behind a reverse proxy (nginx, a load balancer) the web server's peer is the proxy: with
// WEB_ADDRESS_HEADER/WEB_XFF_DEPTH it takes the browser's address from the proxy's
// X-Forwarded-For, so the API's per-IP limits count browsers apart, and a browser cannot
// choose its own counted address.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { newAccount } from "../helpers/accounts.ts";
import { ensureWebBuild, freePort, startWebServer, type WebServer } from "./web-server.ts";
import { REGISTER } from "../helpers/operations.ts";
import { queryText } from "../helpers/gql-client.ts";

let api: TestApp;
let web: WebServer;
let proxy: http.Server;
let proxyPort: number;

/** What nginx does with `proxy_add_x_forwarded_for`: append the peer's address to what came in. */
function startAppendingProxy(target: number): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const peer = request.socket.remoteAddress!;
    const incoming = request.headers["x-forwarded-for"];
    const headers = { ...request.headers, "x-forwarded-for": incoming ? `${incoming}, ${peer}` : peer };
    const upstream = http.request({ host: "127.0.0.1", port: target, path: request.url, method: request.method, headers }, (answer) => {
      response.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(response);
    });
    request.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Register through the proxy from one loopback address (a browser on its own machine). */
function registerFrom(localAddress: string, forgedFor?: string): Promise<{ errors?: Array<{ extensions: { code: string } }> }> {
  const body = JSON.stringify({ query: queryText(REGISTER), variables: { input: newAccount("proxy") } });
  const headers: http.OutgoingHttpHeaders = { "content-type": "application/json", "content-length": Buffer.byteLength(body) };
  if (forgedFor) headers["x-forwarded-for"] = forgedFor;
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port: proxyPort, localAddress, path: "/graphql", method: "POST", headers }, (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve(JSON.parse(text)));
    });
    request.on("error", reject);
    request.end(body);
  });
}

beforeAll(async () => {
  ensureWebBuild();
  const port = await freePort();
  api = await startTestApp({ env: { WEB_ORIGIN: `http://127.0.0.1:${port}` } });
  // through web/start.js, as `pnpm start` runs it: the operator sets the WEB_ names
  web = await startWebServer(port, api.url, { viaStartScript: true, env: { WEB_ADDRESS_HEADER: "x-forwarded-for", WEB_XFF_DEPTH: "1" } });
  proxy = await startAppendingProxy(port);
  proxyPort = (proxy.address() as AddressInfo).port;
});

afterAll(async () => {
  if (web?.output().includes("Error")) console.log(`web server output:\n${web.output()}`);
  await new Promise((resolve) => proxy?.close(resolve));
  await web?.stop();
  await api?.close();
});

describe("client addresses behind a proxy", () => {
  it("counts two browsers apart, and ignores an X-Forwarded-For a browser sends itself", async () => {
    for (let i = 0; i < 10; i += 1) expect((await registerFrom("127.0.0.2")).errors).toBeUndefined();
    expect((await registerFrom("127.0.0.2")).errors?.[0].extensions.code).toBe("RATE_LIMITED");
    // A cannot pass for another address: the proxy appends the real one, and only that counts
    expect((await registerFrom("127.0.0.2", "203.0.113.7")).errors?.[0].extensions.code).toBe("RATE_LIMITED");
    expect((await registerFrom("127.0.0.2", "127.0.0.3")).errors?.[0].extensions.code).toBe("RATE_LIMITED");
    // B, behind the same proxy, has its own ten
    expect((await registerFrom("127.0.0.3")).errors).toBeUndefined();
  });
});
