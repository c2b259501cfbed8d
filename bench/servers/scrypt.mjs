// Baseline: Better Auth's raw password check over HTTP, a bare Fastify route verifying one
// fixed hash with its own verifyPassword (scrypt N=16384, r=16, p=1 on libuv's pool), as
// argon2.ts does for ours (plain node, as better-auth.mjs): the denominator of login_vs_better_auth_per_hash.
import Fastify from "fastify";
import { verifyPassword } from "better-auth/crypto";
const port = () => Number(process.env.PORT ?? 0);

const hash = process.env.BENCH_BETTER_AUTH_HASH;
if (!hash) throw new Error("BENCH_BETTER_AUTH_HASH is required");

const app = Fastify({ logger: false });
app.post("/verify", async (request) => ({ ok: await verifyPassword({ hash, password: request.body.password }) }));
await app.listen({ port: port(), host: "127.0.0.1" });
