// Baseline: raw argon2id verify over HTTP, a bare Fastify route checking one fixed hash
// (the seeded users' hash, so the same parameters as login) with the API's verifyPassword.
import Fastify from "fastify";
import { verifyPassword } from "../../server/src/lib/password.ts";
import { port } from "./deps.ts";

const hash = process.env.BENCH_PASSWORD_HASH;
if (!hash) throw new Error("BENCH_PASSWORD_HASH is required");

const app = Fastify({ logger: false });
app.post<{ Body: { password: string } }>("/verify", async (request) => ({ ok: await verifyPassword(hash, request.body.password) }));
await app.listen({ port: port(), host: "127.0.0.1" });
