import { loadOnce } from '../../core/lazy.js';
import type {
  GenerateCredentialReportCommandOutput,
  GetAccountAuthorizationDetailsCommandOutput,
  GetAccountPasswordPolicyCommandOutput,
  GetAccountSummaryCommandOutput,
  GetCredentialReportCommandOutput,
  GetPolicyCommandOutput,
  GetPolicyVersionCommandOutput,
  ListOrganizationsFeaturesCommandOutput,
  ListVirtualMFADevicesCommandOutput,
} from '@aws-sdk/client-iam';
import { paginate } from '../../aws/paginate.js';
import { type CollectContext, defineFact, GLOBAL_REGION } from '../define.js';
import { CollectError } from '../errors.js';
import { isJsonObject, listOf, parsePolicyDocument } from '../../core/policy-document.js';
import { arnAccount } from '../../core/arn.js';


const sdk = loadOnce(() => import('./sdk/iam.js'));
const iam = async (ctx: CollectContext) => ctx.session.client((await sdk()).IAMClient, 'iam', GLOBAL_REGION);

/**
 * When to poll for the report once its generation has started, each gap after the previous poll was
 * sent: brisk at first (the report is often the last fact an audit waits for, and it is seen at most a
 * gap after it is ready: four polls 50 ms apart found a report made in 250 ms ~45 ms sooner than
 * gaps of 50, 50, 100, 100), then backing off; bounded overall (~53 s, at most one poll per entry).
 */
export const REPORT_POLL_DELAYS_MS = [50, 50, 50, 50, 100, 100, 150, 250, 500, 1000, 1000, 2000, 2000, 3000, 3000, 5000, 5000, 5000, 5000, 10000, 10000];

/** GetCredentialReport's answers while a generation runs: the report is not there yet (query codes and SDK names). */
const REPORT_NOT_READY = new Set([
  'ReportInProgress',
  'CredentialReportNotReadyException',
  'ReportNotPresent',
  'CredentialReportNotPresentException',
  'ReportExpired',
  'CredentialReportExpiredException',
]);
const reportParser = () => import('../../aws/credential-report.js');

/** AWS hands back a report up to 4 hours old instead of generating one; an older one is not the report asked for. */
const REPORT_MAX_AGE_MS = 4 * 3_600_000;

type Report = GetCredentialReportCommandOutput;
type Polled = { report: Report } | { stale: true } | { error: unknown };

/**
 * Polls on the schedule, each poll sent when its time comes, not when the one before has answered (at
 * the start a round trip is longer than the gaps): the report is found at most one gap after it is
 * ready, not a round trip and a gap. The first poll that decides ends it: none is sent after, and
 * those still in flight are abandoned (they would hold the process open).
 */
async function pollReport(ctx: CollectContext, read: (cut: AbortSignal) => Promise<Report>): Promise<Polled | undefined> {
  const decided = new AbortController();
  let polled: Polled | undefined;
  const decide = (value: Polled) => {
    polled ??= value;
    decided.abort();
  };
  const inFlight: Promise<void>[] = [];
  for (const delay of REPORT_POLL_DELAYS_MS) {
    await ctx.sleep(delay, decided.signal);
    if (polled) return polled;
    inFlight.push(
      read(decided.signal).then(
        (report) => decide(!report.GeneratedTime || ctx.now().getTime() - report.GeneratedTime.getTime() < REPORT_MAX_AGE_MS ? { report } : { stale: true }),
        (error: unknown) => void (error instanceof CollectError && REPORT_NOT_READY.has(error.code) ? undefined : decide({ error })),
      ),
    );
  }
  await Promise.all(inFlight);
  return polled;
}

/**
 * Asks for the report's generation once, then polls the report itself rather than the generation:
 * the poll that finds it ready carries it, one round trip sooner than asking again whether it is done.
 * Should an older report be handed back while the new one is made, the generation is awaited instead.
 */
