// `pnpm --filter ./server build`: the API as one CommonJS bundle, dist/app.cjs (esbuild), not
// ~800 files, and its entry dist/server.js (src/launcher.ts), which runs the bundle through
// V8's code cache. Loading one bundle instead of resolving, reading and compiling every package
// file is most of the cold start (issue #18: 1.5 s → under 1 s here), the code cache a third of
// the rest. Types are checked by `pnpm typecheck`. Native addons stay outside (they load their
// .node files from node_modules).
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const src = path.join(root, "src");
const dist = path.join(root, "dist");

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);

// Our modules read their SDL next to themselves (import.meta.dirname). In the bundle every
// module's import.meta.dirname is dist/, so each gets its own folder under dist/ instead, and
// the .graphql/.html files are copied there.
const moduleDirname = {
  name: "module-dirname",
  setup(b) {
    b.onLoad({ filter: /[\\/]server[\\/]src[\\/].*\.ts$/ }, (args) => {
      let contents = readFileSync(args.path, "utf8");
      if (contents.includes("import.meta.dirname")) {
        const dir = path.relative(src, path.dirname(args.path));
        contents = contents.replaceAll("import.meta.dirname", `__authkitDir(${JSON.stringify(dir)})`);
      }
      return { contents, loader: "ts" };
    });
  },
};

// Prisma's query compiler ships as a 2.5 MB base64 string in a JS module: parsed at start and
// kept in memory for the process's life. The bundle reads the binary from a file instead.
const WASM_IMPORT = /const \{ wasm \} = await import\("@prisma\/client\/runtime\/query_compiler_bg\.(\w+)\.wasm-base64\.mjs"\)\s*\n\s*return await decodeBase64AsWasm\(wasm\)/;
const wasmFromFile = {
  name: "wasm-from-file",
  setup(b) {
    b.onLoad({ filter: /[\\/]generated[\\/]prisma(-pg)?[\\/]internal[\\/]class\.ts$/ }, async (args) => {
      const contents = readFileSync(args.path, "utf8");
      const match = WASM_IMPORT.exec(contents);
      if (!match) throw new Error(`${args.path}: Prisma's query compiler import changed; update server/scripts/build.mjs`);
      const provider = match[1];
      const file = `query_compiler_bg.${provider}.wasm`;
      const { wasm } = await import(`@prisma/client/runtime/query_compiler_bg.${provider}.wasm-base64.mjs`);
      writeFileSync(path.join(dist, file), Buffer.from(wasm, "base64"));
      const load = `return new WebAssembly.Module((await import("node:fs")).readFileSync(__authkitDir(${JSON.stringify(file)})))`;
      return { contents: contents.replace(WASM_IMPORT, load), loader: "ts" };
    });
  },
};

await build({
  entryPoints: [path.join(src, "server.ts")],
  outfile: path.join(dist, "app.cjs"),
  bundle: true,
  format: "cjs", // what vm.Script runs (src/launcher.ts); lazy imports stay lazy, evaluated at first use
  supported: { "dynamic-import": false }, // import() of the addons becomes require: a vm.Script has no module loader
  platform: "node",
  target: "node20",
  external: ["better-sqlite3", "@node-rs/argon2", "sharp", "pg-native"],
  plugins: [wasmFromFile, moduleDirname], // the first whose filter matches a file loads it
  define: { "import.meta.url": "__authkitUrl" }, // createRequire(import.meta.url), Prisma's client
  banner: {
    js: ['const __authkitUrl = require("node:url").pathToFileURL(__filename).href;', 'const __authkitDir = (dir) => require("node:path").join(__dirname, dir);'].join(" "),
  },
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: "linked", // stack traces map back with `node --enable-source-maps`
  legalComments: "none",
  logLevel: "warning",
});

// the entry, told the bundle's content hash (its code cache's name)
const bundleHash = createHash("sha256")
  .update(readFileSync(path.join(dist, "app.cjs")))
  .digest("hex")
  .slice(0, 16);
await build({
  entryPoints: [path.join(src, "launcher.ts")],
  outfile: path.join(dist, "server.js"),
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  define: { AUTHKIT_BUNDLE_HASH: JSON.stringify(bundleHash) },
  logLevel: "warning",
});

function copyAssets(dir) {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) copyAssets(full);
    else if (entry.endsWith(".graphql") || entry.endsWith(".html")) cpSync(full, path.join(dist, path.relative(src, full)));
  }
}
copyAssets(src);
