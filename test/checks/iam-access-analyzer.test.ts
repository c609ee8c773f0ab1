import { describe } from 'vitest';
import iamAccessAnalyzer from '../../src/checks/iam/access-analyzer.js';
import { ACCOUNT_ID, checkCases, denied, failure } from '../helpers.js';

// Access Analyzer API Reference, ListAnalyzers: each analyzer's type (ACCOUNT, ORGANIZATION for external
// access; *_UNUSED_ACCESS, *_INTERNAL_ACCESS) and status (ACTIVE, CREATING, DISABLED, FAILED); CIS 1.20.
const standalone = { 'organizations.organization': failure('DescribeOrganization', 'not-enabled', 'AWSOrganizationsNotInUseException') };
const inOrganization = (managementAccountId: string) => ({ 'organizations.organization': { id: 'o-abcdefghij', managementAccountId, featureSet: 'ALL' } });
const analyzers = (...list: { name: string; type: string; status: string }[]) => ({ 'accessanalyzer.analyzers@us-east-1': list });

describe('iam.access-analyzer', () => {
  checkCases(iamAccessAnalyzer, [
    { name: 'an active account analyzer', facts: { ...analyzers({ name: 'external', type: 'ACCOUNT', status: 'ACTIVE' }), ...standalone }, expect: ['PASS'], keys: ['active'] },
    {
      name: "an organization's analyzer, active beside an unused-access one",
      facts: { ...analyzers({ name: 'unused', type: 'ORGANIZATION_UNUSED_ACCESS', status: 'ACTIVE' }, { name: 'org', type: 'ORGANIZATION', status: 'ACTIVE' }), ...inOrganization(ACCOUNT_ID) },
      expect: ['PASS'],
      messages: ['org (ORGANIZATION) is active'],
    },
    {
      name: 'one disabled beside one active: the active one counts',
      facts: { ...analyzers({ name: 'old', type: 'ORGANIZATION', status: 'DISABLED' }, { name: 'external', type: 'ACCOUNT', status: 'ACTIVE' }), ...standalone },
      expect: ['PASS'],
    },
    { name: 'none', facts: { ...analyzers(), ...standalone }, expect: ['FAIL'], keys: ['none'] },
    { name: 'one still being created reports nothing yet', facts: { ...analyzers({ name: 'new', type: 'ACCOUNT', status: 'CREATING' }), ...standalone }, expect: ['FAIL'], keys: ['not-active'], messages: ['new is CREATING'] },
    { name: "an organization's analyzer disabled (trusted access turned off)", facts: { ...analyzers({ name: 'org', type: 'ORGANIZATION', status: 'DISABLED' }), ...inOrganization(ACCOUNT_ID) }, expect: ['FAIL'], keys: ['not-active'] },
    {
      name: 'only unused and internal access analyzers: nothing watches external access',
      facts: { ...analyzers({ name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS', status: 'ACTIVE' }, { name: 'inside', type: 'ACCOUNT_INTERNAL_ACCESS', status: 'ACTIVE' }), ...standalone },
      expect: ['FAIL'],
      keys: ['no-external'],
      messages: ['unused (ACCOUNT_UNUSED_ACCESS), inside (ACCOUNT_INTERNAL_ACCESS)'],
    },
    { name: "a member with none of its own: MANUAL, naming the management account", facts: { ...analyzers(), ...inOrganization('999999999999') }, expect: ['MANUAL'], keys: ['member'], messages: ['(999999999999)'] },
    { name: 'a member with its own active analyzer passes', facts: { ...analyzers({ name: 'external', type: 'ACCOUNT', status: 'ACTIVE' }), ...inOrganization('999999999999') }, expect: ['PASS'] },
    { name: 'the management account with none: FAIL', facts: { ...analyzers(), ...inOrganization(ACCOUNT_ID) }, expect: ['FAIL'], keys: ['none'] },
    { name: 'the list refused is ERROR, never "none"', facts: { 'accessanalyzer.analyzers@us-east-1': denied('ListAnalyzers'), ...standalone }, expect: ['ERROR'] },
    { name: 'none, and the organization unreadable: ERROR (a member would be MANUAL)', facts: { ...analyzers(), 'organizations.organization': denied('DescribeOrganization') }, expect: ['ERROR'] },
    {
      name: 'a region not enabled is SKIPPED',
      regions: ['us-east-1', 'me-south-1'],
      facts: { ...analyzers({ name: 'external', type: 'ACCOUNT', status: 'ACTIVE' }), 'account.regions': [{ name: 'us-east-1', enabled: true, status: 'ENABLED_BY_DEFAULT' }, { name: 'me-south-1', enabled: false, status: 'DISABLED' }] },
      expect: ['PASS', 'SKIPPED'],
    },
  ]);
});
