// A GraphQL client over real HTTP with its own cookie jar, like one browser profile or one service.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

/**
 * What a call sends: a typed document from operations.ts (its result and variables typed), or
 * a string for what a test means to send as it is (malformed, oversized, introspection).
 */
export type Operation<T, V> = TypedDocumentNode<T, V> | string;

export interface GqlResponse<T = any> {
  status: number;
  headers: Headers;
  data: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions: Record<string, any> }>;
}

export interface ClientOptions {
  headers?: Record<string, string>;
  userAgent?: string;
}

let clients = 0;

export class GqlClient {
  readonly cookies = new Map<string, string>();
  /** each client comes from its own address (forwarded by a trusted loopback proxy), as real users do */
  readonly ip = `10.${(++clients >> 16) & 255}.${(clients >> 8) & 255}.${clients & 255}`;
  constructor(
    /** the app's address (a load test's client moves to another instance when one fails) */
    public baseUrl: string,
    readonly options: ClientOptions = {},
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private storeCookies(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0\b/i.test(a.trim())) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** Any HTTP request to the app, with this client's cookies and headers. */
  async fetch(path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = {
      "user-agent": this.options.userAgent ?? "authkit-tests",
      "x-forwarded-for": this.ip,
      ...this.options.headers,
      ...init.headers,
    };
    if (this.cookies.size && !headers.cookie) headers.cookie = this.cookieHeader();
    const response = await fetch(this.baseUrl + path, { ...init, headers });
    this.storeCookies(response.headers);
    return response;
  }

  async gql<T = any, V = Record<string, unknown>>(operation: Operation<T, V>, variables?: V, headers: Record<string, string> = {}): Promise<GqlResponse<T>> {
    const response = await this.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query: queryText(operation), variables }),
    });
    const text = await response.text();
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = { data: null, errors: [{ message: text, extensions: {} }] };
    }
    return { status: response.status, headers: response.headers, data: body.data ?? null, errors: body.errors };
  }

  /** The data of a call that must succeed: fails the test with the errors otherwise. */
  async ok<T = any, V = Record<string, unknown>>(operation: Operation<T, V>, variables?: V, headers?: Record<string, string>): Promise<T> {
    const result = await this.gql(operation, variables, headers);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }
}

/** The text sent as `query`: a document printed, a string as it is. */
export const queryText = (operation: Operation<unknown, never>): string => (typeof operation === "string" ? operation : print(operation));

/** The code of the first error, for asserting the contract's error codes. */
export const errorCode = (result: GqlResponse) => result.errors?.[0]?.extensions.code;
