import { describe } from 'vitest';
import budgetAlerts from '../../src/checks/billing/budget-alerts.js';
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
  ]);
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
