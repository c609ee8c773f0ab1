import { describe } from 'vitest';
import unusedCredentials from '../../src/checks/iam/unused-credentials.js';
import { checkCases, credentialReport as report, credentialRow as row, daysAgo, denied } from '../helpers.js';

// CIS AWS Foundations Benchmark 1.12: credentials unused for 45 days or more; the credential report's
// last-used columns, and for a credential never used, when it was set (password_last_changed, access_key_N_last_rotated).
describe('iam.unused-credentials', () => {
  checkCases(unusedCredentials, [
    { name: 'no user has a password or an active key', facts: report(row('<root_account>'), row('ci', { accessKey1Active: false, accessKey1LastRotated: daysAgo(400) })), expect: ['PASS'], keys: ['no-credentials'] },
    {
      name: 'a password used 44 days ago and a key used yesterday: in use',
      facts: report(row('alice', { passwordEnabled: true, passwordLastUsed: daysAgo(44), passwordLastChanged: daysAgo(300) }), row('ci', { accessKey1Active: true, accessKey1LastUsed: daysAgo(1), accessKey1LastRotated: daysAgo(500) })),
      expect: ['PASS'],
      keys: ['in-use'],
      messages: ['(2)'],
    },
    { name: 'a password last used 45 days ago: FAIL (CIS: 45 days or more)', facts: report(row('bob', { passwordEnabled: true, passwordLastUsed: daysAgo(45), passwordLastChanged: daysAgo(300) })), expect: ['FAIL'], keys: ['password-unused'], messages: ['45 days ago'] },
    { name: 'a password never used, set 60 days ago', facts: report(row('bob', { passwordEnabled: true, passwordLastChanged: daysAgo(60) })), expect: ['FAIL'], keys: ['password-never-used'], messages: ['set 60 days ago'] },
    { name: 'a password never used but set 10 days ago: a new user, not an unused one', facts: report(row('new', { passwordEnabled: true, passwordLastChanged: daysAgo(10) })), expect: ['PASS'] },
    {
      name: 'each unused credential of a user FAILs on its own: an old key, a key never used',
      facts: report(row('ci', { accessKey1Active: true, accessKey1LastUsed: daysAgo(100), accessKey1LastRotated: daysAgo(400), accessKey2Active: true, accessKey2LastRotated: daysAgo(50) })),
      expect: ['FAIL', 'FAIL'],
      keys: ['key-unused', 'key-never-used'],
      messages: ['access key 1 is active and was last used 100 days ago', 'access key 2 is active, was created 50 days ago'],
    },
    { name: 'an inactive old key is not a credential in use', facts: report(row('ci', { accessKey1Active: false, accessKey1LastUsed: daysAgo(400), accessKey1LastRotated: daysAgo(500) })), expect: ['PASS'], keys: ['no-credentials'] },
    { name: "the root user's unused password is the root checks' business", facts: report(row('<root_account>', { passwordEnabled: true, passwordLastUsed: daysAgo(400) })), expect: ['PASS'] },
    {
      name: 'a report that does not say when a never-used key was made (an older snapshot): ERROR for it, never "in use"',
      facts: report(row('ci', { accessKey1Active: true }), row('alice', { passwordEnabled: true, passwordLastUsed: daysAgo(100) })),
      expect: ['FAIL', 'ERROR'],
    },
    {
      name: 'each credential the report does not date is named in its ERROR: a password, a key',
      facts: report(row('bob', { passwordEnabled: true }), row('ci', { accessKey2Active: true })),
      expect: ['ERROR', 'ERROR'],
      messages: ["the credential report does not say when bob's password was set", "the credential report does not say when ci's access key 2 was set"],
    },
    { name: 'the report refused', facts: { 'iam.credentialReport': denied('GenerateCredentialReport') }, expect: ['ERROR'] },
  ]);
});
