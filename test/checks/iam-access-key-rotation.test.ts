import { describe } from 'vitest';
import accessKeyRotation from '../../src/checks/iam/access-key-rotation.js';
import { checkCases, credentialReport as report, credentialRow as row, daysAgo, denied } from '../helpers.js';

// CIS AWS Foundations Benchmark 1.14 and FSBP IAM.3: active access keys rotated every 90 days or less (access_key_N_last_rotated).
describe('iam.access-key-rotation', () => {
  checkCases(accessKeyRotation, [
    { name: 'no user has an active key', facts: report(row('<root_account>', { accessKey1Active: true, accessKey1LastRotated: daysAgo(900) }), row('alice', { passwordEnabled: true })), expect: ['PASS'], keys: ['no-keys'] },
    { name: 'a key of 90 days: still within the period', facts: report(row('ci', { accessKey1Active: true, accessKey1LastRotated: daysAgo(90), accessKey1LastUsed: daysAgo(1) })), expect: ['PASS'], keys: ['rotated'], messages: ['(1)'] },
    { name: 'a key of 91 days: FAIL, however much it is used', facts: report(row('ci', { accessKey1Active: true, accessKey1LastRotated: daysAgo(91), accessKey1LastUsed: daysAgo(0) })), expect: ['FAIL'], keys: ['old'], messages: ["ci's access key 1 is 91 days old"] },
    {
      name: 'each old key FAILs on its own; a young one beside it says nothing',
      facts: report(row('ci', { accessKey1Active: true, accessKey1LastRotated: daysAgo(10), accessKey2Active: true, accessKey2LastRotated: daysAgo(200) }), row('deploy', { accessKey1Active: true, accessKey1LastRotated: daysAgo(400) })),
      expect: ['FAIL', 'FAIL'],
      messages: ['access key 2 is 200 days old', "deploy's access key 1 is 400 days old"],
    },
    { name: 'an inactive old key needs no rotation', facts: report(row('ci', { accessKey2Active: false, accessKey2LastRotated: daysAgo(900) })), expect: ['PASS'], keys: ['no-keys'] },
    { name: 'a report without the rotation date (an older snapshot): ERROR, never "rotated"', facts: report(row('ci', { accessKey1Active: true })), expect: ['ERROR'] },
    { name: 'the report refused', facts: { 'iam.credentialReport': denied('GenerateCredentialReport') }, expect: ['ERROR'] },
  ]);
});
