import { GraphQLScalarType, valueFromASTUntyped } from "graphql";

// WebAuthn options and responses cross the API as plain JSON (@simplewebauthn's shapes); the
// services check each response's shape themselves (responses.ts), so any JSON value passes here.
export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: "JSON",
  description: "WebAuthn options and responses, as @simplewebauthn's JSON shapes",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
