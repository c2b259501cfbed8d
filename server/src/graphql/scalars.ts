import { GraphQLScalarType, Kind } from "graphql";
import { GraphQLUpload } from "./uploads.ts";

export const DateTime = new GraphQLScalarType<Date | null, string>({
  name: "DateTime",
  description: "ISO-8601 date and time",
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString(),
  parseValue: (value) => {
    const date = new Date(value as string);
    return Number.isNaN(date.getTime()) ? null : date;
  },
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? new Date(ast.value) : null),
});

export const scalarResolvers = { DateTime, Upload: GraphQLUpload };
