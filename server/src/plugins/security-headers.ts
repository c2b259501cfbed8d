import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import helmet, { type HelmetOptions } from "helmet";
import fp from "fastify-plugin";

// The API serves JSON, images and two small HTML pages: nothing may run or be framed by
// default. GraphiQL, the dev mailbox and avatars set their own policy over this one.
const apiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Helmet's headers for these options, worked out once. Its middleware (and @fastify/helmet,
 * which rebuilt it on every request) cost ~10 % of a cheap request; the headers do not
 * depend on the request, so each response gets the same set in one step.
 */
function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => {});
  return headers;
}

export const securityHeaders = fp(async (app: FastifyInstance) => {
  const headers = {
    ...helmetHeaders({
      contentSecurityPolicy: false,
      crossOriginResourcePolicy: { policy: "same-site" },
      strictTransportSecurity: app.deps.config.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    }),
    "content-security-policy": apiPolicy,
  };
  app.addHook("onRequest", (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
});