async function readReport(ctx: CollectContext): Promise<Report> {
  const { GenerateCredentialReportCommand, GetCredentialReportCommand } = await sdk();
  const client = await iam(ctx);
  const read = (cut?: AbortSignal) => ctx.session.send<Report>(client, 'iam', new GetCredentialReportCommand({}), cut);
  const generated = async () => (await ctx.session.send<GenerateCredentialReportCommandOutput>(client, 'iam', new GenerateCredentialReportCommand({}))).State === 'COMPLETE';
  const complete = await generated();
  // The parser (and zod) load while AWS works on the report, not beside the first calls.
  void reportParser().catch(() => undefined);
  if (complete) return read();
  const polled = await pollReport(ctx, read);
  if (polled && 'report' in polled) return polled.report;
  if (polled && 'error' in polled) throw polled.error;
  if (polled) {
    for (const delay of REPORT_POLL_DELAYS_MS) {
      await ctx.sleep(delay);
      if (await generated()) return read();
    }
  }
  const waited = REPORT_POLL_DELAYS_MS.reduce((sum, delay) => sum + delay, 0) / 1000;
  throw new CollectError({ service: 'iam', operation: 'GetCredentialReport', code: 'ReportGenerationTimeout', kind: 'timeout', message: `the credential report was still being generated after ${waited} s`, ja: `認証情報レポートは ${waited} 秒後もまだ生成中でした` });
}

/**
 * Services that run what a caller gives them with a role passed to them (`iam:PassRole`, "Granting a user permissions to pass a
 * role to an AWS service"): a Lambda function's code, a CloudFormation stack's template, an EC2 instance's user data (its role
 * through an instance profile), a CodeBuild buildspec, a Glue script, a SageMaker notebook or job, an ECS task's container.
 * Whoever may pass such a role and have the service run is as powerful as the role, so a role that one of them may assume is
 * kept as a role a user might assume is. One declaration: the judgement asks the same services.
 */
export const ROLE_RUNNING_SERVICES = [
  'lambda.amazonaws.com',
  'cloudformation.amazonaws.com',
  'ec2.amazonaws.com',
  'codebuild.amazonaws.com',
  'glue.amazonaws.com',
  'sagemaker.amazonaws.com',
  'ecs-tasks.amazonaws.com',
] as const;

/**
 * Whether a role's trust policy could admit a principal of its own account (it names one: a user, a role, the account itself;
 * everyone, `*`; or everyone but some, `NotPrincipal`) or a service of ROLE_RUNNING_SERVICES. The others (another service's role,
 * a federated identity's, another account's) no user of the account can use: they are not kept, nor their policies read. Coarse
 * on purpose: which user may assume or pass a kept role, and how, is the judgement's (checks/iam/administrators.ts).
 */
export function mayBeAssumedOrPassed(trust: string | undefined, accountId: string): boolean {
  const document = parsePolicyDocument(trust);
  if (!isJsonObject(document)) return trust !== undefined; // present but unreadable: kept, for the judgement to say so
  const runners: readonly string[] = ROLE_RUNNING_SERVICES;
  return listOf(document.Statement).some((statement) => {
    if (!isJsonObject(statement)) return false;
    if (statement.NotPrincipal !== undefined || statement.Principal === '*') return true;
    const named = (key: string) => (isJsonObject(statement.Principal) ? listOf(statement.Principal[key]) : []);
    return (
      named('AWS').some((principal) => typeof principal === 'string' && (principal === '*' || principal === accountId || arnAccount(principal) === accountId)) ||
      named('Service').some((service) => typeof service === 'string' && runners.includes(service))
    );
  });
}

/** A managed policy that GetAccountAuthorizationDetails does not carry (an AWS-managed one): its default version's document. */
async function readManagedPolicy(ctx: CollectContext, arn: string): Promise<{ arn: string; name: string; document?: string }> {
  const { GetPolicyCommand, GetPolicyVersionCommand } = await sdk();
  const client = await iam(ctx);
  const policy = (await ctx.session.send<GetPolicyCommandOutput>(client, 'iam', new GetPolicyCommand({ PolicyArn: arn }))).Policy;
  if (!policy?.DefaultVersionId) {
    throw new CollectError({ service: 'iam', operation: 'GetPolicy', code: 'NotAnAwsAnswer', kind: 'malformed', message: `the answer to iam:GetPolicy for ${arn} had no default version in it`, ja: `${arn} についての iam:GetPolicy の応答にデフォルトバージョンがありませんでした` });
  }
  const version = await ctx.session.send<GetPolicyVersionCommandOutput>(client, 'iam', new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: policy.DefaultVersionId }));
  const document = version.PolicyVersion?.Document;
  return { arn, name: policy.PolicyName ?? arn.split('/').pop() ?? arn, ...(document ? { document } : {}) };
}

