// `pnpm start`: adapter-node reads NODE_ENV, PORT and ORIGIN; the project speaks WEB_PORT and WEB_ORIGIN.

// the production build runs as production unless NODE_ENV says otherwise
process.env.NODE_ENV ||= "production";
// PORT is the API's port (README): the API is found there, and the web app never listens on it
process.env.API_URL ||= `http://127.0.0.1:${process.env.PORT || "4000"}`;
process.env.PORT = process.env.WEB_PORT || "3000";
// without ORIGIN every form post would be refused as cross-site
process.env.ORIGIN ||= process.env.WEB_ORIGIN || `http://localhost:${process.env.PORT}`;
await import("./build/index.js");
