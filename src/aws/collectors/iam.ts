import {
  GenerateCredentialReportCommand,
  type GenerateCredentialReportCommandOutput,
  GetAccountSummaryCommand,
  type GetAccountSummaryCommandOutput,
  GetCredentialReportCommand,
  type GetCredentialReportCommandOutput,
  GetGroupCommand,
  type GetGroupCommandOutput,
  IAMClient,
  ListEntitiesForPolicyCommand,
  type ListEntitiesForPolicyCommandOutput,
  ListOrganizationsFeaturesCommand,
  type ListOrganizationsFeaturesCommandOutput,
  ListVirtualMFADevicesCommand,
  type ListVirtualMFADevicesCommandOutput,
} from '@aws-sdk/client-iam';
import { CollectError } from '../errors.js';
import type { AdminUser } from '../types.js';
import { type CollectContext, type CollectorSet, GLOBAL_REGION, paginate } from './context.js';
import { parseCredentialReport } from './credential-report.js';

type IamKeys = 'iam.accountSummary' | 'iam.credentialReport' | 'iam.virtualMfaDevices' | 'iam.adminUsers' | 'iam.organizationsFeatures';

const iam = (ctx: CollectContext) => ctx.session.client(IAMClient, 'iam', GLOBAL_REGION);

/** Polling the report's generation: brisk at first, bounded overall. */
export const REPORT_POLL_DELAYS_MS = [250, 500, 1000, 1000, 2000, 2000, 3000, 3000, 5000, 5000, 5000, 5000, 10000, 10000];

async function generateReport(ctx: CollectContext): Promise<void> {
  for (const delay of [0, ...REPORT_POLL_DELAYS_MS]) {
    if (delay) await ctx.sleep(delay);
    const out = await ctx.session.send<GenerateCredentialReportCommandOutput>(iam(ctx), 'iam', new GenerateCredentialReportCommand({}));
    if (out.State === 'COMPLETE') return;
  }
  const waited = REPORT_POLL_DELAYS_MS.reduce((sum, delay) => sum + delay, 0) / 1000;
  throw new CollectError({
    service: 'iam',
    operation: 'GenerateCredentialReport',
    code: 'ReportGenerationTimeout',
    kind: 'timeout',
    message: `the credential report was still being generated after ${waited} s`,
  });
}

export const iamCollectors: CollectorSet<IamKeys> = {
  async 'iam.accountSummary'(ctx) {
    const out = await ctx.session.send<GetAccountSummaryCommandOutput>(iam(ctx), 'iam', new GetAccountSummaryCommand({}));
    return Object.fromEntries(Object.entries(out.SummaryMap ?? {}).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
  },

  async 'iam.credentialReport'(ctx) {
    await generateReport(ctx);
    const out = await ctx.session.send<GetCredentialReportCommandOutput>(iam(ctx), 'iam', new GetCredentialReportCommand({}));
    return parseCredentialReport(new TextDecoder().decode(out.Content ?? new Uint8Array()));
  },

  async 'iam.virtualMfaDevices'(ctx) {
    const devices = await paginate<ListVirtualMFADevicesCommandOutput, NonNullable<ListVirtualMFADevicesCommandOutput['VirtualMFADevices']>[number]>(
      ctx,
      iam(ctx),
      'iam',
      (Marker) => new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned', Marker }),
      (page) => ({ items: page.VirtualMFADevices, next: page.IsTruncated ? page.Marker : undefined }),
    );
    return devices.map((device) => ({ serialNumber: device.SerialNumber ?? '', ...(device.User?.Arn ? { userArn: device.User.Arn } : {}) }));
  },

  /** Users with the AWS-managed AdministratorAccess, attached directly or through any group. */
  async 'iam.adminUsers'(ctx) {
    const { partition, accountId } = await ctx.fact('sts.identity');
    const entities = await paginate<ListEntitiesForPolicyCommandOutput, ListEntitiesForPolicyCommandOutput>(
      ctx,
      iam(ctx),
      'iam',
      (Marker) => new ListEntitiesForPolicyCommand({ PolicyArn: `arn:${partition}:iam::aws:policy/AdministratorAccess`, Marker }),
      (page) => ({ items: [page], next: page.IsTruncated ? page.Marker : undefined }),
    );
    const admins = new Map<string, AdminUser>();
    const add = (userName: string, arn: string, via: string) => {
      const admin = admins.get(userName) ?? { userName, arn, via: [] };
      if (!admin.via.includes(via)) admin.via.push(via);
      admins.set(userName, admin);
    };
    for (const user of entities.flatMap((page) => page.PolicyUsers ?? [])) {
      // ListEntitiesForPolicy gives no ARN; the path-less form is corrected from the credential report by the check.
      if (user.UserName) add(user.UserName, `arn:${partition}:iam::${accountId}:user/${user.UserName}`, 'direct');
    }
    const groups = entities.flatMap((page) => page.PolicyGroups ?? []).map((group) => group.GroupName).filter((name): name is string => !!name);
    const members = await Promise.all(
      groups.map((GroupName) =>
        paginate<GetGroupCommandOutput, NonNullable<GetGroupCommandOutput['Users']>[number]>(
          ctx,
          iam(ctx),
          'iam',
          (Marker) => new GetGroupCommand({ GroupName, Marker }),
          (page) => ({ items: page.Users, next: page.IsTruncated ? page.Marker : undefined }),
        ).then((users) => ({ group: GroupName, users })),
      ),
    );
    for (const { group, users } of members) for (const user of users) if (user.UserName && user.Arn) add(user.UserName, user.Arn, `group:${group}`);
    return [...admins.values()].sort((a, b) => a.userName.localeCompare(b.userName));
  },

  async 'iam.organizationsFeatures'(ctx) {
    const out = await ctx.session.send<ListOrganizationsFeaturesCommandOutput>(iam(ctx), 'iam', new ListOrganizationsFeaturesCommand({}));
    return out.EnabledFeatures ?? [];
  },
};
