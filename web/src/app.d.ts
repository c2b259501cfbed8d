import type { Client } from "@urql/core";
import type { SessionUser } from "$lib/session-user";

declare global {
  namespace App {
    interface Locals {
      /** the signed-in user, read once per request by hooks.server.ts */
      user: SessionUser | null;
      /** this request's GraphQL client (event.fetch through the /graphql proxy) */
      api: Client;
    }
    interface Error {
      message: string;
    }
  }
}

export {};
