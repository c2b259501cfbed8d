import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  getIntrospectionQuery,
  parse,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";

// Query shape limits, checked before anything runs.
// The web app's largest operation (the admin user table) costs about 300.
/** Fields on the longest path of an operation, leaves included (Mercurius' way of counting). */
export const QUERY_DEPTH = 8;

interface Depths {
  ordinary: number;
  introspection: number;
}

const none: Depths = { ordinary: 0, introspection: 0 };
const isIntrospectionRoot = (name: string) => name === "__schema" || name === "__type";

/**
 * Depth of ordinary fields and, separately, of the introspection under `__schema`/`__type`
 * (counted from that field). Fragments are measured once per mode, so a fragment spread
 * many times costs nothing more; a cycle counts as nothing (NoFragmentCyclesRule reports it).
 */
function measure(getFragment: (name: string) => FragmentDefinitionNode | undefined | null) {
  const memo = new Map<string, Depths>();
  const visiting = new Set<string>();

  function ofSet(set: SelectionSetNode | undefined, inIntrospection: boolean): Depths {
    let ordinary = 0;
    let introspection = 0;
    for (const selection of set?.selections ?? []) {
      let inner: Depths;
      if (selection.kind === Kind.FIELD) {
        const entering = !inIntrospection && isIntrospectionRoot(selection.name.value);
        const below = ofSet(selection.selectionSet, inIntrospection || entering);
        inner = inIntrospection || entering ? { ordinary: 0, introspection: below.introspection + 1 } : { ordinary: below.ordinary + 1, introspection: below.introspection };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = ofSet(selection.selectionSet, inIntrospection);
      } else {
        inner = ofFragment(selection.name.value, inIntrospection);
      }
      ordinary = Math.max(ordinary, inner.ordinary);
      introspection = Math.max(introspection, inner.introspection);
    }
    return { ordinary, introspection };
  }

  function ofFragment(name: string, inIntrospection: boolean): Depths {
    const key = `${inIntrospection}:${name}`;
    const known = memo.get(key);
    if (known) return known;
    const fragment = getFragment(name);
    if (!fragment || visiting.has(key)) return none;
    visiting.add(key);
    const depths = ofSet(fragment.selectionSet, inIntrospection);
    visiting.delete(key);
    memo.set(key, depths);
    return depths;
  }

  return ofSet;
}

/**
 * How deep the standard introspection query (graphql-js, every option on) nests: GraphiQL's
 * docs and code generators send it, so it must pass. Measured rather than written down, so a
 * graphql upgrade that nests `ofType` further still passes.
 */
export const INTROSPECTION_DEPTH = (() => {
  const document = parse(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }));
  const fragments = new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  return measure((name) => fragments.get(name))(operation.selectionSet, false).introspection;
})();

/**
 * Instead of Mercurius' `queryDepth`, which counts introspection like any field and so refuses
 * the standard introspection query (depth 15). Ordinary fields keep the limit of 8;
 * introspection may nest as deep as the standard query, no deeper (graphql-js' own
 * MaxIntrospectionDepthRule, among the specified rules, also stops `fields { type { fields …`).
 */
export function depthLimitRule(context: ValidationContext) {
  return {
    OperationDefinition(node: { selectionSet: SelectionSetNode }) {
      const depths = measure((name) => context.getFragment(name))(node.selectionSet, false);
      if (depths.ordinary > QUERY_DEPTH) context.reportError(new GraphQLError(`Query depth ${depths.ordinary} exceeds the limit of ${QUERY_DEPTH}.`));
      if (depths.introspection > INTROSPECTION_DEPTH) {
        context.reportError(new GraphQLError(`Introspection depth ${depths.introspection} exceeds ${INTROSPECTION_DEPTH}, what the standard introspection query needs.`));
      }
    },
  };
}

export function validationRules(introspection: boolean): ValidationRule[] {
  const rules = [
    depthLimitRule,
    maxAliasesRule({ n: 15, exposeLimits: true }),
    costLimitRule({ maxCost: 5000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, exposeLimits: true }),
    maxDirectivesRule({ n: 20, exposeLimits: true }),
  ] as ValidationRule[];
  return introspection ? rules : [...rules, NoSchemaIntrospectionCustomRule];
}
