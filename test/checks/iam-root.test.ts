import { describe } from 'vitest';
import rootAccessKeys from '../../src/checks/iam/root-access-keys.js';
import rootHardwareMfa from '../../src/checks/iam/root-hardware-mfa.js';
import rootMfa from '../../src/checks/iam/root-mfa.js';
import { ACCOUNT_ID, checkCases, denied, failure } from '../helpers.js';

const memberAnswer = failure('ListOrganizationsFeatures', 'unknown', 'AccountNotManagementOrDelegatedAdministratorException');
const inOrganization = { 'organizations.organization': { id: 'o-1', managementAccountId: '999999999999', featureSet: 'ALL' } };

const summary = (fields: Record<string, number>) => ({ 'iam.accountSummary': { AccountPasswordPresent: 1, AccountAccessKeysPresent: 0, AccountMFAEnabled: 0, ...fields } });
const central = { AccountPasswordPresent: 0, AccountAccessKeysPresent: 0, AccountMFAEnabled: 0 };
const rootArn = `arn:aws:iam::${ACCOUNT_ID}:root`;

describe('iam.root-mfa', () => {
  checkCases(rootMfa, [
    { name: 'MFA on', facts: summary({ AccountMFAEnabled: 1 }), expect: ['PASS'], keys: ['enabled'] },
    { name: 'MFA off', facts: summary({}), expect: ['FAIL'], keys: ['missing'] },
    {
      name: 'centralized root access, no root credentials',
      facts: { ...summary(central), 'iam.organizationsFeatures': ['RootCredentialsManagement', 'RootSessions'] },
      expect: ['PASS'],
      keys: ['central'],
    },
    {
      name: 'no password and no keys, but not centrally managed: recovery still possible',
      facts: { ...summary(central), 'iam.organizationsFeatures': ['RootSessions'] },
      expect: ['FAIL'],
      keys: ['missing-no-password'],
    },
    {
      name: 'no credentials and the feature list is unreadable: no pass on an unproven claim',
      facts: { ...summary(central), 'iam.organizationsFeatures': denied('ListOrganizationsFeatures') },
      expect: ['FAIL'],
    },
    {
      name: 'a member with no root credentials cannot read the features: MANUAL naming the management account, never ERROR or PASS',
      facts: { ...summary(central), 'iam.organizationsFeatures': memberAnswer, ...inOrganization },
      expect: ['MANUAL'],
      keys: ['ask-management'],
      messages: ['999999999999'],
    },
    {
      name: 'a member that cannot read its organization either: MANUAL, the management account unknown',
      facts: { ...summary(central), 'iam.organizationsFeatures': memberAnswer, 'organizations.organization': denied('DescribeOrganization') },
      expect: ['MANUAL'],
      keys: ['ask-management'],
      messages: ['unknown'],
    },
    {
      name: 'the member answer while Organizations says not in use: MANUAL, the management account unknown',
      facts: { ...summary(central), 'iam.organizationsFeatures': memberAnswer, 'organizations.organization': failure('DescribeOrganization', 'not-enabled', 'AWSOrganizationsNotInUseException') },
      expect: ['MANUAL'],
      messages: ['unknown'],
    },
    {
      name: 'no credentials and the features not found: the password can be recovered',
      facts: { ...summary(central), 'iam.organizationsFeatures': failure('ListOrganizationsFeatures', 'not-found', 'NoSuchEntity') },
      expect: ['FAIL'],
      keys: ['missing-no-password'],
    },
    { name: 'a member with a root password: judged on its own MFA', facts: { ...summary({ AccountMFAEnabled: 1 }), 'iam.organizationsFeatures': memberAnswer, ...inOrganization }, expect: ['PASS'], keys: ['enabled'] },
    {
      name: 'outside an organization, no credentials: the password can be recovered',
      facts: { ...summary(central), 'iam.organizationsFeatures': failure('ListOrganizationsFeatures', 'not-enabled', 'OrganizationNotFoundException') },
      expect: ['FAIL'],
      keys: ['missing-no-password'],
    },
    { name: 'features throttled: ERROR, not a verdict', facts: { ...summary(central), 'iam.organizationsFeatures': failure('ListOrganizationsFeatures', 'throttled', 'Throttling') }, expect: ['ERROR'] },
    { name: 'summary denied', facts: { 'iam.accountSummary': denied('GetAccountSummary') }, expect: ['ERROR'] },
    {
      name: 'a summary without the key count proves no central management',
      facts: { 'iam.accountSummary': { AccountPasswordPresent: 0, AccountMFAEnabled: 0 }, 'iam.organizationsFeatures': ['RootCredentialsManagement'] },
      expect: ['FAIL'],
    },
  ]);
});

