import { FACTS, type FactKey } from '../facts/catalog.js';
import { type IamPolicy, policyOf } from './policy.js';

export { ORGANIZATION_ACTIONS } from './policy.js';

/** The IAM actions each fact's collector needs, from its declaration; a test proves every operation sent is in it. */
export function actionsOf(key: FactKey): readonly string[] {
  return FACTS[key].actions;
}

let renamed: Map<string, string> | undefined;

/** The IAM action that authorizes an operation: its own name, unless a fact declares another (`operations`). */
export function actionFor(service: string, operation: string): string {
  renamed ??= new Map(Object.values(FACTS).flatMap((fact) => Object.entries(fact.operations ?? {})));
  const direct = `${service}:${operation}`;
  return renamed.get(direct) ?? direct;
}

/** The least-privilege policy for the facts that the given checks read (plus --org's, when asked): see policy.ts. */
export function policyFor(reads: Iterable<FactKey>, organization: false | { roleName?: string } = false): IamPolicy {
  return policyOf(actionsOf, reads, organization);
}
