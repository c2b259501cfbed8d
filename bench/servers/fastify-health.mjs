// Cold-start baseline: a bare Fastify server with one /health route, plain node (no loader), as
// the built API runs: the floor our own start is compared with (cold_start_vs_fastify).
import Fastify from "fastify";

const app = Fastify({ logger: false });
app.get("/health", async () => ({ ok: true }));
await app.listen({ port: Number(process.env.PORT ?? 0), host: "127.0.0.1" });
