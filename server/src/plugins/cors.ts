import type { FastifyInstance } from "fastify";
import cors from "@fastify/cors";
import fp from "fastify-plugin";

/** Only the web app's origin may call with credentials; other origins get no CORS grant at all. */
export const corsForWebOrigin = fp(async (app: FastifyInstance) => {
  await app.register(cors, {
    origin: [app.deps.config.webOrigin],
    credentials: true,
    methods: ["GET", "POST"],
    allowedHeaders: ["content-type", "authorization", "x-mercurius-operation-name", "mercurius-require-preflight"],
    maxAge: 600,
  });
});
