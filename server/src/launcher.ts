// The built API's entry (dist/server.js, from server/scripts/build.mjs). It runs the bundle
// (dist/app.cjs) through V8's code cache: compiling the ~4.5 MB bundle and the functions
// start-up calls was about a third of a cold start (issue #18: 826 → 578 ms here). Node 20 has
// no compile cache for modules (module.enableCompileCache is 22.1+), so the bundle is CommonJS
// run as a vm.Script, which takes and produces V8's cached data. A start without a usable
// cache writes one beside the bundle when it ends cleanly (by then it holds every function
// start-up and the requests compiled); where dist/ is read-only there is simply no cache.
import "./lib/heap-for-size.ts"; // before compiling: V8 refuses a cache made under other flags
import { createHash } from "node:crypto";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Script } from "node:vm";

declare const AUTHKIT_BUNDLE_HASH: string; // the bundle's content hash, set by the build

const dir = import.meta.dirname;
const bundle = path.join(dir, "app.cjs");
// V8 checks a cache against the source's length only, so the content hash names the file; the
// node version and flags too, so that two ways of starting do not keep replacing each other's
const runtime = createHash("sha256")
  .update(`${process.version} ${process.execArgv.join(" ")}`)
  .digest("hex")
  .slice(0, 12);
const cacheFile = path.join(dir, `app.${AUTHKIT_BUNDLE_HASH}.${runtime}.v8cache`);

/** Compile the bundle, from the cache when V8 takes it; nothing but the script outlives this (the source and the cache are megabytes). */
function compile(): Script {
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {} // the first start, or none writable
  const source = readFileSync(bundle, "utf8");
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    process.once("exit", (code) => {
      if (code !== 0) return; // a start that failed compiled too little to be worth keeping
      const temporary = `${cacheFile}.${process.pid}`;
      try {
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile); // whole or not at all, whichever instance writes last
      } catch {
        rmSync(temporary, { force: true });
      }
    });
  }
  return script;
}

const module = { exports: {} };
compile().runInThisContext()(module.exports, createRequire(bundle), module, bundle, dir);
