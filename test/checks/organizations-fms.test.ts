import { describe } from 'vitest';
import fmsAdmin from '../../src/checks/fms/admin-account.js';
import member from '../../src/checks/organizations/member.js';
import { ACCOUNT_ID, checkCases, denied, failure } from '../helpers.js';

const notInUse = failure('DescribeOrganization', 'not-enabled', 'AWSOrganizationsNotInUseException');
const organization = (management: string) => ({ 'organizations.organization': { id: 'o-123', managementAccountId: management, featureSet: 'ALL' } });

describe('organizations.member', () => {
  checkCases(member, [
    { name: 'member', facts: organization('999999999999'), expect: ['PASS'], messages: ['999999999999'] },
    { name: 'standalone', facts: { 'organizations.organization': notInUse }, expect: ['FAIL'] },
    { name: 'denied is not "standalone"', facts: { 'organizations.organization': denied('DescribeOrganization') }, expect: ['ERROR'] },
  ]);
});

describe('fms.admin-account', () => {
  checkCases(fmsAdmin, [
    { name: 'administrator set', facts: { ...organization(ACCOUNT_ID), 'fms.adminAccount': { adminAccount: '444444444444', status: 'READY' } }, expect: ['PASS'], messages: ['444444444444'] },
    ...['PENDING_DELETION', 'DELETED', 'OFFBOARDING', 'OFFBOARDING_COMPLETE'].map((status) => ({
      name: `administrator ${status}: FAIL`,
      facts: { ...organization(ACCOUNT_ID), 'fms.adminAccount': { adminAccount: '444444444444', status } },
      expect: ['FAIL' as const],
      keys: ['leaving'],
    })),
    { name: 'administrator ONBOARDING: set up, PASS', facts: { ...organization(ACCOUNT_ID), 'fms.adminAccount': { adminAccount: '444444444444', status: 'ONBOARDING' } }, expect: ['PASS'] },
    { name: 'no administrator', facts: { ...organization(ACCOUNT_ID), 'fms.adminAccount': failure('GetAdminAccount', 'not-found', 'ResourceNotFoundException') }, expect: ['FAIL'] },
    { name: 'outside an organization', facts: { 'organizations.organization': notInUse }, expect: ['SKIPPED'] },
    {
      name: 'member account denied (a member may not ask): MANUAL naming the management account',
      facts: { ...organization('999999999999'), 'fms.adminAccount': denied('GetAdminAccount') },
      expect: ['MANUAL'],
      keys: ['ask-management'],
      messages: ['999999999999'],
    },
    {
      name: "management account told 'is not currently delegated by AWS FM': Firewall Manager's way of saying none, FAIL",
      facts: { ...organization(ACCOUNT_ID), 'fms.adminAccount': failure('GetAdminAccount', 'access-denied', 'AccessDeniedException', `Account: ${ACCOUNT_ID} is not currently delegated by AWS FM.`) },
      expect: ['FAIL'],
      keys: ['missing'],
    },
    {
      name: "a member told 'is not currently delegated by AWS FM' learns nothing: MANUAL",
      facts: { ...organization('999999999999'), 'fms.adminAccount': failure('GetAdminAccount', 'access-denied', 'AccessDeniedException', `Account: ${ACCOUNT_ID} is not currently delegated by AWS FM.`) },
      expect: ['MANUAL'],
    },
    { name: 'a member denied by an SCP: MANUAL naming the management account', facts: { ...organization('999999999999'), 'fms.adminAccount': failure('GetAdminAccount', 'organization-denied', 'AccessDeniedException') }, expect: ['MANUAL'] },
    { name: 'throttled', facts: { ...organization(ACCOUNT_ID), 'fms.adminAccount': failure('GetAdminAccount', 'throttled', 'ThrottlingException') }, expect: ['ERROR'] },
    { name: 'administrator without a status: PASS, its status unknown', facts: { ...organization(ACCOUNT_ID), 'fms.adminAccount': { adminAccount: '444444444444' } }, expect: ['PASS'], keys: ['present'] },
    { name: 'Firewall Manager not enabled: no administrator', facts: { ...organization(ACCOUNT_ID), 'fms.adminAccount': failure('GetAdminAccount', 'not-enabled', 'InvalidOperationException') }, expect: ['FAIL'], keys: ['missing'] },
    { name: 'throttled in a member account: ERROR without the member hint', facts: { ...organization('999999999999'), 'fms.adminAccount': failure('GetAdminAccount', 'throttled', 'ThrottlingException') }, expect: ['ERROR'] },
    { name: 'denied in the management account for another reason: ERROR (a missing grant)', facts: { ...organization(ACCOUNT_ID), 'fms.adminAccount': denied('GetAdminAccount') }, expect: ['ERROR'] },
    {
      name: 'denied, who is asking unknown: MANUAL naming the management account',
      facts: { 'sts.identity': denied('GetCallerIdentity'), ...organization('999999999999'), 'fms.adminAccount': denied('GetAdminAccount') },
      expect: ['MANUAL'],
      messages: ['999999999999'],
    },
  ]);
});
