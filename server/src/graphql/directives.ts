import { defaultFieldResolver, type GraphQLSchema } from "graphql";
import { getDirective, MapperKind, mapSchema } from "@graphql-tools/utils";
import { AppError, unauthenticated } from "../lib/errors.ts";
import { hasRoleAtLeast, type RoleName } from "../lib/roles.ts";
import type { Viewer } from "../auth/authenticate.ts";
import type { Context } from "./context.ts";

/** The one policy behind @auth and @hasRole: signed in, verified, enabled, and of at least the role. */
async function authorize(ctx: Context, required?: RoleName): Promise<Viewer> {
  const viewer = await ctx.viewer();
  if (!viewer) throw unauthenticated("MISSING");
  if (viewer.user.disabled) throw new AppError("ACCOUNT_DISABLED");
  if (!viewer.user.emailVerified) throw new AppError("EMAIL_NOT_VERIFIED");
  if (required && !hasRoleAtLeast(viewer.user.role, required)) throw new AppError("FORBIDDEN");
  return viewer;
}

/**
 * Who an @auth or @hasRole field was let in as: the directive decided it once for the request,
 * so resolvers read it instead of checking again.
 */
export function signedIn(ctx: Context): Viewer {
  if (!ctx.authorized) throw new Error("signedIn() is for fields behind @auth or @hasRole");
  return ctx.authorized;
}

/** Wrap every field that carries @auth or @hasRole so the policy runs before its resolver. */
export function applyAuthDirectives(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => {
      const auth = getDirective(schema, field, "auth")?.[0];
      const role = getDirective(schema, field, "hasRole")?.[0]?.role as RoleName | undefined;
      if (!auth && !role) return field;
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve: async (source, args, ctx: Context, info) => {
          ctx.authorized = await authorize(ctx, role);
          return resolve(source, args, ctx, info);
        },
      };
    },
  });
}
