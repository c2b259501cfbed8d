import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import fastifyUnderPressure from "@fastify/under-pressure";
import { errorMessages } from "../lib/errors.ts";

// seconds a refused client waits: past the next sample of the event-loop delay (every second)
const RETRY_AFTER_SECONDS = 2;
// the samples taken while the app was still starting (building the schema blocks the loop) say
// nothing about load: they are over two samples after it is ready
const STARTING_MS = 2000;

/**
 * When the event loop falls behind (its mean delay over a second passes MAX_EVENT_LOOP_DELAY_MS),
 * refuse new requests at once with 503 and Retry-After rather than let every one of them wait.
 * The body is a GraphQL answer with the contract's SERVER_BUSY, so clients handle it as such.
 * /health is never refused: it keeps reporting the database, and a busy instance is not a dead one.
 */
export const underPressure = fp(async (app: FastifyInstance) => {
  const maxEventLoopDelay = app.deps.config.maxEventLoopDelayMs;
  if (!maxEventLoopDelay) return;
  let readyAt = Infinity;
  app.addHook("onReady", async () => void (readyAt = performance.now()));
  await app.register(fastifyUnderPressure, {
    maxEventLoopDelay,
    pressureHandler: (request, reply) => {
      if (request.routeOptions.url === "/health" || performance.now() - readyAt < STARTING_MS) return;
      reply
        .code(503)
        .header("retry-after", RETRY_AFTER_SECONDS)
        .send({ data: null, errors: [{ message: errorMessages.SERVER_BUSY, extensions: { code: "SERVER_BUSY", retryAfter: RETRY_AFTER_SECONDS } }] });
    },
  });
});
