// Baseline: Better Auth (email + password) on node:http through its own toNodeHandler, on a
// database prepared by bench/prepare-better-auth.ts (BETTER_AUTH_DB), under plain node: the peer a team would
// pick instead of us (none of the API's code is loaded here). Routes: GET /api/auth/get-session, POST /api/auth/sign-in/email.
import { createServer } from "node:http";
import { betterAuth } from "better-auth";
import { toNodeHandler } from "better-auth/node";
import { betterAuthOptions, openBetterAuthDb } from "./better-auth-options.mjs";
const port = () => Number(process.env.PORT ?? 0);

const file = process.env.BETTER_AUTH_DB;
if (!file) throw new Error("BETTER_AUTH_DB is required");
const auth = betterAuth(betterAuthOptions(openBetterAuthDb(file), `http://127.0.0.1:${port()}`));
createServer(toNodeHandler(auth)).listen(port(), "127.0.0.1");
process.on("SIGTERM", () => process.exit(0)); // a normal exit, so --cpu-prof writes its profile
