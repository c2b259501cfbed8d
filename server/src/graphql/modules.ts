import { readFileSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

/** What a capability brings to the GraphQL schema: its SDL and the resolvers behind it. */
export interface GraphqlModule {
  typeDefs: string[];
  resolvers: object[];
}

declare module "fastify" {
  interface FastifyInstance {
    /** A capability adds its part of the schema; the GraphQL plugin, registered after them, builds it. */
    graphqlModule(module: GraphqlModule): void;
    graphqlModules: GraphqlModule[];
  }
}

/** A capability's SDL files, named relative to its folder. */
export const sdlFiles = (dir: string, ...files: string[]) => files.map((file) => readFileSync(path.join(dir, file), "utf8"));

export const graphqlModules = fp(
  async (app: FastifyInstance) => {
    app.decorate("graphqlModules", [] as GraphqlModule[]);
    app.decorate("graphqlModule", function add(this: FastifyInstance, module: GraphqlModule) {
      this.graphqlModules.push(module);
    });
  },
  { name: "authkit-graphql-modules" },
);

/** A capability as a plugin: `register` adds its schema, routes and start-up work to the app. */
export const capability = (name: string, register: (app: FastifyInstance) => Promise<void>) => fp(register, { name: `authkit-${name}`, dependencies: ["authkit-graphql-modules"] });
