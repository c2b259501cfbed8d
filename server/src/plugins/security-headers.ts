import type { FastifyInstance } from "fastify";
import helmet from "@fastify/helmet";
import fp from "fastify-plugin";

// The API serves JSON, images and two small HTML pages: nothing may run or be framed by
// default. GraphiQL and the dev mailbox set their own policy.
const apiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const securityHeaders = fp(async (app: FastifyInstance) => {
  await app.register(helmet, {
    contentSecurityPolicy: false,
    crossOriginResourcePolicy: { policy: "same-site" },
    strictTransportSecurity: app.deps.config.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  app.addHook("onSend", async (_request, reply) => {
    if (!reply.hasHeader("content-security-policy")) {
      reply.header("content-security-policy", apiPolicy);
    }
  });
});
