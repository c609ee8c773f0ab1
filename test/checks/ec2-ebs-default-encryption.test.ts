import { describe } from 'vitest';
import ebsDefaultEncryption from '../../src/checks/ec2/ebs-default-encryption.js';
import { checkCases, denied } from '../helpers.js';

describe('ec2.ebs-default-encryption', () => {
  // EC2 API Reference, GetEbsEncryptionByDefault: EbsEncryptionByDefault, per region; CIS 2.2.1.
  checkCases(ebsDefaultEncryption, [
    { name: 'on', facts: { 'ec2.ebsEncryptionByDefault@us-east-1': { enabled: true } }, expect: ['PASS'], keys: ['enabled'] },
    { name: 'off', facts: { 'ec2.ebsEncryptionByDefault@us-east-1': { enabled: false } }, expect: ['FAIL'], keys: ['disabled'] },
    { name: 'the read refused is ERROR for the region, never "off"', facts: { 'ec2.ebsEncryptionByDefault@us-east-1': denied('GetEbsEncryptionByDefault') }, expect: ['ERROR'] },
  ]);
});