describe('iam.root-hardware-mfa', () => {
  checkCases(rootHardwareMfa, [
    { name: 'a member with no root credentials: MANUAL naming the management account', facts: { ...summary(central), 'iam.organizationsFeatures': memberAnswer, ...inOrganization }, expect: ['MANUAL'], keys: ['ask-management'] },
    { name: 'hardware device', facts: { ...summary({ AccountMFAEnabled: 1 }), 'iam.virtualMfaDevices': [{ serialNumber: 'arn:aws:iam::123456789012:mfa/alice', userArn: 'arn:aws:iam::123456789012:user/alice' }] }, expect: ['PASS'], keys: ['hardware'] },
    {
      name: 'virtual device assigned to root, whatever its name',
      facts: { ...summary({ AccountMFAEnabled: 1 }), 'iam.virtualMfaDevices': [{ serialNumber: 'arn:aws:iam::123456789012:mfa/my-phone', userArn: rootArn }] },
      expect: ['FAIL'],
      keys: ['virtual'],
      messages: ['my-phone'],
    },
    { name: 'no MFA at all', facts: summary({}), expect: ['FAIL'], keys: ['no-mfa'] },
    { name: 'centralized root access', facts: { ...summary(central), 'iam.organizationsFeatures': ['RootCredentialsManagement'] }, expect: ['PASS'], keys: ['central'] },
    { name: 'device list denied', facts: { ...summary({ AccountMFAEnabled: 1 }), 'iam.virtualMfaDevices': denied('ListVirtualMFADevices') }, expect: ['ERROR'] },
  ]);
});

const rootRow = (fields: object) => ({ user: '<root_account>', arn: 'arn:aws:iam::123456789012:root', mfaActive: true, accessKey1Active: false, accessKey2Active: false, ...fields });

describe('iam.root-access-keys', () => {
  checkCases(rootAccessKeys, [
    { name: 'no keys', facts: summary({}), expect: ['PASS'] },
    { name: 'keys present, the report unreadable: FAIL all the same', facts: { ...summary({ AccountAccessKeysPresent: 1 }), 'iam.credentialReport': denied('GetCredentialReport') }, expect: ['FAIL'], keys: ['present'] },
    {
      name: 'which key, and when it was last used',
      facts: { ...summary({ AccountAccessKeysPresent: 1 }), 'iam.credentialReport': { generatedAt: '2026-11-20T08:30:00.000Z', users: [rootRow({ accessKey2Active: true, accessKey2LastUsed: '2026-11-19T22:00:00.000Z', accessKey1LastUsed: '2026-11-20T01:00:00.000Z' })] } },
      expect: ['FAIL'],
      keys: ['present-keys'],
      messages: ['active access key 2, last used 2026-11-19 22:00 UTC'],
    },
    {
      name: 'two keys, never used',
      facts: { ...summary({ AccountAccessKeysPresent: 1 }), 'iam.credentialReport': { users: [rootRow({ accessKey1Active: true, accessKey2Active: true })] } },
      expect: ['FAIL'],
      keys: ['present-keys-unused'],
      messages: ['active access key 1, 2, never used'],
    },
    { name: 'centralized root access: nothing present', facts: summary(central), expect: ['PASS'] },
    { name: 'summary lacks the key count', facts: { 'iam.accountSummary': { AccountMFAEnabled: 1 } }, expect: ['ERROR'] },
    { name: 'summary denied', facts: { 'iam.accountSummary': denied('GetAccountSummary') }, expect: ['ERROR'] },
  ]);
});
