import { describe, expect, it } from 'vitest';
import budgetAlerts from '../../src/checks/billing/budget-alerts.js';
import { budgetsMayPublish, budgetsMayUseKey } from '../../src/checks/billing/budget-topics.js';
import budget from '../../src/checks/billing/budget.js';
import costExplorer from '../../src/checks/billing/cost-explorer.js';
import iamAccess from '../../src/checks/billing/iam-access.js';
import { ACCOUNT_ID, checkCases, denied, failure } from '../helpers.js';

const notEnabled = failure('GetCostAndUsage', 'not-enabled', 'AccessDeniedException', 'User not enabled for cost explorer access');
const notInUse = failure('DescribeOrganization', 'not-enabled', 'AWSOrganizationsNotInUseException');
const cost = (name: string) => ({ name, budgetType: 'COST' });
const PAYER = '999999999999';
const organization = (management: string) => ({ id: 'o-1', managementAccountId: management, featureSet: 'ALL' });
/** What a member audited alone has of its payer's budgets: nothing (only an --org audit from the management account reads them). */
const managementOnly = failure('DescribeBudgets', 'missing', 'ManagementAccountOnly');
const member = (payerBudgets: unknown) => ({ 'organizations.organization': organization(PAYER), 'budgets.managementBudgets': payerBudgets });
const alerts = (...subscribers: number[]) => subscribers.map((count) => ({ type: 'ACTUAL', threshold: 80, subscribers: count }));
/** A notification whose subscribers are these SNS topics and `emails` e-mail addresses. */
const toTopics = (topics: string[], emails = 0) => [{ type: 'ACTUAL', threshold: 80, subscribers: topics.length + emails, topics }];
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:billing';
const OTHER_TOPIC = 'arn:aws:sns:eu-west-1:123456789012:finance';
/** A topic's access policy as the Cost Management user guide gives it: budgets.amazonaws.com may publish (on condition of the account). */
const budgetsMay = (topic: string, extra: object[] = []) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'AWSBudgets-notification-1', Effect: 'Allow', Principal: { Service: 'budgets.amazonaws.com' }, Action: 'SNS:Publish', Resource: topic, Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT_ID } } }, ...extra] });
/** The policy SNS gives a new topic: its owner's account may publish, on condition of AWS:SourceOwner; not Budgets. */
const defaultPolicy = (topic: string) =>
  JSON.stringify({ Version: '2008-10-17', Id: '__default_policy_ID', Statement: [{ Sid: '__default_statement_ID', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['SNS:Publish', 'SNS:Subscribe', 'SNS:GetTopicAttributes'], Resource: topic, Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT_ID } } }] });
