import type { Browser } from "playwright-core";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { launchBrowser } from "./browser.ts";
import { ensureWebBuild, freePort, startWebServer, type WebServer, type WebServerOptions } from "./web-server.ts";

export interface BrowserStack {
  api: TestApp;
  web: WebServer;
  browser: Browser;
  stop(): Promise<void>;
}

/** What a browser test runs against: the real API (fresh SQLite, real SMTP), the built web app and Chromium. */
export async function startBrowserStack(env: Record<string, string> = {}, options: { host?: WebServerOptions["host"] } = {}): Promise<BrowserStack> {
  ensureWebBuild();
  const port = await freePort();
  const api = await startTestApp({ env: { WEB_ORIGIN: `http://${options.host ?? "127.0.0.1"}:${port}`, ...env } });
  const web = await startWebServer(port, api.url, { host: options.host });
  const browser = await launchBrowser();
  return {
    api,
    web,
    browser,
    async stop() {
      if (web.output().includes("Error")) console.log(`web server output:\n${web.output()}`);
      await browser.close();
      await web.stop();
      await api.close();
    },
  };
}
