import type { FastifyInstance } from "fastify";

/** Liveness with a real database round trip: 503 when the database does not answer. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get("/health", async (_request, reply) => {
    try {
      // a real read of our own schema: an empty or replaced file is not a healthy database
      await app.deps.store.ping();
      return { status: "ok", db: "ok" };
    } catch (error) {
      app.log.error({ err: error }, "health check: database down");
      return reply.code(503).send({ status: "error", db: "down" });
    }
  });
}
