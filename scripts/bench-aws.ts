import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';

/**
 * The benchmark's AWS: a loopback HTTP server that answers every operation an audit sends, in each
 * service's own wire format (query XML, JSON 1.1, REST-JSON), for any number of accounts (an access
 * key id ends with its account id; AssumeRole hands out such keys). Every answer waits the configured
 * latency (± jitter); calls beyond a service's rate limit in one account are refused with Throttling,
 * as AWS does; the credential report takes time to generate (and is "in progress" until then). Every
 * call is recorded, so the driver can compute the critical path from what was really asked.
 */
export interface BenchAwsOptions {
  latencyMs: number;
  jitterMs: number;
  /** How long the credential report takes to generate after the first GenerateCredentialReport. */
  reportMs: number;
  regions: string[];
  managementAccount: string;
  /** Member accounts listed by organizations:ListAccounts (empty: a standalone account). */
  members: string[];
  /** Calls per second per account (and region, for regional services), by IAM service prefix. */
  rateLimits: Record<string, number>;
  /** Its certificate and key (PEM): AWS is reached over HTTPS, and so is this stand-in. */
  tls: { cert: string; key: string };
}

export interface RecordedCall {
  account: string;
  service: string;
  operation: string;
  region: string;
  /** What distinguishes this call from another of the same operation (detector id, budget name …). */
  subject: string;
  startedAt: number;
  answeredAt: number;
  delayMs: number;
  throttled: boolean;
  /** The caller gave up on it before the answer (a poll another poll had answered): nobody waited for it. */
  abandoned: boolean;
}

type Protocol = 'query' | 'json' | 'rest-json' | 'rest-xml' | 'ec2';
const PROTOCOL: Record<string, Protocol> = { sts: 'query', iam: 'query', account: 'rest-json', guardduty: 'rest-json', securityhub: 'rest-json', 'access-analyzer': 'rest-json', s3: 'rest-xml', ec2: 'ec2' };
const XMLNS: Record<string, string> = { sts: 'https://sts.amazonaws.com/doc/2011-06-15/', iam: 'https://iam.amazonaws.com/doc/2010-05-08/' };
const REST: [RegExp, string][] = [
  [/^POST \/listRegions$/, 'ListRegions'],
  [/^GET \/detector$/, 'ListDetectors'],
  [/^GET \/detector\/[^/]+$/, 'GetDetector'],
  [/^GET \/detector\/[^/]+\/administrator$/, 'GetAdministratorAccount'],
  [/^POST \/getAlternateContact$/, 'GetAlternateContact'],
  [/^GET \/accounts$/, 'DescribeHub'],
  [/^GET \/analyzer$/, 'ListAnalyzers'],
  // S3 Control (its account id in a header; signed as s3) and S3, path-style: the bucket first, the operation in the query.
  [/^GET \/v20180820\/configuration\/publicAccessBlock$/, 'GetAccountPublicAccessBlock'],
  [/^GET \/$/, 'ListBuckets'],
  [/^GET \/[^/]+\/?\?publicAccessBlock/, 'GetPublicAccessBlock'],
  [/^GET \/[^/]+\/?\?policyStatus/, 'GetBucketPolicyStatus'],
  [/^GET \/[^/]+\/?\?acl/, 'GetBucketAcl'],
];

interface Call {
  account: string;
  service: string;
  operation: string;
  region: string;
  params: Record<string, unknown>;
}
type Reply = { status: number; body: string; contentType: string; errorType?: string };

const epoch = (date: Date) => date.getTime() / 1000;
const DAY = 86_400_000;

export class BenchAws {
  readonly calls: RecordedCall[] = [];
  endpoint = '';
  private server: Server | undefined;
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly reportStarted = new Map<string, number>();
  private inFlight = 0;
  maxInFlight = 0;

  constructor(readonly options: BenchAwsOptions) {}

