import { describe } from 'vitest';
import securityhubEnabled from '../../src/checks/securityhub/enabled.js';
import { checkCases, denied, failure } from '../helpers.js';

describe('securityhub.enabled', () => {
  // Security Hub API Reference, DescribeHub: the hub where it is on; InvalidAccessException "not subscribed" where it is off (read as not-enabled).
  checkCases(securityhubEnabled, [
    { name: 'on', facts: { 'securityhub.hub@us-east-1': { enabled: true } }, expect: ['PASS'], keys: ['enabled'] },
    { name: 'off', facts: { 'securityhub.hub@us-east-1': { enabled: false } }, expect: ['FAIL'], keys: ['disabled'] },
    { name: 'each region on its own', regions: ['eu-west-1', 'us-east-1'], facts: { 'securityhub.hub@us-east-1': { enabled: true }, 'securityhub.hub@eu-west-1': { enabled: false } }, expect: ['FAIL', 'PASS'] },
    { name: 'the read refused is ERROR for the region, never "off"', facts: { 'securityhub.hub@us-east-1': denied('DescribeHub') }, expect: ['ERROR'] },
    { name: 'throttled past retries: ERROR', facts: { 'securityhub.hub@us-east-1': failure('DescribeHub', 'throttled', 'TooManyRequestsException') }, expect: ['ERROR'] },
  ]);
});
