// `pnpm start`: adapter-node reads PORT and ORIGIN; the project speaks WEB_PORT and WEB_ORIGIN.
// Without ORIGIN every form post would be refused as cross-site.
process.env.PORT ??= process.env.WEB_PORT ?? "3000";
process.env.ORIGIN ??= process.env.WEB_ORIGIN ?? "http://localhost:3000";
await import("./build/index.js");