export const iamFacts = {
  /** The account's password policy for IAM users; none set is NoSuchEntity (kind not-enabled), as GetAccountPasswordPolicy documents. */
  'iam.passwordPolicy': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['iam:GetAccountPasswordPolicy'],
    schema: (z) =>
      z.strictObject({
        minimumLength: z.number().int(),
        reusePrevention: z.number().int().optional(),
        requireSymbols: z.boolean(),
        requireNumbers: z.boolean(),
        requireUppercase: z.boolean(),
        requireLowercase: z.boolean(),
        allowUsersToChange: z.boolean(),
        maxAgeDays: z.number().int().optional(),
        hardExpiry: z.boolean(),
      }),
    async collect(ctx) {
      const { GetAccountPasswordPolicyCommand } = await sdk();
      const policy = (await ctx.session.send<GetAccountPasswordPolicyCommandOutput>(await iam(ctx), 'iam', new GetAccountPasswordPolicyCommand({}))).PasswordPolicy ?? {};
      return {
        // IAM's documented default minimum is 6 where a policy leaves it out.
        minimumLength: policy.MinimumPasswordLength ?? 6,
        ...(policy.PasswordReusePrevention !== undefined ? { reusePrevention: policy.PasswordReusePrevention } : {}),
        requireSymbols: policy.RequireSymbols === true,
        requireNumbers: policy.RequireNumbers === true,
        requireUppercase: policy.RequireUppercaseCharacters === true,
        requireLowercase: policy.RequireLowercaseCharacters === true,
        allowUsersToChange: policy.AllowUsersToChangePassword === true,
        ...(policy.MaxPasswordAge !== undefined ? { maxAgeDays: policy.MaxPasswordAge } : {}),
        hardExpiry: policy.HardExpiry === true,
      };
    },
  }),

  'iam.accountSummary': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['iam:GetAccountSummary'],
    schema: (z) => z.record(z.string(), z.number()),
    async collect(ctx) {
      const { GetAccountSummaryCommand } = await sdk();
      const out = await ctx.session.send<GetAccountSummaryCommandOutput>(await iam(ctx), 'iam', new GetAccountSummaryCommand({}));
      return Object.fromEntries(Object.entries(out.SummaryMap ?? {}).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
    },
  }),

  /**
   * Every user's row (root's included); absent values (`N/A`, `not_supported`, `no_information`) are
   * undefined. AWS may hand back a report up to 4 hours old: results built on it say when it was made.
   */
  'iam.credentialReport': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['iam:GenerateCredentialReport', 'iam:GetCredentialReport'],
    schema: (z) =>
      z.strictObject({
        generatedAt: z.iso.datetime({ offset: true }).optional(),
        users: z.array(
          z.strictObject({
          user: z.string(),
          arn: z.string(),
          // Optional: snapshots taken before the checks that read them have none (those checks then ERROR).
          createdAt: z.iso.datetime({ offset: true }).optional(),
          passwordEnabled: z.boolean().optional(),
          passwordLastUsed: z.iso.datetime({ offset: true }).optional(),
          passwordLastChanged: z.iso.datetime({ offset: true }).optional(),
          mfaActive: z.boolean(),
          accessKey1Active: z.boolean(),
          accessKey1LastRotated: z.iso.datetime({ offset: true }).optional(),
          accessKey1LastUsed: z.iso.datetime({ offset: true }).optional(),
          accessKey2Active: z.boolean(),
          accessKey2LastRotated: z.iso.datetime({ offset: true }).optional(),
          accessKey2LastUsed: z.iso.datetime({ offset: true }).optional(),
          }),
        ),
      }),
    async collect(ctx) {
      const out = await readReport(ctx);
      const { parseCredentialReport } = await reportParser();
      if (!out.Content) throw new CollectError({ service: 'iam', operation: 'GetCredentialReport', code: 'NotAnAwsAnswer', kind: 'malformed', message: 'the answer to iam:GetCredentialReport had no report in it', ja: 'iam:GetCredentialReport の応答にレポートがありませんでした' });
      const users = parseCredentialReport(new TextDecoder().decode(out.Content));
      return { ...(out.GeneratedTime ? { generatedAt: out.GeneratedTime.toISOString() } : {}), users };
    },
  }),

  'iam.virtualMfaDevices': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['iam:ListVirtualMFADevices'],
    schema: (z) => z.array(z.strictObject({ serialNumber: z.string(), userArn: z.string().optional() })),
    async collect(ctx) {
      const { ListVirtualMFADevicesCommand } = await sdk();
      const devices = await paginate<ListVirtualMFADevicesCommandOutput, NonNullable<ListVirtualMFADevicesCommandOutput['VirtualMFADevices']>[number]>(
        ctx,
        await iam(ctx),
        'iam',
        (Marker) => new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned', Marker }),
        (page) => ({ items: page.VirtualMFADevices, next: page.IsTruncated ? page.Marker : undefined }),
        (device) => device.SerialNumber ?? '',
      );
      return devices.map((device) => ({ serialNumber: device.SerialNumber ?? '', ...(device.User?.Arn ? { userArn: device.User.Arn } : {}) }));
    },
  }),

  /**
   * What decides who is an administrator (src/checks/iam/administrators.ts), as read: users (with their
   * groups, policies and permissions boundary), groups, and the managed policies they hold with their
   * default version's document. GetAccountAuthorizationDetails gives the customer's own policies; the
   * AWS-managed ones in use (attached, or a boundary) are read one by one, AdministratorAccess aside
   * (its document is known). A snapshot keeps all of it, so an offline audit decides the same.
   */
  'iam.authorizationDetails': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['iam:GetAccountAuthorizationDetails', 'iam:GetPolicy', 'iam:GetPolicyVersion'],
    schema: (z) => {
      const inline = z.array(z.strictObject({ name: z.string(), document: z.string().optional() }));
      return z.strictObject({
        users: z.array(z.strictObject({ name: z.string(), arn: z.string(), groups: z.array(z.string()), attached: z.array(z.string()), inline, boundary: z.string().optional() })),
        groups: z.array(z.strictObject({ name: z.string(), arn: z.string(), attached: z.array(z.string()), inline })),
        // `versions`: a customer policy's other versions (any may be made the default), where it has some.
        policies: z.array(z.strictObject({ arn: z.string(), name: z.string(), document: z.string().optional(), versions: z.array(z.string()).optional() })),
        // Absent in a snapshot taken before roles were read.
        // `instanceProfiles`: those that hold the role, where some do (absent in a snapshot taken before they were read).
        roles: z
          .array(z.strictObject({ name: z.string(), arn: z.string(), trust: z.string().optional(), attached: z.array(z.string()), inline, boundary: z.string().optional(), instanceProfiles: z.array(z.string()).optional() }))
          .optional(),
      });
    },
    async collect(ctx) {
      const [{ GetAccountAuthorizationDetailsCommand }, client, { partition, accountId }] = await Promise.all([sdk(), iam(ctx), ctx.identity()]);
      const pages = await paginate<GetAccountAuthorizationDetailsCommandOutput, GetAccountAuthorizationDetailsCommandOutput>(
        ctx,
        client,
        'iam',
        (Marker) => new GetAccountAuthorizationDetailsCommand({ Filter: ['User', 'Group', 'Role', 'LocalManagedPolicy'], Marker }),
        (page) => ({ items: [page], next: page.IsTruncated ? page.Marker : undefined }),
      );
      const inline = (policies: { PolicyName?: string; PolicyDocument?: string }[] | undefined) =>
        (policies ?? []).map((policy) => ({ name: policy.PolicyName ?? '', ...(policy.PolicyDocument ? { document: policy.PolicyDocument } : {}) }));
      const attached = (policies: { PolicyArn?: string }[] | undefined) => (policies ?? []).map((policy) => policy.PolicyArn ?? '');
      // An EC2 instance runs as a role only through an instance profile that holds it: kept where there is one.
      const instanceProfiles = (profiles: { InstanceProfileName?: string }[] | undefined) => {
        const names = (profiles ?? []).map((profile) => profile.InstanceProfileName ?? '');
        return names.length > 0 ? { instanceProfiles: names } : {};
      };
      // A page served twice would list a user twice (and report an administrator twice): not AWS's answer.
      const once = <T extends { arn: string }>(items: T[]) => {
        const seen = new Set<string>();
        const twice = items.find((item) => {
          if (seen.has(item.arn)) return true;
          seen.add(item.arn);
          return false;
        });
        if (twice) throw new CollectError({ service: 'iam', operation: 'GetAccountAuthorizationDetails', code: 'BrokenPagination', kind: 'malformed', message: `iam:GetAccountAuthorizationDetails listed ${twice.arn} twice: the list cannot be trusted`, ja: `iam:GetAccountAuthorizationDetails が ${twice.arn} を二度返しました。この一覧は信頼できません` });
        return items;
      };
      const users = once(
        pages.flatMap((page) => page.UserDetailList ?? []).map((user) => ({
          name: user.UserName ?? '',
          arn: user.Arn ?? '',
          groups: user.GroupList ?? [],
          attached: attached(user.AttachedManagedPolicies),
          inline: inline(user.UserPolicyList),
          ...(user.PermissionsBoundary?.PermissionsBoundaryArn ? { boundary: user.PermissionsBoundary.PermissionsBoundaryArn } : {}),
        })),
      );
      const groups = once(pages.flatMap((page) => page.GroupDetailList ?? []).map((group) => ({ name: group.GroupName ?? '', arn: group.Arn ?? '', attached: attached(group.AttachedManagedPolicies), inline: inline(group.GroupPolicyList) })));
      const roles = once(
        pages
          .flatMap((page) => page.RoleDetailList ?? [])
          .filter((role) => mayBeAssumedOrPassed(role.AssumeRolePolicyDocument, accountId))
          .map((role) => ({
            name: role.RoleName ?? '',
            arn: role.Arn ?? '',
            ...(role.AssumeRolePolicyDocument ? { trust: role.AssumeRolePolicyDocument } : {}),
            attached: attached(role.AttachedManagedPolicies),
            inline: inline(role.RolePolicyList),
            ...(role.PermissionsBoundary?.PermissionsBoundaryArn ? { boundary: role.PermissionsBoundary.PermissionsBoundaryArn } : {}),
            ...instanceProfiles(role.InstanceProfileList),
          })),
      );
      const customer = once(
        pages.flatMap((page) => page.Policies ?? []).map((policy) => {
          const document = policy.PolicyVersionList?.find((version) => version.IsDefaultVersion)?.Document;
          const versions = (policy.PolicyVersionList ?? []).flatMap((version) => (!version.IsDefaultVersion && version.Document ? [version.Document] : []));
          const arn = policy.Arn ?? '';
          // The name is the ARN's last segment (the path before it): the same name where an answer leaves it out (moto 5.2.1's does).
          return { arn, name: policy.PolicyName ?? arn.split('/').pop() ?? arn, ...(document ? { document } : {}), ...(versions.length > 0 ? { versions } : {}) };
        }),
      );
      const known = new Set([...customer.map((policy) => policy.arn), `arn:${partition}:iam::aws:policy/AdministratorAccess`]);
      const inUse = [...new Set([...users, ...roles].flatMap((principal) => [...principal.attached, ...(principal.boundary ? [principal.boundary] : [])]).concat(groups.flatMap((group) => group.attached)))];
      const awsManaged = await Promise.all(inUse.filter((arn) => !known.has(arn)).sort().map((arn) => readManagedPolicy(ctx, arn)));
      return { users, groups, roles, policies: [...customer, ...awsManaged] };
    },
  }),

  'iam.organizationsFeatures': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['iam:ListOrganizationsFeatures'],
    schema: (z) => z.array(z.string()),
    async collect(ctx) {
      const { ListOrganizationsFeaturesCommand } = await sdk();
      const out = await ctx.session.send<ListOrganizationsFeaturesCommandOutput>(await iam(ctx), 'iam', new ListOrganizationsFeaturesCommand({}));
      return out.EnabledFeatures ?? [];
    },
  }),
};
