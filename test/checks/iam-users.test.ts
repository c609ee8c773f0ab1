import { describe } from 'vitest';
import adminMfa from '../../src/checks/iam/admin-mfa.js';
import mfaRecovery from '../../src/checks/iam/mfa-recovery.js';
import rootRecentUse from '../../src/checks/iam/root-recent-use.js';
import userConsoleMfa from '../../src/checks/iam/user-console-mfa.js';
import type { CredentialReportRow } from '../../src/facts/catalog.js';
import { checkCases, denied, NOW } from '../helpers.js';

const row = (user: string, fields: Partial<CredentialReportRow> = {}): CredentialReportRow => ({
  user,
  arn: user === '<root_account>' ? 'arn:aws:iam::123456789012:root' : `arn:aws:iam::123456789012:user/${user}`,
  mfaActive: false,
  accessKey1Active: false,
  accessKey2Active: false,
  ...fields,
});
const report = (...rows: CredentialReportRow[]) => ({ 'iam.credentialReport': { users: rows } });
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

describe('iam.root-recent-use', () => {
  checkCases(rootRecentUse, [
    { name: 'never used', facts: report(row('<root_account>')), expect: ['PASS'], keys: ['never-used'] },
    { name: 'password used 200 days ago', facts: report(row('<root_account>', { passwordLastUsed: daysAgo(200) })), expect: ['PASS'], keys: ['unused'] },
    { name: 'password used 3 days ago', facts: report(row('<root_account>', { passwordLastUsed: daysAgo(3) })), expect: ['FAIL'], messages: ['3 day(s) ago'] },
    {
      name: 'the most recent of password and both keys counts',
      facts: report(row('<root_account>', { passwordLastUsed: daysAgo(300), accessKey1LastUsed: daysAgo(200), accessKey2LastUsed: daysAgo(10) })),
      expect: ['FAIL'],
      messages: ['access key 2'],
    },
    { name: 'threshold from settings', facts: report(row('<root_account>', { passwordLastUsed: daysAgo(20) })), settings: { rootUnusedDays: 14 }, expect: ['PASS'] },
    { name: 'exactly at the threshold is unused', facts: report(row('<root_account>', { passwordLastUsed: daysAgo(90) })), expect: ['PASS'] },
    { name: 'report without the root row', facts: report(row('alice')), expect: ['ERROR'] },
    { name: 'report denied', facts: { 'iam.credentialReport': denied('GetCredentialReport') }, expect: ['ERROR'] },
  ]);
});

describe('iam.user-console-mfa', () => {
  checkCases(userConsoleMfa, [
    {
      name: 'one with MFA, one without, one without console',
      facts: report(row('<root_account>'), row('alice', { passwordEnabled: true, mfaActive: true }), row('bob', { passwordEnabled: true }), row('ci', { passwordEnabled: false, accessKey1Active: true })),
      expect: ['PASS', 'FAIL'],
      messages: ['alice', 'bob'],
    },
    { name: 'the root row is never a user', facts: report(row('<root_account>', { passwordEnabled: undefined })), expect: ['PASS'], keys: ['no-console-users'] },
    { name: 'the root row is never a user, even marked with a password', facts: report(row('<root_account>', { passwordEnabled: true })), expect: ['PASS'], keys: ['no-console-users'] },
    { name: 'no console users', facts: report(row('<root_account>'), row('ci', { passwordEnabled: false })), expect: ['PASS'], keys: ['no-console-users'] },
    { name: 'report denied', facts: { 'iam.credentialReport': denied('GenerateCredentialReport') }, expect: ['ERROR'] },
  ]);
});

describe('results built on the credential report say when it was made', () => {
  checkCases(userConsoleMfa, [
    {
      name: 'a report 4 hours old',
      facts: { 'iam.credentialReport': { generatedAt: '2026-11-20T08:00:00.000Z', users: [row('bob', { passwordEnabled: true })] } },
      expect: ['FAIL'],
      messages: ['IAM user bob has a console password but no MFA. (credential report of 2026-11-20 08:00 UTC)'],
    },
  ]);
});

describe('iam.admin-mfa', () => {
  const admins = (...names: [string, string, boolean?][]) => ({ 'iam.adminUsers': names.map(([userName, via, mfaRequired]) => ({ userName, arn: `arn:aws:iam::123456789012:user/${userName}`, via: [via], mfaRequired: mfaRequired === true })) });
  checkCases(adminMfa, [
    { name: 'admin with MFA', facts: { ...admins(['alice', 'direct']), ...report(row('alice', { passwordEnabled: true, mfaActive: true })) }, expect: ['PASS'] },
    { name: 'admin through a group, console, no MFA', facts: { ...admins(['bob', 'group:Admins']), ...report(row('bob', { passwordEnabled: true })) }, expect: ['FAIL'], keys: ['console-no-mfa'], messages: ['group:Admins'] },
    {
      name: 'every way a user is an administrator is named',
      facts: { 'iam.adminUsers': [{ userName: 'bob', arn: 'arn:aws:iam::123456789012:user/bob', via: ['direct', 'group:Admins'], mfaRequired: false }], ...report(row('bob', { passwordEnabled: true })) },
      expect: ['FAIL'],
      messages: ['direct, group:Admins'],
    },
    { name: 'admin with only access keys', facts: { ...admins(['ci', 'direct']), ...report(row('ci', { accessKey2Active: true })) }, expect: ['FAIL'], keys: ['keys-only'] },
    { name: 'admin with no credentials and no MFA', facts: { ...admins(['idle', 'direct']), ...report(row('idle')) }, expect: ['FAIL'], keys: ['no-mfa'] },
    {
      name: 'a user with a path keeps the report\'s ARN',
      facts: { ...admins(['dev', 'direct']), 'iam.credentialReport': { users: [{ ...row('dev', { mfaActive: true }), arn: 'arn:aws:iam::123456789012:user/team/dev' }] } },
      expect: ['PASS'],
    },
    { name: 'no admins', facts: { 'iam.adminUsers': [] }, expect: ['PASS'], keys: ['no-admins'] },
    {
      name: 'admin with MFA and an active access key: MFA does not protect the key',
      facts: { ...admins(['ops', 'inline:everything']), ...report(row('ops', { passwordEnabled: true, mfaActive: true, accessKey1Active: true })) },
      expect: ['FAIL'],
      keys: ['keys-without-mfa'],
      messages: ['has an active access key; MFA does not apply to it'],
    },
    {
      name: 'admin whose grant requires MFA: its key cannot act as admin alone',
      facts: { ...admins(['ops', 'policy:Ops', true]), ...report(row('ops', { mfaActive: true, accessKey1Active: true })) },
      expect: ['PASS'],
      keys: ['has-mfa'],
    },
    { name: 'admin with MFA and only inactive keys', facts: { ...admins(['ops', 'direct']), ...report(row('ops', { passwordEnabled: true, mfaActive: true })) }, expect: ['PASS'] },
    { name: 'admin missing from the report: ERROR for that user alone', facts: { ...admins(['new', 'direct'], ['old', 'direct']), ...report(row('old', { mfaActive: true })) }, expect: ['ERROR', 'PASS'] },
    { name: 'admin list denied', facts: { 'iam.adminUsers': denied('GetAccountAuthorizationDetails') }, expect: ['ERROR'] },
  ]);
});

describe('iam.mfa-recovery', () => {
  checkCases(mfaRecovery, [{ name: 'always needs a person', facts: {}, expect: ['MANUAL'] }]);
});
