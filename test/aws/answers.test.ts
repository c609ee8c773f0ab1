import { ListRegionsCommand } from '@aws-sdk/client-account';
import { DescribeTrailsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeConfigurationRecordersCommand } from '@aws-sdk/client-config-service';
import { GetDetectorCommand, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { GetAccountAuthorizationDetailsCommand } from '@aws-sdk/client-iam';
import { ListAccountsCommand } from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyError } from '../../src/aws/errors.js';
import type { CollectError } from '../../src/facts/errors.js';
import { organizationAccounts } from '../../src/aws/organization.js';
import { freshStore, IDENTITY } from './live-helpers.js';
import { mockSdkClients } from './sdk-mocks.js';

const { mocks, resetMocks } = mockSdkClients();

/**
 * A 200 that is not AWS's answer (a member AWS always sends left out, a page token served twice, an item
 * listed twice) is an error of its own kind, asked for once more: never an empty list, `false`, the end
 * of a list or a second copy.
 */
beforeEach(() => {
  resetMocks();
  mocks.sts.on(GetCallerIdentityCommand).resolves(IDENTITY);
});

describe('answers of the wrong shape', () => {
  const cases: [string, () => void, Parameters<ReturnType<typeof freshStore>['store']['get']>][] = [
    ['ListRegions without Regions (every region would look not enabled)', () => mocks.account.on(ListRegionsCommand).resolves({}), ['account.regions']],
    ['DescribeTrails without trailList', () => mocks.cloudtrail.on(DescribeTrailsCommand).resolves({}), ['cloudtrail.trails', 'us-east-1']],
    ['GetTrailStatus without IsLogging', () => mocks.cloudtrail.on(GetTrailStatusCommand).resolves({}), ['cloudtrail.trailStatus', 'arn:aws:cloudtrail:us-east-1:123456789012:trail/main']],
    ['DescribeConfigurationRecorders without the list', () => mocks.config.on(DescribeConfigurationRecordersCommand).resolves({}), ['config.recorders', 'us-east-1']],
    ['ListDetectors without DetectorIds', () => mocks.guardduty.on(ListDetectorsCommand).resolves({}), ['guardduty.detectors', 'us-east-1']],
  ];
  for (const [name, serve, [key, qualifier]] of cases) {
    it(`${name}: malformed, asked twice`, async () => {
      serve();
      await expect(freshStore().store.get(key, qualifier)).rejects.toMatchObject({ kind: 'malformed', code: 'NotAnAwsAnswer' });
      // Asked twice (ListRegions's answer also sends the audit to its EC2 fallback, which is not counted here).
      const calls = Object.entries(mocks).filter(([service]) => service !== 'sts' && service !== 'ec2').reduce((count, [, mock]) => count + mock.calls().length, 0);
      expect(calls).toBe(2);
    });
  }

  it("an answer the fact's schema refuses: malformed, and said in Japanese too, zod's detail included", async () => {
    mocks.guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] }).on(GetDetectorCommand).resolves({ Status: 42 as unknown as 'ENABLED', ServiceRole: 'r' });
    const refused = (await freshStore().store.get('guardduty.detectors', 'us-east-1').catch((error: unknown) => error)) as CollectError;
    expect(refused).toMatchObject({ kind: 'malformed', code: 'NotAnAwsAnswer' });
    expect(refused.message).toMatch(/^the answer to guardduty:ListDetectors was not what AWS sends \(0\.status: Invalid input: expected string, received number\)/);
    expect(refused.ja).toMatch(/^guardduty:ListDetectors への応答は AWS が送るものではありませんでした\(0\.status: /);
    expect(refused.ja).not.toMatch(/Invalid input|expected|received/);
  });

  it('a wrong answer that clears on the second ask gives the verdict', async () => {
    mocks.guardduty.on(ListDetectorsCommand).resolvesOnce({}).resolves({ DetectorIds: [] });
    await expect(freshStore().store.get('guardduty.detectors', 'us-east-1')).resolves.toEqual([]);
  });

  it('a body the SDK cannot read as the protocol (cut, not JSON) is malformed too', () => {
    const error = Object.assign(new Error('Unexpected end of JSON input\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.'), { name: 'SyntaxError' });
    expect(classifyError(error, 'guardduty', 'ListDetectors').kind).toBe('malformed');
  });
});

describe('pagination that is not AWS\'s', () => {
  it('a page token given twice: malformed, never the end of the list', async () => {
    mocks.guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: ['a'], NextToken: 'same' });
    await expect(freshStore().store.get('guardduty.detectors', 'us-east-1')).rejects.toMatchObject({ kind: 'malformed', code: 'BrokenPagination' });
  });

  it('an item listed twice (a page served again): malformed, never a second copy', async () => {
    mocks.guardduty.on(ListDetectorsCommand, { NextToken: undefined }).resolves({ DetectorIds: ['a'], NextToken: 't1' }).on(ListDetectorsCommand, { NextToken: 't1' }).resolves({ DetectorIds: ['a'] });
    await expect(freshStore().store.get('guardduty.detectors', 'us-east-1')).rejects.toMatchObject({ kind: 'malformed' });
    const user = { UserName: 'admin', Arn: 'arn:aws:iam::123456789012:user/admin', GroupList: [], AttachedManagedPolicies: [], UserPolicyList: [] };
    const lists = { GroupDetailList: [], RoleDetailList: [], Policies: [] };
    mocks.iam.on(GetAccountAuthorizationDetailsCommand, { Marker: undefined }).resolves({ ...lists, UserDetailList: [user], IsTruncated: true, Marker: 'm1' }).on(GetAccountAuthorizationDetailsCommand, { Marker: 'm1' }).resolves({ ...lists, UserDetailList: [user], IsTruncated: false });
    await expect(freshStore().store.get('iam.authorizationDetails')).rejects.toMatchObject({ kind: 'malformed', code: 'BrokenPagination' });
  });

  it('ListAccounts: an account listed twice is audited once; a token given twice ends the listing with an error, not a loop', async () => {
    const account = (Id: string) => ({ Id, State: 'ACTIVE' as const });
    mocks.organizations
      .on(ListAccountsCommand, { NextToken: undefined })
      .resolves({ Accounts: [account('111111111111'), account('222222222222')], NextToken: 'p2' })
      .on(ListAccountsCommand, { NextToken: 'p2' })
      .resolves({ Accounts: [account('222222222222'), account('333333333333')], NextToken: 'p2' });
    const { session } = freshStore();
    const pages: string[][] = [];
    await expect(
      (async () => {
        for await (const page of organizationAccounts(session)) pages.push(page.map((entry) => entry.id));
      })(),
    ).rejects.toMatchObject({ kind: 'malformed', code: 'RepeatedPageToken' });
    expect(pages).toEqual([['111111111111', '222222222222'], ['333333333333']]);
    expect(mocks.organizations.commandCalls(ListAccountsCommand)).toHaveLength(2);
  });
});
