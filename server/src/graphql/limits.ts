import { NoSchemaIntrospectionCustomRule, type ValidationRule } from "graphql";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";

// Query shape limits, checked before anything runs. Depth is Mercurius' own `queryDepth`.
// The web app's largest operation (the admin user table) costs about 300.
export const QUERY_DEPTH = 8;

export function validationRules(introspection: boolean): ValidationRule[] {
  const rules = [
    maxAliasesRule({ n: 15, exposeLimits: true }),
    costLimitRule({ maxCost: 5000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, exposeLimits: true }),
    maxDirectivesRule({ n: 20, exposeLimits: true }),
  ] as ValidationRule[];
  return introspection ? rules : [...rules, NoSchemaIntrospectionCustomRule];
}
