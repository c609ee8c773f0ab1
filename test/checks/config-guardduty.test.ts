import { describe } from 'vitest';
import recorder from '../../src/checks/config/recorder.js';
import guardduty from '../../src/checks/guardduty/enabled.js';
import type { ConfigRecorder } from '../../src/facts/catalog.js';
import { checkCases, failure, denied } from '../helpers.js';

const rec = (fields: Partial<ConfigRecorder> = {}): ConfigRecorder => ({ name: 'default', allSupported: true, includeGlobalResourceTypes: true, resourceTypes: [], exclusionTypes: [], ...fields });
function configIn(region: string, recorders: ConfigRecorder[], recording = true, channel = true, lastStatus = 'SUCCESS') {
  return {
    [`config.recorders@${region}`]: recorders,
    [`config.recorderStatuses@${region}`]: recorders.map((r) => ({ name: r.name, recording, lastStatus })),
    [`config.deliveryChannels@${region}`]: channel ? [{ name: 'default' }] : [],
  };
}

describe('config.recorder', () => {
  checkCases(recorder, [
    { name: 'recording everything', facts: configIn('us-east-1', [rec()]), expect: ['PASS'], keys: ['recording'] },
    { name: 'no recorder', facts: configIn('us-east-1', []), expect: ['FAIL'], keys: ['no-recorder'] },
    { name: 'stopped', facts: configIn('us-east-1', [rec()], false), expect: ['FAIL'], keys: ['not-recording'] },
    { name: 'last status failure', facts: configIn('us-east-1', [rec()], true, true, 'Failure'), expect: ['FAIL'], keys: ['last-failed'] },
    { name: 'no delivery channel', facts: configIn('us-east-1', [rec()], true, false), expect: ['FAIL'], keys: ['no-delivery-channel'] },
    { name: 'inclusion list only', facts: configIn('us-east-1', [rec({ allSupported: false, strategy: 'INCLUSION_BY_RESOURCE_TYPES', resourceTypes: ['AWS::EC2::Instance'] })]), expect: ['FAIL'], keys: ['partial-types'] },
    {
      name: 'exclusion strategy (Control Tower) passes and names the exclusions',
      facts: configIn('us-east-1', [rec({ allSupported: false, includeGlobalResourceTypes: false, strategy: 'EXCLUSION_BY_RESOURCE_TYPES', exclusionTypes: ['AWS::EC2::NetworkInterface'] })]),
      expect: ['PASS'],
      keys: ['recording-with-exclusions'],
      messages: ['AWS::EC2::NetworkInterface'],
    },
    {
      name: 'a service-linked recorder is not the customer\'s',
      facts: configIn('us-east-1', [rec({ name: 'slr', servicePrincipal: 'securityhub.amazonaws.com', recordingScope: 'INTERNAL' })]),
      expect: ['FAIL'],
      keys: ['no-recorder'],
    },
    {
      name: 'global types recorded in some audited region',
      regions: ['eu-west-1', 'us-east-1'],
      facts: { ...configIn('eu-west-1', [rec()]), ...configIn('us-east-1', [rec({ includeGlobalResourceTypes: false })]) },
      expect: ['PASS', 'PASS'],
    },
    {
      name: 'global types recorded nowhere: one finding, in us-east-1',
      regions: ['eu-west-1', 'us-east-1'],
      facts: { ...configIn('eu-west-1', [rec({ includeGlobalResourceTypes: false })]), ...configIn('us-east-1', [rec({ includeGlobalResourceTypes: false })]) },
      expect: ['PASS', 'FAIL'],
      keys: ['recording', 'no-global-types'],
    },
    {
      name: 'global types recorded in no audited region, but --regions left out an enabled region: SKIPPED, not FAIL',
      regions: ['us-east-1'],
      facts: {
        ...configIn('us-east-1', [rec({ includeGlobalResourceTypes: false })]),
        'account.regions': ['eu-west-1', 'us-east-1'].map((name) => ({ name, enabled: true, status: 'ENABLED_BY_DEFAULT' })),
      },
      expect: ['SKIPPED'],
      keys: ['global-types-unaudited'],
      messages: ['1 enabled region(s) were left out by --regions'],
    },
    { name: 'a recorder with a service principal is not the customer\'s', facts: configIn('us-east-1', [rec({ servicePrincipal: 'config-conforms.amazonaws.com' })]), expect: ['FAIL'], keys: ['no-recorder'] },
    { name: 'an internal recorder is not the customer\'s', facts: configIn('us-east-1', [rec({ recordingScope: 'INTERNAL' })]), expect: ['FAIL'], keys: ['no-recorder'] },
    {
      name: 'the status is the recorder\'s own, not another\'s',
      facts: { ...configIn('us-east-1', [rec()]), 'config.recorderStatuses@us-east-1': [{ name: 'old', recording: false }, { name: 'default', recording: true }] },
      expect: ['PASS'],
    },
    { name: 'no status for the recorder: not recording', facts: { ...configIn('us-east-1', [rec()]), 'config.recorderStatuses@us-east-1': [] }, expect: ['FAIL'], keys: ['not-recording'] },
    { name: 'recording, no delivery attempted yet', facts: { ...configIn('us-east-1', [rec()]), 'config.recorderStatuses@us-east-1': [{ name: 'default', recording: true }] }, expect: ['PASS'] },
    {
      name: 'exclusions naming IAM among others: no global types',
      facts: configIn('us-east-1', [rec({ allSupported: false, includeGlobalResourceTypes: false, strategy: 'EXCLUSION_BY_RESOURCE_TYPES' as const, exclusionTypes: ['AWS::EC2::NetworkInterface', 'AWS::IAM::User'] })]),
      expect: ['FAIL'],
      keys: ['no-global-types'],
    },
    {
      name: 'several exclusions are all named',
      facts: configIn('us-east-1', [rec({ allSupported: false, includeGlobalResourceTypes: false, strategy: 'EXCLUSION_BY_RESOURCE_TYPES' as const, exclusionTypes: ['AWS::EC2::NetworkInterface', 'AWS::EC2::Volume'] })]),
      expect: ['PASS'],
      messages: ['AWS::EC2::NetworkInterface, AWS::EC2::Volume'],
    },
    { name: 'the exclusion strategy excluding nothing: recording everything', facts: configIn('us-east-1', [rec({ allSupported: false, includeGlobalResourceTypes: false, strategy: 'EXCLUSION_BY_RESOURCE_TYPES' as const, exclusionTypes: [] })]), expect: ['PASS'], keys: ['recording'] },
    { name: 'exclusions count only under the exclusion strategy', facts: configIn('us-east-1', [rec({ exclusionTypes: ['AWS::EC2::Volume'] })]), expect: ['PASS'], keys: ['recording'] },
    {
      name: 'global types recorded nowhere readable, another region unreadable: ERROR, not FAIL',
      regions: ['eu-west-1', 'us-east-1'],
      facts: { 'config.recorders@eu-west-1': denied('DescribeConfigurationRecorders'), ...configIn('us-east-1', [rec({ includeGlobalResourceTypes: false })]) },
      expect: ['ERROR', 'ERROR'],
    },
    {
      name: 'a region left out by --regions that is not enabled does not count',
      regions: ['us-east-1'],
      facts: {
        ...configIn('us-east-1', [rec({ includeGlobalResourceTypes: false })]),
        'account.regions': [{ name: 'us-east-1', enabled: true, status: 'ENABLED_BY_DEFAULT' }, { name: 'me-south-1', enabled: false, status: 'DISABLED' }],
      },
      expect: ['FAIL'],
      keys: ['no-global-types'],
    },
    {
      name: 'a region whose reads fail is ERROR for that region, never dropped',
      regions: ['eu-west-1', 'us-east-1'],
      facts: { 'config.recorders@eu-west-1': denied('DescribeConfigurationRecorders'), ...configIn('us-east-1', [rec()]) },
      expect: ['ERROR', 'PASS'],
    },
  ]);
});

