import type { FactValue } from '../../facts/catalog.js';
import { isJsonObject, type Json, listOf, parsePolicyDocument } from '../../core/policy-document.js';
import { type Request, statementApplies } from '../iam/policy-evaluation.js';
import { arnAccount } from '../../core/arn.js';
import { isAwsManagedAlias, keyArnFor } from '../../facts/services/kms.js';

const BUDGETS = 'budgets.amazonaws.com';

/** Why an SNS topic a budget alerts reaches no one (each a message key of billing.budget-alerts). */
export type TopicFault = 'topic-other-account' | 'topic-not-found' | 'topic-not-allowed' | 'topic-key-aws-managed' | 'topic-key-unusable' | 'topic-key-refuses' | 'topic-unconfirmed';

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
 * Whether a resource policy lets Budgets make every one of `requests`: each allowed by a statement that names
 * budgets.amazonaws.com (its conditions, such as the aws:SourceAccount AWS recommends, taken to hold), or everyone without a
 * condition; and none denied.
 */
function budgetsMay(policy: string | undefined, requests: { action: string; resource: string }[]): boolean {
  const document = parsePolicyDocument(policy);
  if (!isJsonObject(document)) return false;
  const substitute = document.Version === '2012-10-17';
  return requests.every(({ action, resource }) => {
    const request: Request = { action, resource, mfa: 'access-key', variables: {} };
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
  });
}

/**
 * Whether a topic's access policy lets Budgets publish to it (Cost Management user guide, "Creating an Amazon SNS topic
 * for budget notifications"). A topic's default policy (its owner's account, on condition of AWS:SourceOwner) lets Budgets
 * publish nothing.
 */
export const budgetsMayPublish = (policy: string | undefined, topicArn: string): boolean => budgetsMay(policy, [{ action: 'sns:Publish', resource: topicArn }]);

/**
 * Whether a customer managed key's policy lets Budgets encrypt messages to a topic with it: an AWS service that publishes to an
 * encrypted topic needs kms:GenerateDataKey* and kms:Decrypt on its key, from the key policy, its service principal having no
 * identity policy (SNS developer guide, "Key management": event sources from AWS services and encrypted topics).
 */
export const budgetsMayUseKey = (policy: string | undefined, keyArn: string): boolean =>
  budgetsMay(policy, [
    { action: 'kms:GenerateDataKey', resource: keyArn },
    { action: 'kms:Decrypt', resource: keyArn },
  ]);

/**
 * Whether a topic reaches someone when Budgets publishes to it, or why it does not (and the key at fault, where it is its KMS
 * key's): another account's is not read (`account`, the audited one, where known), the account's own is read (`read`: the
 * sns.topic fact) and judged, and the key that encrypts it (`readKey`: the kms.key fact). An AWS managed key (alias/aws/sns)
 * has a policy AWS fixes, which lets no AWS service use it: Budgets cannot publish to a topic it encrypts.
 */
export async function topicFault(
  topicArn: string,
  account: string | undefined,
  read: (arn: string) => Promise<FactValue<'sns.topic'>>,
  readKey: (arn: string) => Promise<FactValue<'kms.key'>>,
): Promise<{ fault: TopicFault; key?: string } | undefined> {
  if (account !== undefined && isOtherAccountsTopic(topicArn, account)) return { fault: 'topic-other-account' };
  const topic = await read(topicArn);
  if (!topic.found) return { fault: 'topic-not-found' };
  if (!budgetsMayPublish(topic.policy, topicArn)) return { fault: 'topic-not-allowed' };
  if (topic.kmsKey !== undefined) {
    const named = keyArnFor(topicArn, topic.kmsKey);
    // The AWS managed key named by its predefined alias is known as such without a read (which could create it).
    if (isAwsManagedAlias(named)) return { fault: 'topic-key-aws-managed', key: named };
    const key = await readKey(named);
    if (!key.found || !key.enabled) return { fault: 'topic-key-unusable', key: named };
    if (key.manager === 'AWS') return { fault: 'topic-key-aws-managed', key: key.arn };
    if (!budgetsMayUseKey(key.policy, key.arn)) return { fault: 'topic-key-refuses', key: key.arn };
  }
  return topic.confirmedSubscriptions > 0 ? undefined : { fault: 'topic-unconfirmed' };
}
