// Requests that reach the server(s) together: each is sent but for the last byte of its body,
// and once every one has its connection open and its head sent, the last bytes all go out in
// one tick. A server then starts them all before any of them has had a database answer, which
// is what a race between requests needs (fetch in a Promise.all lets them drift apart).
import http from "node:http";

export interface AtOnceRequest {
  /** e.g. http://127.0.0.1:4000/graphql */
  url: string;
  body: string;
  headers?: Record<string, string>;
}

export interface AtOnceResponse {
  status: number;
  body: string;
}

export async function postAtOnce(requests: AtOnceRequest[]): Promise<AtOnceResponse[]> {
  const opened = requests.map(({ url, body, headers }) => {
    const bytes = Buffer.from(body);
    const request = http.request(url, {
      method: "POST",
      agent: false,
      headers: { "content-type": "application/json", ...headers, "content-length": bytes.length },
    });
    const response = new Promise<AtOnceResponse>((resolve, reject) => {
      request.on("response", (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, body: text }));
      });
      request.on("error", reject);
    });
    const connected = new Promise<void>((resolve, reject) => {
      request.on("socket", (socket) => socket.once("connect", () => resolve()));
      request.on("error", reject);
    });
    request.write(bytes.subarray(0, -1));
    return { request, last: bytes.subarray(-1), response, connected };
  });
  await Promise.all(opened.map((o) => o.connected));
  for (const { request, last } of opened) request.end(last);
  return Promise.all(opened.map((o) => o.response));
}

/** A GraphQL call for postAtOnce (headers: e.g. the x-forwarded-for of a client address). */
export const gqlAtOnce = (baseUrl: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): AtOnceRequest => ({
  url: `${baseUrl}/graphql`,
  body: JSON.stringify({ query, variables }),
  headers: { "user-agent": "authkit-tests", ...headers },
});