describe('config.recorder exclusions', () => {
  checkCases(recorder, [
    {
      name: 'IAM types excluded in every audited region: no global types',
      facts: configIn('us-east-1', [rec({ allSupported: false, includeGlobalResourceTypes: false, strategy: 'EXCLUSION_BY_RESOURCE_TYPES', exclusionTypes: ['AWS::IAM::User', 'AWS::IAM::Role'] })]),
      expect: ['FAIL'],
      keys: ['no-global-types'],
    },
  ]);
});

describe('guardduty.enabled', () => {
  const scpDeny = failure('ListDetectors', 'organization-denied', 'AccessDeniedException', 'is not authorized to perform: guardduty:ListDetectors with an explicit deny in a service control policy');
  checkCases(guardduty, [
    {
      name: "a region the organization's SCP denies (Control Tower's Region deny control): SKIPPED, saying so, never ERROR",
      regions: ['us-east-1', 'ap-east-2'],
      facts: { 'guardduty.detectors@us-east-1': [{ id: 'd1', status: 'ENABLED' }], 'guardduty.administrator@us-east-1/d1': null, 'guardduty.detectors@ap-east-2': scpDeny },
      expect: ['PASS', 'SKIPPED'],
      messages: ['', "region ap-east-2 is denied by the organization's service control policy"],
    },
    { name: 'a refusal that names no SCP stays ERROR', facts: { 'guardduty.detectors@us-east-1': denied('ListDetectors') }, expect: ['ERROR'] },
    { name: 'enabled', facts: { 'guardduty.detectors@us-east-1': [{ id: 'd1', status: 'ENABLED' }], 'guardduty.administrator@us-east-1/d1': null }, expect: ['PASS'], keys: ['enabled'] },
    {
      name: 'enabled in a member, administered by the organization: PASS, and says so',
      facts: { 'guardduty.detectors@us-east-1': [{ id: 'd1', status: 'ENABLED' }], 'guardduty.administrator@us-east-1/d1': { accountId: '999999999999', relationship: 'Enabled' } },
      expect: ['PASS'],
      keys: ['enabled-by-organization'],
      messages: ['999999999999'],
    },
    {
      name: 'the administrator cannot be read: still PASS on the detector alone',
      facts: { 'guardduty.detectors@us-east-1': [{ id: 'd1', status: 'ENABLED' }], 'guardduty.administrator@us-east-1/d1': denied('GetAdministratorAccount') },
      expect: ['PASS'],
      keys: ['enabled'],
    },
    { name: 'suspended', facts: { 'guardduty.detectors@us-east-1': [{ id: 'd1', status: 'DISABLED' }] }, expect: ['FAIL'], keys: ['suspended'] },
    { name: 'none', facts: { 'guardduty.detectors@us-east-1': [] }, expect: ['FAIL'], keys: ['no-detector'] },
    { name: 'a status AWS did not give is unknown, not suspended: ERROR', facts: { 'guardduty.detectors@us-east-1': [{ id: 'd1', status: 'UNKNOWN' }] }, expect: ['ERROR'] },
    { name: 'one enabled among several', facts: { 'guardduty.detectors@us-east-1': [{ id: 'd0', status: 'DISABLED' }, { id: 'd1', status: 'ENABLED' }] }, expect: ['PASS'] },
    { name: 'denied', facts: { 'guardduty.detectors@us-east-1': denied('ListDetectors') }, expect: ['ERROR'] },
    {
      name: 'per region; a failing region is ERROR, the others still evaluated',
      regions: ['eu-west-1', 'us-east-1'],
      facts: { 'guardduty.detectors@eu-west-1': denied('ListDetectors'), 'guardduty.detectors@us-east-1': [{ id: 'd1', status: 'ENABLED' }] },
      expect: ['ERROR', 'PASS'],
    },
  ]);
});
