import type { FastifyReply, FastifyRequest } from "fastify";
import type { Viewer } from "../auth/authenticate.ts";
import { authenticateAccessToken } from "../auth/authenticate.ts";
import { readCredentials, readRegistrationKey } from "../auth/cookies.ts";
import { addressNetwork, canonicalIp } from "../lib/client-address.ts";
import type { RequestMeta } from "../deps.ts";

/** Everything a resolver may use: the services' deps, who is asking, and the reply for cookies. */
export function buildContext(request: FastifyRequest, reply: FastifyReply) {
  const deps = request.server.deps;
  const credentials = readCredentials(request, deps.config);
  // a forwarded address that is no address at all is not believed: the peer's is used instead
  const ip = canonicalIp(request.ip) ?? canonicalIp(request.socket.remoteAddress);
  const meta: RequestMeta = { ip, network: addressNetwork(ip), userAgent: request.headers["user-agent"], registrationKey: readRegistrationKey(request, deps.config) };
  let viewer: Promise<Viewer | null> | undefined;
  return {
    /** set by @auth/@hasRole once they let the request in (see signedIn) */
    authorized: undefined as Viewer | undefined,
    deps,
    request,
    reply,
    credentials,
    meta,
    /** The signed-in viewer, read once per request; null without credentials, UNAUTHENTICATED with bad ones. */
    viewer: (): Promise<Viewer | null> => (viewer ??= credentials.accessToken !== undefined ? authenticateAccessToken(deps, credentials.accessToken) : Promise.resolve(null)),
  };
}

export type Context = ReturnType<typeof buildContext>;
