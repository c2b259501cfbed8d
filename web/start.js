// `pnpm start`: adapter-node reads NODE_ENV, PORT and ORIGIN; the project speaks WEB_PORT and WEB_ORIGIN.

// the production build runs as production unless NODE_ENV says otherwise
process.env.NODE_ENV ||= "production";
// PORT is the API's port (README): the API is found there, and the web app never listens on it
process.env.API_URL ||= `http://127.0.0.1:${process.env.PORT || "4000"}`;
process.env.PORT = process.env.WEB_PORT || "3000";
// without ORIGIN every form post would be refused as cross-site
process.env.ORIGIN ||= process.env.WEB_ORIGIN || `http://localhost:${process.env.PORT}`;
// Behind a reverse proxy the peer is the proxy, and every browser would share its per-IP limits.
// Only the operator knows a proxy is there: WEB_ADDRESS_HEADER=x-forwarded-for (with WEB_XFF_DEPTH,
// the number of proxies that append to it; 1 by default) makes the web app believe that header.
// Unset, no header is believed and the peer's address counts.
if (process.env.WEB_ADDRESS_HEADER) process.env.ADDRESS_HEADER = process.env.WEB_ADDRESS_HEADER;
if (process.env.WEB_XFF_DEPTH) process.env.XFF_DEPTH = process.env.WEB_XFF_DEPTH;
await import("./build/index.js");