  async start(): Promise<this> {
    this.server = createServer(this.options.tls, (request, response) => void this.handle(request, response));
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', 4096, resolve));
    this.endpoint = `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  reset(): void {
    this.generation += 1;
    this.calls.length = 0;
    this.buckets.clear();
    this.reportStarted.clear();
    this.maxInFlight = 0;
  }

  /** Calls still waiting when the state is reset belong to the run before: they are not recorded. */
  private generation = 0;

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const startedAt = performance.now();
    const generation = this.generation;
    let abandoned = false;
    response.once('close', () => {
      abandoned = !response.writableFinished;
    });
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const call = this.parse(request, body);
    const delayMs = Math.max(0, this.options.latencyMs + (Math.random() * 2 - 1) * this.options.jitterMs);
    const throttled = !this.admit(call, startedAt);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    const reply = throttled ? this.error(call, 400, call.service === 'iam' || call.service === 'sts' ? 'Throttling' : 'ThrottlingException', 'Rate exceeded') : this.answer(call, startedAt);
    const subject = JSON.stringify(call.params.DetectorId ?? call.params.BudgetName ?? call.params.RoleArn ?? call.params.NextToken ?? '');
    if (generation === this.generation) this.calls.push({ account: call.account, service: call.service, operation: call.operation, region: call.region, subject, startedAt, answeredAt: performance.now(), delayMs, throttled, abandoned });
    // With its length, as AWS answers (headers written first and no length, Node would send the body in chunks).
    response.writeHead(reply.status, { 'content-type': reply.contentType, 'content-length': Buffer.byteLength(reply.body), 'x-amzn-requestid': 'bench', ...(reply.errorType ? { 'x-amzn-errortype': reply.errorType } : {}) });
    response.end(reply.body);
    this.inFlight -= 1;
  }

  private parse(request: IncomingMessage, body: string): Call {
    const authorization = String(request.headers.authorization ?? '');
    const scope = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\//.exec(authorization);
    const accessKey = scope?.[1] ?? '';
    const region = scope?.[2] ?? 'us-east-1';
    const service = scope?.[3] ?? 'unknown';
    const account = /\d{12}$/.exec(accessKey)?.[0] ?? this.options.managementAccount;
    const target = request.headers['x-amz-target'];
    if (typeof target === 'string') return { account, service, region, operation: target.split('.').pop() ?? target, params: body ? (JSON.parse(body) as Record<string, unknown>) : {} };
    const form = new URLSearchParams(body);
    const action = form.get('Action');
    if (action) return { account, service, region, operation: action, params: Object.fromEntries(form) };
    const [path = '/', query] = (request.url ?? '/').split('?');
    const routed = `${request.method} ${path}${query === undefined ? '' : `?${query}`}`;
    const operation = REST.find(([pattern]) => pattern.test(routed) || pattern.test(`${request.method} ${path}`))?.[1] ?? `${request.method} ${path}`;
    return { account, service, region, operation, params: { DetectorId: /^\/detector\/([^/]+)/.exec(path)?.[1] } };
  }

  /** A token bucket per account, service and (for regional services) region. */
  private admit(call: Call, now: number): boolean {
    const rate = this.options.rateLimits[call.service];
    if (!rate) return true;
    const key = `${call.account}/${call.service}/${call.region}`;
    const bucket = this.buckets.get(key) ?? { tokens: rate, at: now };
    bucket.tokens = Math.min(rate, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  private ok(call: Call, payload: Record<string, unknown> | string): Reply {
    if (typeof payload === 'string') {
      const xmlns = XMLNS[call.service] ?? '';
      return { status: 200, contentType: 'text/xml', body: `<${call.operation}Response xmlns="${xmlns}"><${call.operation}Result>${payload}</${call.operation}Result><ResponseMetadata><RequestId>bench</RequestId></ResponseMetadata></${call.operation}Response>` };
    }
    return { status: 200, contentType: PROTOCOL[call.service] === 'rest-json' ? 'application/json' : 'application/x-amz-json-1.1', body: JSON.stringify(payload) };
  }

  /** An answer of a protocol without the query protocol's envelope (S3's REST-XML, EC2's query). */
  private xml(call: Call, body: string): Reply {
    return { status: 200, contentType: PROTOCOL[call.service] === 'ec2' ? 'text/xml;charset=UTF-8' : 'application/xml', body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}` };
  }

  private error(call: Call, status: number, code: string, message: string): Reply {
    // S3 API Reference, Error responses; Amazon EC2 API Reference, Error codes: each its own envelope.
    if (PROTOCOL[call.service] === 'rest-xml') return { status, contentType: 'application/xml', body: `<Error><Code>${code}</Code><Message>${message}</Message><RequestId>bench</RequestId></Error>` };
    if (PROTOCOL[call.service] === 'ec2') return { status, contentType: 'text/xml', body: `<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>bench</RequestID></Response>` };
    if (PROTOCOL[call.service] === 'query') {
      return { status, contentType: 'text/xml', body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>bench</RequestId></ErrorResponse>` };
    }
    return { status, contentType: 'application/json', errorType: code, body: JSON.stringify({ __type: code, message }) };
  }

  private answer(call: Call, now: number): Reply {
    const { account, region } = call;
    const management = this.options.managementAccount;
    const trailArn = `arn:aws:cloudtrail:us-east-1:${account}:trail/main`;
    switch (`${call.service}:${call.operation}`) {
      case 'sts:GetCallerIdentity':
        return this.ok(call, `<Arn>arn:aws:iam::${account}:user/auditor</Arn><UserId>AIDA${account}</UserId><Account>${account}</Account>`);
      case 'sts:AssumeRole': {
        const target = /::(\d{12}):role/.exec(String(call.params.RoleArn))?.[1] ?? account;
        const expiration = new Date(Date.now() + 3_600_000).toISOString();
        return this.ok(call, `<Credentials><AccessKeyId>ASIABENCH${target}</AccessKeyId><SecretAccessKey>bench-secret-${target}</SecretAccessKey><SessionToken>bench-token-${target}</SessionToken><Expiration>${expiration}</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROA${target}:aws-baseline</AssumedRoleId><Arn>arn:aws:sts::${target}:assumed-role/OrganizationAccountAccessRole/aws-baseline</Arn></AssumedRoleUser>`);
      }
      case 'account:ListRegions':
        return this.ok(call, { Regions: this.options.regions.map((RegionName) => ({ RegionName, RegionOptStatus: 'ENABLED_BY_DEFAULT' })) });
      case 'iam:GenerateCredentialReport': {
        const started = this.reportStarted.get(account) ?? now;
        this.reportStarted.set(account, started);
        const done = now - started >= this.options.reportMs;
        return this.ok(call, `<State>${done ? 'COMPLETE' : 'STARTED'}</State><Description>${done ? '' : 'No report exists. Starting a new report generation task'}</Description>`);
      }
      case 'iam:GetCredentialReport': {
        const started = this.reportStarted.get(account);
        if (started === undefined) return this.error(call, 410, 'ReportNotPresent', 'Credential report not present');
        if (now - started < this.options.reportMs) return this.error(call, 404, 'ReportInProgress', 'Credential report is being generated');
        return this.ok(call, `<Content>${Buffer.from(credentialReport(account)).toString('base64')}</Content><ReportFormat>text/csv</ReportFormat><GeneratedTime>${new Date().toISOString()}</GeneratedTime>`);
      }
      case 'iam:GetAccountSummary':
        return this.ok(call, `<SummaryMap>${Object.entries({ AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, AccountPasswordPresent: 1, Users: 2 }).map(([key, value]) => `<entry><key>${key}</key><value>${value}</value></entry>`).join('')}</SummaryMap>`);
      case 'iam:ListVirtualMFADevices':
        return this.ok(call, `<VirtualMFADevices><member><SerialNumber>arn:aws:iam::${account}:mfa/alice</SerialNumber><User><UserName>alice</UserName><Arn>arn:aws:iam::${account}:user/alice</Arn><UserId>AIDAALICE</UserId><Path>/</Path><CreateDate>2026-01-05T09:00:00Z</CreateDate></User></member></VirtualMFADevices><IsTruncated>false</IsTruncated>`);
      case 'iam:GetAccountAuthorizationDetails':
        return this.ok(call, `<UserDetailList><member><UserName>alice</UserName><UserId>AIDAALICE</UserId><Arn>arn:aws:iam::${account}:user/alice</Arn><Path>/</Path><CreateDate>2026-01-05T09:00:00Z</CreateDate><AttachedManagedPolicies><member><PolicyName>AdministratorAccess</PolicyName><PolicyArn>arn:aws:iam::aws:policy/AdministratorAccess</PolicyArn></member></AttachedManagedPolicies><GroupList/><UserPolicyList/></member></UserDetailList><GroupDetailList/><RoleDetailList/><Policies/><IsTruncated>false</IsTruncated>`);
      case 'iam:ListOrganizationsFeatures':
        return account === management
          ? this.ok(call, `<OrganizationId>o-bench00001</OrganizationId><EnabledFeatures><member>RootCredentialsManagement</member><member>RootSessions</member></EnabledFeatures>`)
          : this.error(call, 400, 'AccountNotManagementOrDelegatedAdministratorException', 'The account is not the management account or a delegated administrator.');
      case 'organizations:DescribeOrganization':
        return this.ok(call, { Organization: { Id: 'o-bench00001', Arn: `arn:aws:organizations::${management}:organization/o-bench00001`, FeatureSet: 'ALL', MasterAccountId: management, MasterAccountArn: `arn:aws:organizations::${management}:account/o-bench00001/${management}` } });
      case 'organizations:ListAccounts': {
        const all = [management, ...this.options.members];
        const start = Number(call.params.NextToken ?? 0);
        const page = all.slice(start, start + 20).map((Id) => ({ Id, Arn: `arn:aws:organizations::${management}:account/o-bench00001/${Id}`, Name: `account-${Id}`, Email: `aws+${Id}@example.com`, Status: 'ACTIVE', State: 'ACTIVE', JoinedMethod: Id === management ? 'CREATED' : 'INVITED', JoinedTimestamp: epoch(new Date('2026-01-05T09:00:00Z')) }));
        return this.ok(call, { Accounts: page, ...(start + 20 < all.length ? { NextToken: String(start + 20) } : {}) });
      }
      // The organization's tree (Organizations API Reference): the root holds the management account, one unit every member, 20 a page.
      case 'organizations:ListRoots':
        return this.ok(call, { Roots: [{ Id: 'r-bench', Arn: `arn:aws:organizations::${management}:root/o-bench00001/r-bench`, Name: 'Root', PolicyTypes: [] }] });
      case 'organizations:ListOrganizationalUnitsForParent':
        return this.ok(call, { OrganizationalUnits: call.params.ParentId === 'r-bench' ? [{ Id: 'ou-bench-00000001', Arn: `arn:aws:organizations::${management}:ou/o-bench00001/ou-bench-00000001`, Name: 'Workloads' }] : [] });
      case 'organizations:ListAccountsForParent': {
        const children = call.params.ParentId === 'r-bench' ? [management] : this.options.members;
        const start = Number(call.params.NextToken ?? 0);
        return this.ok(call, { Accounts: children.slice(start, start + 20).map((Id) => ({ Id, Name: `account-${Id}`, Status: 'ACTIVE', State: 'ACTIVE' })), ...(start + 20 < children.length ? { NextToken: String(start + 20) } : {}) });
      }
      case 'fms:GetAdminAccount':
        return this.ok(call, { AdminAccount: management, RoleStatus: 'READY' });
      case 'cloudtrail:DescribeTrails':
        return this.ok(call, { trailList: [{ Name: 'main', S3BucketName: `trail-${account}`, IncludeGlobalServiceEvents: true, IsMultiRegionTrail: true, HomeRegion: 'us-east-1', TrailARN: trailArn, LogFileValidationEnabled: true, CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${account}:log-group:trail:*`, CloudWatchLogsRoleArn: `arn:aws:iam::${account}:role/trail-logs`, HasCustomEventSelectors: false, IsOrganizationTrail: false }] });
      case 'cloudtrail:GetTrailStatus': {
        const recent = epoch(new Date(Date.now() - 600_000));
        return this.ok(call, { IsLogging: true, LatestDeliveryTime: recent, StartLoggingTime: epoch(new Date(Date.now() - 30 * DAY)), LatestCloudWatchLogsDeliveryTime: recent });
      }
      case 'cloudtrail:GetEventSelectors':
        return this.ok(call, { TrailARN: trailArn, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }] });
      case 'config:DescribeConfigurationRecorders':
        return this.ok(call, { ConfigurationRecorders: [{ name: 'default', roleARN: `arn:aws:iam::${account}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`, recordingGroup: { allSupported: true, includeGlobalResourceTypes: region === 'us-east-1', resourceTypes: [] } }] });
      case 'config:DescribeConfigurationRecorderStatus':
        return this.ok(call, { ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'SUCCESS', lastStartTime: epoch(new Date(Date.now() - 30 * DAY)) }] });
      case 'config:DescribeDeliveryChannels':
        return this.ok(call, { DeliveryChannels: [{ name: 'default', s3BucketName: `config-${account}` }] });
      case 'config:DescribeDeliveryChannelStatus':
        return this.ok(call, { DeliveryChannelsStatus: [{ name: 'default', configHistoryDeliveryInfo: { lastStatus: 'SUCCESS' } }] });
      case 'guardduty:ListDetectors':
        return this.ok(call, { detectorIds: [`d${region.replaceAll('-', '')}`] });
      case 'guardduty:GetDetector':
        return this.ok(call, { status: 'ENABLED', serviceRole: `arn:aws:iam::${account}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`, createdAt: '2026-01-05T09:00:00.000Z', updatedAt: '2026-01-05T09:00:00.000Z', findingPublishingFrequency: 'SIX_HOURS' });
      case 'guardduty:GetAdministratorAccount':
        return this.ok(call, {});
      case 'budgets:DescribeBudgets':
        return this.ok(call, { Budgets: [{ BudgetName: 'monthly', BudgetLimit: { Amount: '100.0', Unit: 'USD' }, TimeUnit: 'MONTHLY', BudgetType: 'COST' }] });
      case 'budgets:DescribeBudgetNotificationsForAccount':
        return this.ok(call, { BudgetNotificationsForAccount: [{ BudgetName: 'monthly', Notifications: [{ NotificationType: 'ACTUAL', ComparisonOperator: 'GREATER_THAN', Threshold: 80, ThresholdType: 'PERCENTAGE', NotificationState: 'OK' }] }] });
      case 'budgets:DescribeSubscribersForNotification':
        return this.ok(call, { Subscribers: [{ SubscriptionType: 'EMAIL', Address: 'billing@example.com' }] });
      // The checks of the whole day-one baseline (issue 23), each answered as an account set up well is.
      case 'account:GetAlternateContact':
        return this.ok(call, { AlternateContact: { AlternateContactType: typeof call.params.AlternateContactType === 'string' ? call.params.AlternateContactType : 'SECURITY', EmailAddress: 'team@example.com', Name: 'Team', PhoneNumber: '+81-3-0000-0000', Title: 'Team' } });
      case 'iam:GetAccountPasswordPolicy':
        return this.ok(call, `<PasswordPolicy><MinimumPasswordLength>14</MinimumPasswordLength><RequireSymbols>true</RequireSymbols><RequireNumbers>true</RequireNumbers><RequireUppercaseCharacters>true</RequireUppercaseCharacters><RequireLowercaseCharacters>true</RequireLowercaseCharacters><AllowUsersToChangePassword>true</AllowUsersToChangePassword><ExpirePasswords>false</ExpirePasswords><PasswordReusePrevention>24</PasswordReusePrevention></PasswordPolicy>`);
      case 'sso:ListInstances':
        return this.ok(call, { Instances: [{ InstanceArn: `arn:aws:sso:::instance/ssoins-${account}`, IdentityStoreId: `d-${account.slice(0, 10)}`, OwnerAccountId: management, Status: 'ACTIVE' }] });
      case 'ec2:GetEbsEncryptionByDefault':
        return this.xml(call, `<GetEbsEncryptionByDefaultResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>bench</requestId><ebsEncryptionByDefault>true</ebsEncryptionByDefault><sseType>sse-ebs</sseType></GetEbsEncryptionByDefaultResponse>`);
      case 'securityhub:DescribeHub':
        return this.ok(call, { HubArn: `arn:aws:securityhub:${region}:${account}:hub/default`, SubscribedAt: '2026-01-05T09:00:00.000Z', AutoEnableControls: true, ControlFindingGenerator: 'SECURITY_CONTROL' });
      case 'access-analyzer:ListAnalyzers':
        return this.ok(call, { analyzers: [{ arn: `arn:aws:access-analyzer:${region}:${account}:analyzer/account`, name: 'account', type: 'ACCOUNT', status: 'ACTIVE', createdAt: '2026-01-05T09:00:00Z' }] });
      case 'support:DescribeTrustedAdvisorChecks':
        return this.ok(call, { checks: [{ id: 'Pfx0RwqBli', name: 'Amazon S3 Bucket Permissions', description: '', category: 'security', metadata: [] }] });
      case 'support:DescribeTrustedAdvisorCheckSummaries':
        return this.ok(call, { summaries: [{ checkId: 'Pfx0RwqBli', timestamp: '2026-11-20T08:00:00Z', status: 'ok', hasFlaggedResources: false, resourcesSummary: { resourcesProcessed: 3, resourcesFlagged: 0, resourcesIgnored: 0, resourcesSuppressed: 0 }, categorySpecificSummary: {} }] });
      case 's3:GetAccountPublicAccessBlock':
      case 's3:GetPublicAccessBlock':
        return this.xml(call, `<PublicAccessBlockConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>`);
      case 's3:ListBuckets':
        return this.xml(call, `<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>bench${account}</ID></Owner><Buckets><Bucket><Name>trail-${account}</Name><CreationDate>2026-01-05T09:00:00.000Z</CreationDate><BucketRegion>us-east-1</BucketRegion></Bucket></Buckets></ListAllMyBucketsResult>`);
      case 'ce:GetCostAndUsage':
        return this.ok(call, { ResultsByTime: [{ TimePeriod: { Start: '2026-11-01', End: '2026-11-02' }, Total: { UnblendedCost: { Amount: '1.23', Unit: 'USD' } }, Groups: [], Estimated: true }], DimensionValueAttributes: [] });
      default:
        return this.error(call, 400, 'InvalidAction', `the benchmark does not serve ${call.service}:${call.operation}`);
    }
  }
}

function credentialReport(account: string): string {
  const header = 'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
  const root = `<root_account>,arn:aws:iam::${account}:root,2026-01-05T09:00:00+00:00,not_supported,2026-01-05T09:10:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;
  const alice = `alice,arn:aws:iam::${account}:user/alice,2026-01-05T09:00:00+00:00,true,2026-11-01T09:00:00+00:00,2026-01-05T09:00:00+00:00,N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;
  return [header, root, alice].join('\n');
}
