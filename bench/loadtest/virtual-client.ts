// One virtual client: its own cookie jar, user agent and X-Forwarded-For address (the tests' GqlClient). Connection
// errors are retried (the API may be restarting); what came back is measured per operation.
import { GqlClient } from "../../tests/helpers/gql-client.ts";
import type { Metrics } from "./metrics.ts";

export interface Target {
  /** the API's base URL; the same across a restart */
  url: string;
  /** true in --crash runs: connection errors are part of the plan */
  crash: boolean;
  /** no retry starts after this time (ms since epoch) */
  giveUpAt: number;
  /** with several instances: the one to try after a connection error (a load balancer's failover) */
  failover?: (url: string) => string;
}

export interface CallResult<T = any> {
  data: T | null;
  /** first error's extensions.code, or NETWORK_* when no answer ever came */
  code?: string;
  /** a connection error came before the answer: the request may have been applied already */
  retried: boolean;
  /** no answer at all (gave up retrying) */
  lost: boolean;
}

/** Answers of a busy API (SERVER_BUSY): counted apart from accepted ones, as `<op> (shed)`. */
export const shedOp = (op: string) => `${op} (shed)`;

const REQUEST_TIMEOUT_MS = 60_000;

const networkKind = (error: unknown) => {
  const e = error as Error & { cause?: { code?: string } };
  if (e.name === "TimeoutError" || e.name === "AbortError") return "NETWORK_TIMEOUT";
  return `NETWORK_${e.cause?.code ?? e.name}`;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class VirtualClient extends GqlClient {
  constructor(
    readonly id: number,
    readonly target: Target,
    readonly metrics: Metrics,
  ) {
    // GqlClient gives each instance its own cookie jar and X-Forwarded-For address
    super(target.url, { userAgent: `authkit-loadtest/1.0 (client ${id})` });
  }

  cookie(suffix: string): string | undefined {
    for (const [name, value] of this.cookies) if (name.endsWith(suffix)) return value;
    return undefined;
  }

  /**
   * POST one GraphQL operation (JSON, or a multipart form for uploads). Connection errors are
   * retried until the target's give-up time; `expect` says which error codes are part of the plan.
   */
  async call<T = any>(
    op: string,
    query: string,
    variables: Record<string, unknown> = {},
    options: { form?: () => FormData; expect?: (code: string, retried: boolean) => boolean } = {},
  ): Promise<CallResult<T>> {
    let retried = false;
    for (let attempt = 0; ; attempt++) {
      const headers: Record<string, string> = {};
      let body: string | FormData;
      if (options.form) {
        body = options.form();
        headers["x-mercurius-operation-name"] = op; // CSRF prevention: multipart is a "simple" request otherwise
      } else {
        body = JSON.stringify({ query, variables });
        headers["content-type"] = "application/json";
      }
      const started = performance.now();
      let response: Response;
      let text: string;
      try {
        response = await this.fetch("/graphql", { method: "POST", headers, body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
        text = await response.text();
      } catch (error) {
        const kind = networkKind(error);
        // a timeout is never planned: the API must answer even under load
        this.metrics.error(op, kind, this.target.crash && kind !== "NETWORK_TIMEOUT");
        retried = true;
        if (this.target.failover) this.baseUrl = this.target.failover(this.baseUrl);
        if (Date.now() > this.target.giveUpAt) return { data: null, code: kind, retried, lost: true };
        await sleep(Math.min(2000, 100 * 2 ** attempt) * (0.5 + Math.random()));
        continue;
      }
      const ms = performance.now() - started;
      let parsed: { data?: T | null; errors?: Array<{ extensions?: { code?: string; retryAfter?: number } }> };
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = { errors: [{ extensions: { code: `HTTP_${response.status}` } }] };
      }
      const code = parsed.errors?.length ? (parsed.errors[0].extensions?.code ?? "NO_CODE") : response.status !== 200 ? `HTTP_${response.status}` : undefined;
      // a busy API's answer is part of the plan: the client comes back after retryAfter, as a person would
      const shed = code === "SERVER_BUSY";
      this.metrics.answered(shed ? shedOp(op) : op, ms);
      if (code) this.metrics.error(op, code, shed || (options.expect?.(code, retried) ?? false));
      if (shed) await sleep((parsed.errors![0].extensions?.retryAfter ?? 1) * 1000 * (0.5 + Math.random()));
      return { data: parsed.data ?? null, code, retried, lost: false };
    }
  }
}
