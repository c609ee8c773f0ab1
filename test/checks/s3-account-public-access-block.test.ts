import { describe } from 'vitest';
import s3AccountPublicAccessBlock from '../../src/checks/s3/account-public-access-block.js';
import { checkCases, denied } from '../helpers.js';

const ALL_ON = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

describe('s3.account-public-access-block', () => {
  // S3 Control API Reference, GetPublicAccessBlock: the four settings of the account, or NoSuchPublicAccessBlockConfiguration; CIS 2.1.4, FSBP S3.1.
  checkCases(s3AccountPublicAccessBlock, [
    { name: 'all four on', facts: { 's3control.publicAccessBlock': ALL_ON }, expect: ['PASS'], keys: ['on'] },
    { name: 'none configured', facts: { 's3control.publicAccessBlock': null }, expect: ['FAIL'], keys: ['none'] },
    {
      name: 'two off, named in their order',
      facts: { 's3control.publicAccessBlock': { ...ALL_ON, IgnorePublicAcls: false, RestrictPublicBuckets: false } },
      expect: ['FAIL'],
      keys: ['partial'],
      messages: ['leaves off: IgnorePublicAcls, RestrictPublicBuckets.'],
    },
    { name: 'one off is enough to fail', facts: { 's3control.publicAccessBlock': { ...ALL_ON, BlockPublicAcls: false } }, expect: ['FAIL'], messages: ['leaves off: BlockPublicAcls.'] },
    { name: 'the read refused is ERROR, never "none"', facts: { 's3control.publicAccessBlock': denied('GetPublicAccessBlock') }, expect: ['ERROR'] },
  ]);
});