const topic = (policy: string, confirmedSubscriptions = 1) => ({ found: true, policy, confirmedSubscriptions });
/** The same topic, encrypted with a KMS key as the topic names it (a key id, an alias, an ARN). */
const encrypted = (kmsKey: string) => ({ ...topic(budgetsMay(TOPIC)), kmsKey });
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const AWS_SNS_KEY = 'arn:aws:kms:us-east-1:123456789012:key/0f9e8d7c-6b5a-4321-9fed-cba987654321';
/** A key policy as the SNS developer guide gives it for an AWS service that publishes to an encrypted topic, beside the account's own statement. */
const keyPolicy = (service = 'budgets.amazonaws.com', actions = ['kms:GenerateDataKey*', 'kms:Decrypt']) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:root` }, Action: 'kms:*', Resource: '*' },
      { Sid: 'Allow the service to use the key', Effect: 'Allow', Principal: { Service: service }, Action: actions, Resource: '*' },
    ],
  });
const customerKey = (policy: string, enabled = true) => ({ found: true, arn: KEY, manager: 'CUSTOMER', enabled, policy });

describe('billing.cost-explorer', () => {
  checkCases(costExplorer, [
    { name: 'enabled', facts: { 'costexplorer.probe': { enabled: true } }, expect: ['PASS'], keys: ['enabled'] },
    { name: 'enabled, data still being prepared (DataUnavailableException)', facts: { 'costexplorer.probe': { enabled: true, dataPending: true } }, expect: ['PASS'], keys: ['enabled-pending'] },
    { name: 'not enabled, standalone', facts: { 'costexplorer.probe': notEnabled, 'organizations.organization': notInUse }, expect: ['FAIL'], keys: ['not-enabled'] },
    {
      name: 'not enabled in a member account: follows the payer',
      facts: { 'costexplorer.probe': notEnabled, 'organizations.organization': { id: 'o-1', managementAccountId: '999999999999', featureSet: 'ALL' } },
      expect: ['FAIL'],
      keys: ['not-enabled-member'],
      messages: ['999999999999'],
    },
    { name: 'not enabled in the management account itself', facts: { 'costexplorer.probe': notEnabled, 'organizations.organization': { id: 'o-1', managementAccountId: ACCOUNT_ID, featureSet: 'ALL' } }, expect: ['FAIL'], keys: ['not-enabled'] },
    { name: 'not enabled, the organization unreadable: judged as standalone', facts: { 'costexplorer.probe': notEnabled, 'organizations.organization': denied('DescribeOrganization') }, expect: ['FAIL'], keys: ['not-enabled'] },
    {
      name: 'not enabled, who is asking unknown: follows the payer',
      facts: { 'sts.identity': denied('GetCallerIdentity'), 'costexplorer.probe': notEnabled, 'organizations.organization': { id: 'o-1', managementAccountId: '999999999999', featureSet: 'ALL' } },
      expect: ['FAIL'],
      keys: ['not-enabled-member'],
    },
    { name: 'access denied is ERROR, not FAIL', facts: { 'costexplorer.probe': denied('GetCostAndUsage') }, expect: ['ERROR'] },
    { name: '--no-paid-calls: SKIPPED, and no call', facts: {}, settings: { paidCalls: false }, expect: ['SKIPPED'] },
  ]);
});

describe('billing.budget', () => {
  checkCases(budget, [
    { name: 'cost budget, its alerts never read', facts: { 'budgets.budgets': [cost('monthly')] }, expect: ['PASS'] },
    { name: 'usage budget only', facts: { 'budgets.budgets': [{ name: 'ec2-hours', budgetType: 'USAGE' }], 'organizations.organization': notInUse }, expect: ['FAIL'] },
    { name: 'none, outside an organization', facts: { 'budgets.budgets': [], 'organizations.organization': notInUse }, expect: ['FAIL'], keys: ['missing'] },
    { name: 'none, in the management account itself', facts: { 'budgets.budgets': [], 'organizations.organization': organization(ACCOUNT_ID) }, expect: ['FAIL'], keys: ['missing'] },
    { name: 'denied', facts: { 'budgets.budgets': denied('DescribeBudgets') }, expect: ['ERROR'] },
    { name: 'none, the organization unreadable: ERROR, not a guess', facts: { 'budgets.budgets': [], 'organizations.organization': denied('DescribeOrganization') }, expect: ['ERROR'] },
    { name: 'a member audited alone: MANUAL naming the payer', facts: { 'budgets.budgets': [], ...member(managementOnly) }, expect: ['MANUAL'], keys: ['ask-payer'], messages: [PAYER] },
    { name: '--org: a payer budget with no account filter covers the member', facts: { 'budgets.budgets': [], ...member([cost('org-monthly')]) }, expect: ['PASS'], keys: ['payer-budget'], messages: ['org-monthly of the management account 999999999999'] },
    { name: '--org: a payer budget naming the member covers it', facts: { 'budgets.budgets': [], ...member([{ ...cost('other'), linkedAccounts: ['111111111111'] }, { ...cost('mine'), linkedAccounts: [ACCOUNT_ID] }]) }, expect: ['PASS'], messages: ['mine'] },
    { name: '--org: payer budgets for other accounts only: FAIL naming the payer', facts: { 'budgets.budgets': [], ...member([{ ...cost('other'), linkedAccounts: ['111111111111'] }, { name: 'hours', budgetType: 'USAGE' }]) }, expect: ['FAIL'], keys: ['missing-in-organization'] },
    { name: '--org: a payer budget whose account filter is not read here: MANUAL', facts: { 'budgets.budgets': [], ...member([{ ...cost('tricky'), filterUnclear: true }]) }, expect: ['MANUAL'], keys: ['payer-filter-unclear'] },
  ]);
});

describe('billing.budget-alerts', () => {
  checkCases(budgetAlerts, [
    { name: 'a subscriber', facts: { 'budgets.budgets': [cost('a'), cost('b')], 'budgets.alerts@a': alerts(0), 'budgets.alerts@b': alerts(0, 2) }, expect: ['PASS'], messages: ['b'] },
    { name: 'notifications without subscribers', facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': alerts(0) }, expect: ['FAIL'], keys: ['no-subscribers'] },
    { name: 'no notification at all', facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': [] }, expect: ['FAIL'], keys: ['no-subscribers'] },
    {
      name: 'one budget alerts, another is unreadable: PASS on the evidence',
      facts: { 'budgets.budgets': [cost('a'), cost('b')], 'budgets.alerts@a': denied('DescribeSubscribersForNotification'), 'budgets.alerts@b': alerts(1) },
      expect: ['PASS'],
    },
    {
      name: 'no budget alerts and one is unreadable: ERROR, not FAIL',
      facts: { 'budgets.budgets': [cost('a'), cost('b')], 'budgets.alerts@a': denied('DescribeSubscribersForNotification'), 'budgets.alerts@b': alerts(0) },
      expect: ['ERROR'],
    },
    { name: 'no cost budget', facts: { 'budgets.budgets': [], 'organizations.organization': notInUse }, expect: ['FAIL'], keys: ['no-budget'] },
    { name: 'a usage budget that alerts is no cost alert', facts: { 'budgets.budgets': [{ name: 'ec2-hours', budgetType: 'USAGE' }], 'budgets.alerts@ec2-hours': alerts(3), 'organizations.organization': notInUse }, expect: ['FAIL'], keys: ['no-budget'] },
    { name: 'denied', facts: { 'budgets.budgets': denied('DescribeBudgets') }, expect: ['ERROR'] },
    { name: 'none, in an organization, and who we are unreadable: ERROR (management or member decides)', facts: { 'budgets.budgets': [], 'sts.identity': denied('GetCallerIdentity'), ...member(managementOnly) }, expect: ['ERROR'] },
    { name: 'a member audited alone: MANUAL naming the payer', facts: { 'budgets.budgets': [], ...member(managementOnly) }, expect: ['MANUAL'], keys: ['ask-payer'], messages: [PAYER] },
    { name: '--org: the payer budget that covers the member alerts', facts: { 'budgets.budgets': [], ...member([cost('org-monthly')]), 'budgets.managementAlerts@org-monthly': alerts(2) }, expect: ['PASS'], keys: ['payer-alerting'] },
    { name: '--org: the payer budget that covers the member alerts nobody', facts: { 'budgets.budgets': [], ...member([cost('org-monthly')]), 'budgets.managementAlerts@org-monthly': alerts(0) }, expect: ['FAIL'], keys: ['payer-no-subscribers'] },
    { name: '--org: no payer budget covers the member', facts: { 'budgets.budgets': [], ...member([{ ...cost('other'), linkedAccounts: ['111111111111'] }]) }, expect: ['FAIL'], keys: ['no-budget-in-organization'] },
    { name: '--org: a payer budget whose account filter is not read here: MANUAL naming it', facts: { 'budgets.budgets': [], ...member([{ ...cost('tricky'), filterUnclear: true }]) }, expect: ['MANUAL'], keys: ['payer-filter-unclear'], messages: ['tricky'] },
    { name: "a member's own silent budget is judged on its own", facts: { 'budgets.budgets': [cost('mine')], 'budgets.alerts@mine': alerts(0), ...member([cost('org-monthly')]) }, expect: ['FAIL'], keys: ['no-subscribers'] },
    // An SNS topic reaches someone only where it exists, lets Budgets publish, and has a confirmed subscription.
    { name: 'an SNS topic that Budgets may publish to, with a confirmed subscription', facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': toTopics([TOPIC]), [`sns.topic@${TOPIC}`]: topic(budgetsMay(TOPIC)) }, expect: ['PASS'], keys: ['alerting'] },
    { name: 'a topic that does not exist', facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': toTopics([TOPIC]), [`sns.topic@${TOPIC}`]: { found: false } }, expect: ['FAIL'], keys: ['topic-not-found'], messages: [TOPIC] },
    { name: "a topic with SNS's default policy (Budgets may not publish)", facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': toTopics([TOPIC]), [`sns.topic@${TOPIC}`]: topic(defaultPolicy(TOPIC)) }, expect: ['FAIL'], keys: ['topic-not-allowed'], messages: [TOPIC] },
    { name: 'two topics that reach no one: the first is named', facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': toTopics([TOPIC, OTHER_TOPIC]), [`sns.topic@${TOPIC}`]: { found: false }, [`sns.topic@${OTHER_TOPIC}`]: topic(defaultPolicy(OTHER_TOPIC)) }, expect: ['FAIL'], keys: ['topic-not-found'], messages: [TOPIC] },
    { name: 'a topic nobody has confirmed a subscription to', facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': toTopics([TOPIC]), [`sns.topic@${TOPIC}`]: topic(budgetsMay(TOPIC), 0) }, expect: ['FAIL'], keys: ['topic-unconfirmed'] },
    // Budgets encrypts what it publishes to an encrypted topic with the topic's key: only a key whose policy lets it do so. The
    // predefined alias is judged without a read (DescribeKey on it creates the key where it does not exist yet).
    {
      name: 'a topic encrypted with the AWS managed key (alias/aws/sns): no AWS service may publish to it',
      facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': toTopics([TOPIC]), [`sns.topic@${TOPIC}`]: encrypted('alias/aws/sns') },
      expect: ['FAIL'],
      keys: ['topic-key-aws-managed'],
      messages: ['arn:aws:kms:us-east-1:123456789012:alias/aws/sns'],
    },
    {
      name: 'the AWS managed key named by its id: known from DescribeKey',
      facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': toTopics([TOPIC]), [`sns.topic@${TOPIC}`]: encrypted(AWS_SNS_KEY), [`kms.key@${AWS_SNS_KEY}`]: { found: true, arn: AWS_SNS_KEY, manager: 'AWS', enabled: true } },
      expect: ['FAIL'],
      keys: ['topic-key-aws-managed'],
      messages: [AWS_SNS_KEY],
    },
    { name: 'a customer managed key whose policy lets Budgets use it', facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': toTopics([TOPIC]), [`sns.topic@${TOPIC}`]: encrypted(KEY), [`kms.key@${KEY}`]: customerKey(keyPolicy()) }, expect: ['PASS'], keys: ['alerting'] },
    {
      name: 'a customer managed key named by its id, whose policy lets another service use it only',
      facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': toTopics([TOPIC]), [`sns.topic@${TOPIC}`]: encrypted('1234abcd-12ab-34cd-56ef-1234567890ab'), [`kms.key@${KEY}`]: customerKey(keyPolicy('cloudwatch.amazonaws.com')) },
      expect: ['FAIL'],
      keys: ['topic-key-refuses'],
      messages: [KEY],
    },
    {
      name: 'a disabled key (or one pending deletion)',
      facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': toTopics([TOPIC]), [`sns.topic@${TOPIC}`]: encrypted(KEY), [`kms.key@${KEY}`]: customerKey(keyPolicy(), false) },
      expect: ['FAIL'],
      keys: ['topic-key-unusable'],
    },
    { name: 'a key that no longer exists', facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': toTopics([TOPIC]), [`sns.topic@${TOPIC}`]: encrypted(KEY), [`kms.key@${KEY}`]: { found: false } }, expect: ['FAIL'], keys: ['topic-key-unusable'], messages: [KEY] },
    { name: 'a key that could not be read, nothing else reaching anyone: ERROR, never PASS', facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': toTopics([TOPIC]), [`sns.topic@${TOPIC}`]: encrypted(KEY), [`kms.key@${KEY}`]: denied('DescribeKey') }, expect: ['ERROR'] },
    { name: 'a broken topic beside an e-mail address: the e-mail reaches someone', facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': toTopics([TOPIC], 1), [`sns.topic@${TOPIC}`]: { found: false } }, expect: ['PASS'], keys: ['alerting'] },
    {
      name: "a broken topic, and another budget's good one",
      facts: { 'budgets.budgets': [cost('a'), cost('b')], 'budgets.alerts@a': toTopics([TOPIC]), 'budgets.alerts@b': toTopics([OTHER_TOPIC]), [`sns.topic@${TOPIC}`]: { found: false }, [`sns.topic@${OTHER_TOPIC}`]: topic(budgetsMay(OTHER_TOPIC)) },
      expect: ['PASS'],
      messages: ['b'],
    },
    { name: 'a topic that could not be read, nothing else reaching anyone: ERROR, never PASS or FAIL', facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': toTopics([TOPIC, OTHER_TOPIC]), [`sns.topic@${TOPIC}`]: denied('GetTopicAttributes'), [`sns.topic@${OTHER_TOPIC}`]: { found: false } }, expect: ['ERROR'] },
    { name: 'a topic that could not be read beside one that reaches someone: PASS on the evidence', facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': toTopics([TOPIC, OTHER_TOPIC]), [`sns.topic@${TOPIC}`]: denied('GetTopicAttributes'), [`sns.topic@${OTHER_TOPIC}`]: topic(budgetsMay(OTHER_TOPIC)) }, expect: ['PASS'] },
    { name: "another account's topic (Budgets publishes only within its account): FAIL, never read", facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': toTopics(['arn:aws:sns:us-east-1:999999999999:central-billing']) }, expect: ['FAIL'], keys: ['topic-other-account'], messages: ['999999999999:central-billing'] },
    { name: 'a snapshot from before topics were read: every subscriber counts', facts: { 'budgets.budgets': [cost('a')], 'budgets.alerts@a': alerts(1) }, expect: ['PASS'], keys: ['alerting'] },
    // The management account's topics are not the member's to read: its own audit judges them.
    { name: "--org: the payer budget alerts a topic (judged in the management account's own result)", facts: { 'budgets.budgets': [], ...member([cost('org-monthly')]), 'budgets.managementAlerts@org-monthly': toTopics([TOPIC]) }, expect: ['PASS'], keys: ['payer-alerting'] },
  ]);
});

describe('whether Budgets may publish to an SNS topic (its access policy)', () => {
  it.each<[string, string | undefined, boolean]>([
    ['the statement the user guide gives (budgets.amazonaws.com, on condition of the account)', budgetsMay(TOPIC), true],
    ["SNS's default policy (the owner's account, on condition of AWS:SourceOwner)", defaultPolicy(TOPIC), false],
    ['Budgets among several services, a wildcard action', JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { Service: ['events.amazonaws.com', 'budgets.amazonaws.com'] }, Action: 'sns:*', Resource: '*' }] }), true],
    ['everyone, without a condition', JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'SNS:Publish', Resource: TOPIC }] }), true],
    ['Budgets allowed another topic only', budgetsMay(OTHER_TOPIC), false],
    ['everyone without a condition on another topic only', JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'SNS:Publish', Resource: OTHER_TOPIC }] }), false],
    ['Budgets on a resource written with a policy variable (its value unknown here: it may match)', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'budgets.amazonaws.com' }, Action: 'SNS:Publish', Resource: 'arn:aws:sns:us-east-1:${aws:PrincipalAccount}:billing' }] }), true],
    ['another service only', JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'SNS:Publish', Resource: TOPIC }] }), false],
    ['everyone but another principal (NotPrincipal), without a condition', JSON.stringify({ Statement: [{ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:user/intern' }, Action: 'SNS:Publish', Resource: TOPIC }] }), true],
    ['Budgets allowed only to subscribe', JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { Service: 'budgets.amazonaws.com' }, Action: 'SNS:Subscribe', Resource: TOPIC }] }), false],
    ['allowed, then denied to everyone', budgetsMay(TOPIC, [{ Effect: 'Deny', Principal: '*', Action: 'SNS:Publish', Resource: TOPIC }]), false],
    ['allowed, and denied to everyone on a condition that may not hold', budgetsMay(TOPIC, [{ Effect: 'Deny', Principal: '*', Action: 'SNS:Publish', Resource: TOPIC, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }]), true],
    ['everyone but Budgets (NotPrincipal)', JSON.stringify({ Statement: [{ Effect: 'Allow', NotPrincipal: { Service: 'budgets.amazonaws.com' }, Action: 'SNS:Publish', Resource: TOPIC }] }), false],
    ['no policy at all', undefined, false],
    ['a policy that is not JSON', '{not json', false],
  ])('%s → %s', (_name, policy, expected) => {
    expect(budgetsMayPublish(policy, TOPIC)).toBe(expected);
  });
});

// Which key policies let Budgets encrypt what it publishes (SNS developer guide, "Key management": kms:GenerateDataKey* and kms:Decrypt for the service).
describe("whether Budgets may use an encrypted SNS topic's KMS key (its key policy)", () => {
  it.each<[string, string | undefined, boolean]>([
    ['budgets.amazonaws.com allowed kms:GenerateDataKey* and kms:Decrypt', keyPolicy(), true],
    ['allowed kms:* ', keyPolicy('budgets.amazonaws.com', ['kms:*']), true],
    ['allowed kms:GenerateDataKey* only', keyPolicy('budgets.amazonaws.com', ['kms:GenerateDataKey*']), false],
    ['another service allowed', keyPolicy('events.amazonaws.com'), false],
    ["only the account's own principals (the default key policy)", JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:root` }, Action: 'kms:*', Resource: '*' }] }), false],
    [
      'allowed, and denied to everyone',
      JSON.stringify({ Version: '2012-10-17', Statement: [...(JSON.parse(keyPolicy()) as { Statement: object[] }).Statement, { Effect: 'Deny', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }] }),
      false,
    ],
    ['no policy read', undefined, false],
  ])('%s', (_name, policy, expected) => {
    expect(budgetsMayUseKey(policy, KEY)).toBe(expected);
  });
});

