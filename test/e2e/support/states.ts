import { AccountClient, PutAlternateContactCommand } from '@aws-sdk/client-account';
import { BudgetsClient, CreateBudgetCommand } from '@aws-sdk/client-budgets';
import { CloudTrailClient, CreateTrailCommand, PutEventSelectorsCommand, StartLoggingCommand } from '@aws-sdk/client-cloudtrail';
import { ConfigServiceClient, PutConfigurationRecorderCommand, PutDeliveryChannelCommand, StartConfigurationRecorderCommand } from '@aws-sdk/client-config-service';
import { CreateDetectorCommand, GuardDutyClient } from '@aws-sdk/client-guardduty';
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  AddRoleToInstanceProfileCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  CreateUserCommand,
  AttachRolePolicyCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  IAMClient,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
  UpdateAccountPasswordPolicyCommand,
} from '@aws-sdk/client-iam';
import { CreateBucketCommand, PutBucketAclCommand, PutBucketPolicyCommand, PutPublicAccessBlockCommand as PutBucketPublicAccessBlockCommand, S3Client } from '@aws-sdk/client-s3';
import { PutPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import { CodeBuildClient, CreateProjectCommand } from '@aws-sdk/client-codebuild';
import { ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { CreateNotebookInstanceCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { DescribeImagesCommand, EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { crc32 } from 'node:zlib';
import { withoutAccountLabelOnLiteralHosts } from '../../../src/aws/account-host-label.js';
import { clientConfig, type Credentials } from './scenario.js';

/** An account whose state can be set: its id, and SDK client configuration straight to moto. */
export interface Account {
  accountId: string;
  config(region?: string): ReturnType<typeof clientConfig>;
}

export const accountWith = (accountId: string, credentials: Credentials): Account => ({ accountId, config: (region) => clientConfig(credentials, region) });

/** Account states, set through the real AWS APIs on moto, as a person (or Terraform) would. */
export class AccountState {
  constructor(private readonly scenario: Account) {}

  private iam() {
    return new IAMClient(this.scenario.config());
  }

  async user(name: string, options: { console?: boolean; mfa?: boolean; accessKey?: boolean } = {}): Promise<string> {
    const iam = this.iam();
    const { User } = await iam.send(new CreateUserCommand({ UserName: name }));
    if (options.console) await iam.send(new CreateLoginProfileCommand({ UserName: name, Password: 'Correct-Horse-Battery-9' }));
    if (options.mfa) {
      const { VirtualMFADevice } = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: name }));
      await iam.send(new EnableMFADeviceCommand({ UserName: name, SerialNumber: VirtualMFADevice?.SerialNumber, AuthenticationCode1: '123456', AuthenticationCode2: '654321' }));
    }
    if (options.accessKey) await iam.send(new CreateAccessKeyCommand({ UserName: name }));
    return User?.Arn ?? '';
  }

  /** An administrator through the AWS-managed AdministratorAccess, on the user or through a group. */
  async managedAdmin(name: string, via: 'direct' | 'group'): Promise<void> {
    const iam = this.iam();
    const PolicyArn = 'arn:aws:iam::aws:policy/AdministratorAccess';
    if (via === 'direct') {
      await iam.send(new AttachUserPolicyCommand({ UserName: name, PolicyArn }));
      return;
    }
    const GroupName = `${name}-admins`;
    await iam.send(new CreateGroupCommand({ GroupName }));
    await iam.send(new AttachGroupPolicyCommand({ GroupName, PolicyArn }));
    await iam.send(new AddUserToGroupCommand({ GroupName, UserName: name }));
  }

  /** An administrator through a policy of the account's own that allows * on *. */
  async customAdmin(name: string, via: 'inline' | 'customer-managed'): Promise<void> {
    const iam = this.iam();
    const PolicyDocument = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
    if (via === 'inline') {
      await iam.send(new PutUserPolicyCommand({ UserName: name, PolicyName: 'everything', PolicyDocument }));
      return;
    }
    const { Policy } = await iam.send(new CreatePolicyCommand({ PolicyName: `${name}-everything`, PolicyDocument }));
    await iam.send(new AttachUserPolicyCommand({ UserName: name, PolicyArn: Policy?.Arn }));
  }

  /** One more thing a user is allowed: `action` on `resource`, in an inline policy of its own. */
  async allow(name: string, action: string, resource: string): Promise<void> {
    const PolicyDocument = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] });
    await this.iam().send(new PutUserPolicyCommand({ UserName: name, PolicyName: action.replace(':', '-'), PolicyDocument }));
  }

  /** A customer policy attached to the user, first written as `first`, then as `then` (made the default: `first` stays a version of it). */
  async policyRewritten(name: string, first: object, then: object): Promise<void> {
    const iam = this.iam();
    const document = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
    const { Policy } = await iam.send(new CreatePolicyCommand({ PolicyName: `${name}-policy`, PolicyDocument: document(first) }));
    await iam.send(new CreatePolicyVersionCommand({ PolicyArn: Policy?.Arn, PolicyDocument: document(then), SetAsDefault: true }));
    await iam.send(new AttachUserPolicyCommand({ UserName: name, PolicyArn: Policy?.Arn }));
  }

  /**
   * A role with AdministratorAccess, whose trust policy admits `principal` (an ARN, or a service's name), only with MFA where
   * `mfa` is set (the usual guard of an administrator role).
   */
  async adminRole(name: string, principal: { AWS: string } | { Service: string }, options: { mfa?: boolean } = {}): Promise<void> {
    await this.role(name, principal, options);
    await this.iam().send(new AttachRolePolicyCommand({ RoleName: name, PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }));
  }

  /** A role whose trust policy admits `principal` (only with MFA where `mfa` is set), with an inline policy that allows `allow` where given. */
  async role(name: string, principal: { AWS: string } | { Service: string }, options: { mfa?: boolean; allow?: { action: string; resource: string } } = {}): Promise<void> {
    const iam = this.iam();
    const AssumeRolePolicyDocument = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...(options.mfa ? { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } } : {}) }],
    });
    await iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument }));
    if (!options.allow) return;
    const PolicyDocument = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: options.allow.action, Resource: options.allow.resource }] });
    await iam.send(new PutRolePolicyCommand({ RoleName: name, PolicyName: options.allow.action.replace(':', '-'), PolicyDocument }));
  }

  /** An instance profile that holds the role: what an EC2 instance is launched with to run as the role. */
  async instanceProfile(name: string, roleName: string): Promise<void> {
    const iam = this.iam();
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: name }));
    await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: name, RoleName: roleName }));
  }

  /** A Lambda function in us-east-1 that runs as the role (its code a one-file zip: the emulator keeps it and never runs it here). */
  async lambdaFunction(name: string, roleName: string): Promise<void> {
    const ZipFile = zipOf('index.js', 'exports.handler = async () => "ok";');
    await new LambdaClient(this.scenario.config('us-east-1')).send(
      new CreateFunctionCommand({ FunctionName: name, Runtime: 'nodejs22.x', Handler: 'index.handler', Role: `arn:aws:iam::${this.scenario.accountId}:role/${roleName}`, Code: { ZipFile } }),
    );
  }

  /**
   * A CloudFormation stack in us-east-1 whose service role is the role (as CDK deploys every stack with its cfn-exec-role): one
   * SNS topic, made by the emulator as the stack's role.
   */
  async stack(name: string, roleName: string): Promise<void> {
    const TemplateBody = JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: { Topic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: `${name}-topic` } } } });
    await new CloudFormationClient(this.scenario.config('us-east-1')).send(new CreateStackCommand({ StackName: name, TemplateBody, RoleARN: `arn:aws:iam::${this.scenario.accountId}:role/${roleName}` }));
  }

  /** A CodeBuild project in us-east-1 whose service role is the role (its source a zip in S3, which the emulator asks for; nothing built here). */
  async codebuildProject(name: string, roleName: string): Promise<void> {
    await new CodeBuildClient(this.scenario.config('us-east-1')).send(
      new CreateProjectCommand({
        name,
        source: { type: 'S3', location: `${name}-sources/source.zip` },
        artifacts: { type: 'NO_ARTIFACTS' },
        environment: { type: 'LINUX_CONTAINER', image: 'aws/codebuild/standard:7.0', computeType: 'BUILD_GENERAL1_SMALL' },
        serviceRole: `arn:aws:iam::${this.scenario.accountId}:role/${roleName}`,
      }),
    );
  }

  /** An ECS task definition in us-east-1 whose tasks run with the role (one container; nothing runs here). */
  async taskDefinition(family: string, roleName: string): Promise<void> {
    await new ECSClient(this.scenario.config('us-east-1')).send(
      new RegisterTaskDefinitionCommand({ family, taskRoleArn: `arn:aws:iam::${this.scenario.accountId}:role/${roleName}`, containerDefinitions: [{ name: 'app', image: 'public.ecr.aws/docker/library/busybox:latest', memory: 128 }] }),
    );
  }

  /** A SageMaker notebook instance in us-east-1 that runs as the role (the emulator keeps it and runs nothing). */
  async notebook(name: string, roleName: string): Promise<void> {
    await new SageMakerClient(this.scenario.config('us-east-1')).send(new CreateNotebookInstanceCommand({ NotebookInstanceName: name, InstanceType: 'ml.t3.medium', RoleArn: `arn:aws:iam::${this.scenario.accountId}:role/${roleName}` }));
  }

  /** An EC2 instance in us-east-1 launched with the instance profile (from an image the emulator lists): it runs as the profile's role. */
  async instance(profileName: string): Promise<string> {
    const ec2 = new EC2Client(this.scenario.config('us-east-1'));
    const { Images = [] } = await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'] }));
    const { Instances = [] } = await ec2.send(new RunInstancesCommand({ ImageId: Images[0]?.ImageId, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, IamInstanceProfile: { Name: profileName } }));
    return Instances[0]?.InstanceId ?? '';
  }

  /** An account password policy as UpdateAccountPasswordPolicy sets it (what it leaves out takes IAM's defaults). */
  async passwordPolicy(policy: { minimumLength: number; reusePrevention?: number; requireSymbols?: boolean; maxAgeDays?: number }): Promise<void> {
    await this.iam().send(
      new UpdateAccountPasswordPolicyCommand({
        MinimumPasswordLength: policy.minimumLength,
        ...(policy.reusePrevention !== undefined ? { PasswordReusePrevention: policy.reusePrevention } : {}),
        RequireSymbols: policy.requireSymbols === true,
        AllowUsersToChangePassword: true,
        ...(policy.maxAgeDays !== undefined ? { MaxPasswordAge: policy.maxAgeDays } : {}),
      }),
    );
  }

  /**
   * A bucket as AWS makes one: since April 2023 with all four Block Public Access settings on (S3 User
   * Guide, "Blocking public access to your Amazon S3 storage"), which moto leaves unset. `open`: none set;
   * `public`: none set, and a policy that lets anyone read it; `public-acl`: none set, and the public-read ACL.
   */
  async bucket(name: string, access: 'blocked' | 'open' | 'public' | 'public-acl' = 'blocked'): Promise<void> {
    const s3 = new S3Client({ ...this.scenario.config(), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: name }));
    if (access === 'blocked') {
      await s3.send(new PutBucketPublicAccessBlockCommand({ Bucket: name, PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }));
    }
    if (access === 'public') {
      const policy = { Version: '2012-10-17', Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${name}/*` }] };
      await s3.send(new PutBucketPolicyCommand({ Bucket: name, Policy: JSON.stringify(policy) }));
    }
    if (access === 'public-acl') await s3.send(new PutBucketAclCommand({ Bucket: name, ACL: 'public-read' }));
  }

  /** A trail, by default multi-region, validated, logging all management events (AWS's default selector). */
  async trail(name: string, options: { multiRegion?: boolean; validation?: boolean; logging?: boolean; selectors?: boolean; cloudWatch?: boolean; bucket?: 'blocked' | 'open' | 'public' | 'public-acl' } = {}): Promise<string> {
    const bucket = `${name}-${this.scenario.accountId}-logs`;
    await this.bucket(bucket, options.bucket);
    const trails = new CloudTrailClient(this.scenario.config());
    const { TrailARN } = await trails.send(
      new CreateTrailCommand({
        Name: name,
        S3BucketName: bucket,
        IsMultiRegionTrail: options.multiRegion ?? true,
        EnableLogFileValidation: options.validation ?? true,
        ...(options.cloudWatch
          ? { CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${this.scenario.accountId}:log-group:${name}:*`, CloudWatchLogsRoleArn: `arn:aws:iam::${this.scenario.accountId}:role/${name}-to-logs` }
          : {}),
      }),
    );
    // moto gives a new trail no event selectors; AWS gives one that records all management events.
    if (options.selectors ?? true) await trails.send(new PutEventSelectorsCommand({ TrailName: name, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] }));
    if (options.logging ?? true) await trails.send(new StartLoggingCommand({ Name: name }));
    return TrailARN ?? '';
  }

  async recorder(region: string, options: { recording?: boolean } = {}): Promise<void> {
    const config = new ConfigServiceClient(this.scenario.config(region));
    const bucket = `config-${this.scenario.accountId}-${region}`;
    await this.bucket(bucket);
    await config.send(
      new PutConfigurationRecorderCommand({
        ConfigurationRecorder: {
          name: 'default',
          roleARN: `arn:aws:iam::${this.scenario.accountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
          recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
        },
      }),
    );
    await config.send(new PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: bucket } }));
    if (options.recording ?? true) await config.send(new StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }));
  }

  async detector(region: string, enable = true): Promise<void> {
    await new GuardDutyClient(this.scenario.config(region)).send(new CreateDetectorCommand({ Enable: enable }));
  }

  async budget(name: string, options: { alert?: boolean } = {}): Promise<void> {
    await new BudgetsClient(this.scenario.config()).send(
      new CreateBudgetCommand({
        AccountId: this.scenario.accountId,
        Budget: { BudgetName: name, BudgetType: 'COST', TimeUnit: 'MONTHLY', BudgetLimit: { Amount: '50', Unit: 'USD' } },
        ...(options.alert
          ? {
              NotificationsWithSubscribers: [
                {
                  Notification: { NotificationType: 'ACTUAL', ComparisonOperator: 'GREATER_THAN', Threshold: 80, ThresholdType: 'PERCENTAGE' },
                  Subscribers: [{ SubscriptionType: 'EMAIL', Address: 'billing@example.com' }],
                },
              ],
            }
          : {}),
      }),
    );
  }

  async alternateContacts(...types: ('BILLING' | 'OPERATIONS' | 'SECURITY')[]): Promise<void> {
    const account = new AccountClient(this.scenario.config());
    for (const type of types) {
      await account.send(new PutAlternateContactCommand({ AlternateContactType: type, Name: `${type} team`, Title: 'Team', EmailAddress: `${type.toLowerCase()}@example.com`, PhoneNumber: '+81-3-0000-0000' }));
    }
  }

  /** The account's S3 Block Public Access, with the settings given on (the rest off). */
  async publicAccessBlock(...on: ('BlockPublicAcls' | 'IgnorePublicAcls' | 'BlockPublicPolicy' | 'RestrictPublicBuckets')[]): Promise<void> {
    const s3control = new S3ControlClient(this.scenario.config());
    s3control.config.endpointProvider = withoutAccountLabelOnLiteralHosts(s3control.config.endpointProvider);
    const setting = (name: (typeof on)[number]) => on.includes(name);
    await s3control.send(
      new PutPublicAccessBlockCommand({
        AccountId: this.scenario.accountId,
        PublicAccessBlockConfiguration: { BlockPublicAcls: setting('BlockPublicAcls'), IgnorePublicAcls: setting('IgnorePublicAcls'), BlockPublicPolicy: setting('BlockPublicPolicy'), RestrictPublicBuckets: setting('RestrictPublicBuckets') },
      }),
    );
  }
}

/** A zip archive of one file, stored as it is (PKWARE APPNOTE 4.3: a local header and the data, the central directory, its end). */
function zipOf(name: string, text: string): Uint8Array {
  const data = Buffer.from(text);
  const file = Buffer.from(name);
  const crc = crc32(data);
  const header = (signature: number, size: number, at: number[]) => {
    const bytes = Buffer.alloc(size);
    bytes.writeUInt32LE(signature, 0);
    for (const offset of at) bytes.writeUInt16LE(20, offset); // version needed (and made by): 2.0
    return bytes;
  };
  const local = header(0x04034b50, 30, [4]);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(file.length, 26);
  const central = header(0x02014b50, 46, [4, 6]);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(file.length, 28);
  const end = header(0x06054b50, 22, []);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + file.length, 12);
  end.writeUInt32LE(local.length + file.length + data.length, 16);
  return Buffer.concat([local, file, data, central, file, end]);
}
