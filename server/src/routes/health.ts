import type { FastifyInstance } from "fastify";

/** Liveness with a real database round trip: 503 when the database does not answer. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get("/health", async (_request, reply) => {
    try {
      await app.deps.db.$queryRawUnsafe("SELECT 1");
      return { status: "ok", db: "ok" };
    } catch (error) {
      app.log.error({ err: error }, "health check: database down");
      return reply.code(503).send({ status: "error", db: "down" });
    }
  });
}
