// Which headers cross the proxy, each way. The API judges cookies by Origin and
// Sec-Fetch-Site and binds refresh grace to the user agent, so those must pass untouched.
const REQUEST_HEADERS = [
  "accept",
  "content-type",
  "cookie",
  "origin",
  "user-agent",
  "sec-fetch-site",
  "sec-fetch-mode",
  "authorization",
  "x-mercurius-operation-name",
  "mercurius-require-preflight",
  // every CSRF preflight header the API accepts (API.md, Rules): a client's upload must not lose it here
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "graphql-preflight",
];

const RESPONSE_HEADERS = ["content-type", "cache-control", "etag", "last-modified", "x-content-type-options", "content-security-policy", "clear-site-data"];

export function requestHeadersFor(request: Request): Headers {
  const headers = new Headers();
  for (const name of REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return headers;
}

export function responseHeadersFrom(upstream: Response): Headers {
  const headers = new Headers();
  for (const name of RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  // several cookies arrive at once (access and refresh): keep them as separate headers
  for (const cookie of upstream.headers.getSetCookie()) headers.append("set-cookie", cookie);
  return headers;
}