describe('billing.iam-access', () => {
  checkCases(iamAccess, [
    { name: 'created by Organizations proves nothing alone (it can be created denied): MANUAL', facts: { 'costexplorer.probe': denied('GetCostAndUsage') }, expect: ['MANUAL'], keys: ['verify'] },
    {
      name: 'an IAM principal read Cost Explorer (a member whose payer enabled it): no proof, AWS documents the setting as gating console pages: MANUAL',
      facts: { 'costexplorer.probe': { enabled: true } },
      expect: ['MANUAL'],
      keys: ['billing-read-succeeded'],
    },
    {
      name: 'refused for the account-level reason',
      facts: { 'costexplorer.probe': failure('GetCostAndUsage', 'access-denied', 'AccessDeniedException', 'IAM user access to billing information is not activated; activate IAM access') },
      expect: ['FAIL'],
    },
    { name: 'the billing read found nothing to read: no evidence, MANUAL', facts: { 'costexplorer.probe': failure('GetCostAndUsage', 'missing', 'ValidationException') }, expect: ['MANUAL'], keys: ['verify'] },
    { name: 'no paid calls, no evidence', facts: {}, settings: { paidCalls: false }, expect: ['MANUAL'] },
    { name: 'the billing read was throttled: no answer at all, ERROR', facts: { 'costexplorer.probe': failure('GetCostAndUsage', 'throttled', 'ThrottlingException') }, expect: ['ERROR'] },
    { name: 'a clock out of step (the signature refused): no answer at all, ERROR, never MANUAL', facts: { 'costexplorer.probe': failure('GetCostAndUsage', 'signature-refused', 'RequestTimeTooSkewed') }, expect: ['ERROR'] },
    {
      name: 'root read succeeds: proves nothing about IAM access',
      facts: { 'sts.identity': { accountId: ACCOUNT_ID, arn: `arn:aws:iam::${ACCOUNT_ID}:root`, partition: 'aws' }, 'costexplorer.probe': { enabled: true } },
      expect: ['MANUAL'],
    },
    { name: 'who is asking is unknown: ERROR, not MANUAL', facts: { 'sts.identity': denied('GetCallerIdentity'), 'costexplorer.probe': { enabled: true } }, expect: ['ERROR'] },
  ]);
});
