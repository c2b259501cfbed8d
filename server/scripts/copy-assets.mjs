// tsc does not copy the SDL files; the built server reads them next to its modules.
import { cpSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const src = path.resolve(import.meta.dirname, "../src");
const dist = path.resolve(import.meta.dirname, "../dist");

function copyGraphql(dir) {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) copyGraphql(full);
    else if (entry.endsWith(".graphql") || entry.endsWith(".html")) cpSync(full, path.join(dist, path.relative(src, full)));
  }
}
copyGraphql(src);
