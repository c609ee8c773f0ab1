import { describe } from 'vitest';
import iamIdentityCenter from '../../src/checks/iam/identity-center.js';
import { ACCOUNT_ID, checkCases, credentialReport, credentialRow, denied, failure } from '../helpers.js';

const scpDeny = failure('ListInstances', 'organization-denied', 'AccessDeniedException', 'is not authorized to perform: sso:ListInstances with an explicit deny in a service control policy');

const INSTANCE = { arn: 'arn:aws:sso:::instance/ssoins-1234567890abcdef', ownerAccountId: ACCOUNT_ID, status: 'ACTIVE' };
const MANAGEMENT_INSTANCE = { arn: 'arn:aws:sso:::instance/ssoins-management', ownerAccountId: '999999999999', status: 'ACTIVE' };
const none = { 'sso.instances@us-east-1': [], 'sso.instances@eu-west-1': [] };
const regions = ['eu-west-1', 'us-east-1'];
const standalone = { 'organizations.organization': failure('DescribeOrganization', 'not-enabled', 'AWSOrganizationsNotInUseException') };
const people = credentialReport(credentialRow('<root_account>'), credentialRow('alice', { passwordEnabled: true }), credentialRow('ci', { accessKey1Active: true }));
const rootOnly = credentialReport(credentialRow('<root_account>'));

// SSB ACCT.03, CIS 1.21: sso-admin ListInstances answers the instances of the region (an empty list where there is none).
describe('iam.identity-center', () => {
  checkCases(iamIdentityCenter, [
    { name: 'an instance in one region, no IAM console users', regions, facts: { ...none, 'sso.instances@eu-west-1': [INSTANCE], ...rootOnly, ...standalone }, expect: ['PASS'], keys: ['enabled'] },
    { name: 'an instance, and IAM users who still sign in with passwords: PASS, naming them', regions, facts: { ...none, 'sso.instances@us-east-1': [INSTANCE], ...people, ...standalone }, expect: ['PASS'], keys: ['enabled-beside-iam-users'], messages: ['1 IAM user(s) still sign in'] },
    { name: 'none, and people sign in as IAM users', regions, facts: { ...none, ...people, ...standalone }, expect: ['FAIL'], keys: ['iam-users'] },
    { name: 'none, and no IAM user: only root can sign in', regions, facts: { ...none, ...rootOnly, ...standalone }, expect: ['FAIL'], keys: ['none'] },
    {
      name: "a member with none of its own: MANUAL, naming the management account (an organization's instance is not visible from a member)",
      regions,
      facts: { ...none, ...rootOnly, 'organizations.organization': { id: 'o-abcdefghij', managementAccountId: '999999999999', featureSet: 'ALL' } },
      expect: ['MANUAL'],
      messages: ['(999999999999)'],
    },
    // An --org audit from the management account reads the organization's instance there and gives it to each member (src/aws/members.ts).
    {
      name: "a member in an --org audit, the organization's instance read in the management account: PASS naming it",
      regions,
      facts: { ...none, ...rootOnly, 'organizations.organization': { id: 'o-abcdefghij', managementAccountId: '999999999999', featureSet: 'ALL' }, 'sso.managementInstances@us-east-1': [], 'sso.managementInstances@eu-west-1': [MANAGEMENT_INSTANCE] },
      expect: ['PASS'],
      keys: ['organization'],
      messages: ['(arn:aws:sso:::instance/ssoins-management, in the management account 999999999999)'],
    },
    {
      name: 'the same with IAM users who still sign in with passwords here: PASS, counting them',
      regions,
      facts: { ...none, ...people, 'organizations.organization': { id: 'o-abcdefghij', managementAccountId: '999999999999', featureSet: 'ALL' }, 'sso.managementInstances@us-east-1': [MANAGEMENT_INSTANCE], 'sso.managementInstances@eu-west-1': [] },
      expect: ['PASS'],
      keys: ['organization-beside-iam-users'],
    },
    {
      name: 'the management account has none in any region read: the member has none either (FAIL)',
      regions,
      facts: { ...none, ...people, 'organizations.organization': { id: 'o-abcdefghij', managementAccountId: '999999999999', featureSet: 'ALL' }, 'sso.managementInstances@us-east-1': [], 'sso.managementInstances@eu-west-1': [] },
      expect: ['FAIL'],
      keys: ['iam-users'],
    },
    {
      name: "a region of the management account's unread and none in the others: MANUAL, never FAIL",
      regions,
      facts: { ...none, ...people, 'organizations.organization': { id: 'o-abcdefghij', managementAccountId: '999999999999', featureSet: 'ALL' }, 'sso.managementInstances@us-east-1': [], 'sso.managementInstances@eu-west-1': denied('ListInstances') },
      expect: ['MANUAL'],
      keys: ['member'],
    },
    { name: 'the management account with none: FAIL', regions, facts: { ...none, ...people, 'organizations.organization': { id: 'o-abcdefghij', managementAccountId: ACCOUNT_ID, featureSet: 'ALL' } }, expect: ['FAIL'] },
    { name: 'one region refused and none elsewhere: ERROR, never "none"', regions, facts: { ...none, 'sso.instances@eu-west-1': denied('ListInstances'), ...people, ...standalone }, expect: ['ERROR'] },
    { name: "a region the organization's SCP denies is set aside: none in the others is none", regions, facts: { ...none, 'sso.instances@eu-west-1': scpDeny, ...people, ...standalone }, expect: ['FAIL'], keys: ['iam-users'], messages: ['in any of the 1 region(s) read'] },
    { name: "every region denied by the organization's SCP: nothing was read, ERROR", regions, facts: { 'sso.instances@eu-west-1': scpDeny, 'sso.instances@us-east-1': scpDeny, ...people, ...standalone }, expect: ['ERROR'] },
    { name: 'one region refused, an instance in another: that is proof enough', regions, facts: { ...none, 'sso.instances@eu-west-1': denied('ListInstances'), 'sso.instances@us-east-1': [INSTANCE], ...rootOnly, ...standalone }, expect: ['PASS'] },
  ]);
});
