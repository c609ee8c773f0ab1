import { describe } from 'vitest';
import supportTrustedAdvisor from '../../src/checks/support/trusted-advisor.js';
import { checkCases, denied, failure } from '../helpers.js';

// AWS Support API Reference: DescribeTrustedAdvisorCheckSummaries (status ok, warning, error, not_available;
// resourcesSummary.resourcesFlagged); SubscriptionRequiredException without Business support or higher.
const check = (id: string, name: string, status: string, flagged = 0, category = 'security') => ({ id, name, category, status, flagged });
const advisor = (...checks: ReturnType<typeof check>[]) => ({ 'support.trustedAdvisor': checks });

describe('support.trusted-advisor', () => {
  checkCases(supportTrustedAdvisor, [
    { name: 'green, yellow and not available: none red', facts: advisor(check('Pfx0RwqBli', 'Amazon S3 Bucket Permissions', 'ok'), check('HCP4007jGY', 'Security Groups - Specific Ports Unrestricted', 'warning', 2), check('c1', 'Service Limits', 'not_available')), expect: ['PASS'], keys: ['clear'], messages: ['(3 checks)'] },
    {
      name: 'two red checks: a FAIL for each, naming it',
      facts: advisor(check('7DAFEmoDos', 'MFA on Root Account', 'error', 1), check('Pfx0RwqBli', 'Amazon S3 Bucket Permissions', 'error', 3), check('HCP4007jGY', 'Security Groups - Specific Ports Unrestricted', 'warning', 2)),
      expect: ['FAIL', 'FAIL'],
      keys: ['red', 'red'],
      messages: ['"MFA on Root Account" (security) is red: 1 resource(s)', '"Amazon S3 Bucket Permissions" (security) is red: 3 resource(s)'],
    },
    { name: 'red beats a check without a status', facts: advisor(check('x', 'Exposed Access Keys', 'error', 1), check('y', 'IAM Use', 'unknown')), expect: ['FAIL'] },
    { name: 'a check without a status, none red: ERROR, never clear', facts: advisor(check('y', 'IAM Use', 'unknown'), check('z', 'Root MFA', 'ok')), expect: ['ERROR'] },
    { name: 'no checks listed: nothing judged, ERROR (never "none red")', facts: advisor(), expect: ['ERROR'] },
    { name: 'Basic or Developer support: MANUAL, to review in the console', facts: { 'support.trustedAdvisor': null }, expect: ['MANUAL'], keys: ['basic-support'] },
    { name: 'the read refused is ERROR', facts: { 'support.trustedAdvisor': denied('DescribeTrustedAdvisorChecks') }, expect: ['ERROR'] },
    { name: 'throttled is ERROR', facts: { 'support.trustedAdvisor': failure('DescribeTrustedAdvisorCheckSummaries', 'throttled', 'Throttling') }, expect: ['ERROR'] },
  ]);
});
