import type { FastifyInstance } from "fastify";
import cors from "@fastify/cors";
import fp from "fastify-plugin";
import { PREFLIGHT_HEADERS } from "../graphql/register-graphql.ts";

/** Only the web app's origin may call with credentials; other origins get no CORS grant at all. */
export const corsForWebOrigin = fp(async (app: FastifyInstance) => {
  await app.register(cors, {
    origin: [app.deps.config.webOrigin],
    credentials: true,
    methods: ["GET", "POST"],
    // every preflight header GraphQL clients send (Apollo's too), or their uploads fail the preflight
    allowedHeaders: ["content-type", "authorization", ...PREFLIGHT_HEADERS],
    maxAge: 600,
  });
});
