import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { FastifyInstance } from "fastify";

// GraphiQL served from our own packages rather than a CDN: it works offline, and the page
// runs no third-party script (a strict same-origin CSP).
const require = createRequire(import.meta.url);
const read = (pkg: string, file: string) => readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file));

// read when GraphiQL is on (outside production by default), not at every start: ~4 MB
const readAssets = (): Record<string, { type: string; body: Buffer | string }> => ({
  "react.js": { type: "text/javascript", body: read("react", "umd/react.production.min.js") },
  "react-dom.js": { type: "text/javascript", body: read("react-dom", "umd/react-dom.production.min.js") },
  "graphiql.js": { type: "text/javascript", body: read("graphiql", "graphiql.min.js") },
  "graphiql.css": { type: "text/css", body: read("graphiql", "graphiql.min.css") },
  "boot.js": {
    type: "text/javascript",
    // ?query= opens the editor on a given operation (links in the README use it)
    body: `const fetcher = GraphiQL.createFetcher({ url: "/graphql" });
const query = new URLSearchParams(location.search).get("query") || undefined;
ReactDOM.createRoot(document.getElementById("graphiql")).render(React.createElement(GraphiQL, { fetcher, query, defaultEditorToolsVisibility: true }));`,
  },
});

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>authkit GraphiQL</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css"><style>body{margin:0;height:100vh}#graphiql{height:100vh}</style></head>
<body><div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/assets/react.js"></script><script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script><script src="/graphiql/assets/boot.js"></script></body></html>`;

const policy =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export async function graphiqlRoutes(app: FastifyInstance): Promise<void> {
  const assets = readAssets();
  app.get("/graphiql", async (_request, reply) => {
    reply.header("content-security-policy", policy).type("text/html; charset=utf-8");
    return page;
  });
  app.get<{ Params: { name: string } }>("/graphiql/assets/:name", async (request, reply) => {
    const asset = assets[request.params.name];
    if (!asset) return reply.code(404).send({ error: "not found" });
    reply.header("cache-control", "public, max-age=86400").type(asset.type);
    return asset.body;
  });
}
