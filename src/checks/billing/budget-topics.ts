import type { FactValue } from '../../facts/catalog.js';
import { isJsonObject, type Json, listOf, parsePolicyDocument } from '../../core/policy-document.js';
import { type Request, statementApplies } from '../iam/policy-evaluation.js';
import { arnAccount } from '../../core/arn.js';

const BUDGETS = 'budgets.amazonaws.com';

/** Why an SNS topic a budget alerts reaches no one (each a message key of billing.budget-alerts). */
export type TopicFault = 'topic-other-account' | 'topic-not-found' | 'topic-not-allowed' | 'topic-unconfirmed';

/**
 * Budgets publishes only to topics of its own account (Cost Management user guide, "Creating an Amazon SNS topic for
 * budget notifications": cross-account SNS is not supported): another account's topic reaches no one, whatever it holds.
 */
const isOtherAccountsTopic = (topicArn: string, accountId: string): boolean => arnAccount(topicArn) !== accountId;

/** Whom a statement's principal covers of Budgets: the service by name, everyone, or not it. */
function covers(statement: { [key: string]: Json }): 'named' | 'everyone' | undefined {
  const mentioned = (principal: Json | undefined) => isJsonObject(principal) && listOf(principal.Service).includes(BUDGETS);
  if (statement.NotPrincipal !== undefined) return mentioned(statement.NotPrincipal) ? undefined : 'everyone';
  const { Principal: principal } = statement;
  if (principal === '*' || (isJsonObject(principal) && listOf(principal.AWS).includes('*'))) return 'everyone';
  return mentioned(principal) ? 'named' : undefined;
}

/**
 * Whether a topic's access policy lets Budgets publish to it (Cost Management user guide, "Creating an Amazon SNS topic
 * for budget notifications"): an Allow of sns:Publish on the topic that names budgets.amazonaws.com (its conditions, such
 * as the aws:SourceAccount AWS recommends, taken to hold), or everyone without a condition; and no Deny of it. A topic's
 * default policy (its owner's account, on condition of AWS:SourceOwner) lets Budgets publish nothing.
 */
export function budgetsMayPublish(policy: string | undefined, topicArn: string): boolean {
  const document = parsePolicyDocument(policy);
  if (!isJsonObject(document)) return false;
  const substitute = document.Version === '2012-10-17';
  const request: Request = { action: 'sns:Publish', resource: topicArn, mfa: 'access-key', variables: {} };
  let allowed = false;
  for (const statement of listOf(document.Statement)) {
    if (!isJsonObject(statement)) continue;
    const whom = covers(statement);
    if (!whom) continue;
    const applies = statementApplies(statement, request, substitute);
    if (statement.Effect === 'Deny' && applies === true) return false;
    if (statement.Effect === 'Allow' && (whom === 'named' ? applies !== false : applies === true && statement.Condition === undefined)) allowed = true;
  }
  return allowed;
}

/**
 * Whether a topic reaches someone when Budgets publishes to it, or why it does not: another account's is not read
 * (`account`, the audited one, where known), the account's own is read (`read`: the sns.topic fact) and judged.
 */
export async function topicFault(topicArn: string, account: string | undefined, read: (arn: string) => Promise<FactValue<'sns.topic'>>): Promise<TopicFault | undefined> {
  if (account !== undefined && isOtherAccountsTopic(topicArn, account)) return 'topic-other-account';
  const topic = await read(topicArn);
  if (!topic.found) return 'topic-not-found';
  if (!budgetsMayPublish(topic.policy, topicArn)) return 'topic-not-allowed';
  return topic.confirmedSubscriptions > 0 ? undefined : 'topic-unconfirmed';
}
