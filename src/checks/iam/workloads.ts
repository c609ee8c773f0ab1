/**
 * Workloads: resources that run what they are given as the role they were made with, and whose contents a principal may change without
 * passing that role again, so that whoever may change one acts as its role (iam.admin-mfa follows them: ./administrators.ts):
 * - a Lambda function's code (lambda:UpdateFunctionCode);
 * - a CloudFormation stack's template: its service role is used for every later operation on the stack, "even if the users don't have
 *   permission to pass it" (UpdateStack, or a change set created and executed); a stack being deleted, or whose creation failed and
 *   rolled back, may only be deleted, and runs nothing more;
 * - an EC2 instance's commands: Systems Manager runs them as root on the instance, whose profile's role's credentials are at hand
 *   (SendCommand, authorized on the instance and on the document it runs, AWS's own AWS-RunShellScript; StartSession, authorized on the
 *   instance, its default document asked only where ssm:SessionDocumentAccessCheck says so); so does an SSH key pushed through EC2
 *   Instance Connect, or user data rewritten (ModifyInstanceAttribute) while it is stopped and started again, which runs as root at boot;
 * - a CodeBuild project's build: StartBuild takes a buildspecOverride, so whoever may start a build runs its own commands as the
 *   project's service role;
 * - an ECS task definition's task: RunTask (or StartTask) takes container overrides, so whoever may run a task from a definition runs
 *   its own command with the task role's credentials (overriding the task role itself would need iam:PassRole; the command does not);
 * - a SageMaker notebook instance: a presigned URL opens its Jupyter, whose terminal holds the notebook's role's credentials (a stopped
 *   one is started by whoever may, and PowerUserAccess may).
 *
 * Each kind is one declaration: the service that runs as the role; how one is named, and how the kind is listed in English and
 * Japanese; the fact that lists a region's, and how each is read with the role it runs as; the ways (each a list of requests, all
 * needed) to change one; and a resource of the kind in a region, asked where a region's list could not be read.
 */
import { CollectError } from '../../facts/errors.js';
import type { ROLE_RUNNING_SERVICES } from '../../facts/services/iam.js';
import type { Facts } from '../../facts/store.js';
import { incomplete } from '../define.js';

type WorkloadFact = 'lambda.functions' | 'cloudformation.stacks' | 'ec2.instances' | 'codebuild.projects' | 'ecs.taskDefinitions' | 'sagemaker.notebooks';
type WorkloadFacts = Facts<WorkloadFact>;

/** The account a workload list is read for: its roles' instance profiles (by name, the role each holds), its partition and id. */
export interface WorkloadAccount {
  roleOfProfile: ReadonlyMap<string, string>;
  identity: { partition: string; accountId: string };
}

interface WorkloadKindDefinition {
  service: (typeof ROLE_RUNNING_SERVICES)[number];
  named: string;
  listed: { en: string; ja: string };
  fact: WorkloadFact;
  read: (facts: WorkloadFacts, region: string, account: WorkloadAccount) => Promise<{ name: string; arn: string; role: string }[]>;
  changes: (arn: string) => [action: string, resource: string][][];
  anyIn: (partition: string, region: string, account: string) => string;
}

/** A stack being deleted, or whose creation failed and rolled back, may only be deleted (CloudFormation's stack status codes). */
const ENDED_STACK = /^(DELETE|ROLLBACK)_/;

export const WORKLOADS = {
  function: {
    service: 'lambda.amazonaws.com',
    named: 'function',
    listed: { en: 'Lambda functions', ja: 'Lambda 関数' },
    fact: 'lambda.functions',
    read: (facts, region) => facts.lambda.functions(region),
    changes: (arn) => [[['lambda:UpdateFunctionCode', arn]]],
    anyIn: (partition, region, account) => `arn:${partition}:lambda:${region}:${account}:function:aws-baseline-probe`,
  },
  stack: {
    service: 'cloudformation.amazonaws.com',
    named: 'stack',
    listed: { en: 'CloudFormation stacks', ja: 'CloudFormation スタック' },
    fact: 'cloudformation.stacks',
    read: async (facts, region) => (await facts.cloudformation.stacks(region)).filter(({ status }) => !ENDED_STACK.test(status)),
    changes: (arn) => [
      [['cloudformation:UpdateStack', arn]],
      [
        ['cloudformation:CreateChangeSet', arn],
        ['cloudformation:ExecuteChangeSet', arn],
      ],
    ],
    anyIn: (partition, region, account) => `arn:${partition}:cloudformation:${region}:${account}:stack/aws-baseline-probe/00000000-0000-0000-0000-000000000000`,
  },
  instance: {
    service: 'ec2.amazonaws.com',
    named: 'instance',
    listed: { en: 'EC2 instances', ja: 'EC2 インスタンス' },
    fact: 'ec2.instances',
    // An instance runs as the role its profile holds (arn:…:instance-profile/PATH/NAME; a profile's name is unique in the account).
    read: async (facts, region, { roleOfProfile, identity }) =>
      (await facts.ec2.instances(region)).map(({ id, profile }) => ({ name: id, arn: `arn:${identity.partition}:ec2:${region}:${identity.accountId}:instance/${id}`, role: roleOfProfile.get(profile.split('/').pop() ?? '') ?? '' })),
    changes: (arn) => {
      const [, partition, , region] = arn.split(':');
      return [
        [
          ['ssm:SendCommand', arn],
          ['ssm:SendCommand', `arn:${partition}:ssm:${region}::document/AWS-RunShellScript`],
        ],
        [['ssm:StartSession', arn]],
        [['ec2-instance-connect:SendSSHPublicKey', arn]],
        [
          ['ec2:ModifyInstanceAttribute', arn],
          ['ec2:StopInstances', arn],
          ['ec2:StartInstances', arn],
        ],
      ];
    },
    anyIn: (partition, region, account) => `arn:${partition}:ec2:${region}:${account}:instance/i-0123456789abcdef0`,
  },
  project: {
    service: 'codebuild.amazonaws.com',
    named: 'project',
    listed: { en: 'CodeBuild projects', ja: 'CodeBuild プロジェクト' },
    fact: 'codebuild.projects',
    read: (facts, region) => facts.codebuild.projects(region),
    changes: (arn) => [[['codebuild:StartBuild', arn]]],
    anyIn: (partition, region, account) => `arn:${partition}:codebuild:${region}:${account}:project/aws-baseline-probe`,
  },
  'task-definition': {
    service: 'ecs-tasks.amazonaws.com',
    named: 'task-definition',
    listed: { en: 'ECS task definitions', ja: 'ECS タスク定義' },
    fact: 'ecs.taskDefinitions',
    read: (facts, region) => facts.ecs.taskDefinitions(region),
    changes: (arn) => [[['ecs:RunTask', arn]], [['ecs:StartTask', arn]]],
    anyIn: (partition, region, account) => `arn:${partition}:ecs:${region}:${account}:task-definition/aws-baseline-probe:1`,
  },
  notebook: {
    service: 'sagemaker.amazonaws.com',
    named: 'notebook-instance',
    listed: { en: 'SageMaker notebook instances', ja: 'SageMaker ノートブックインスタンス' },
    fact: 'sagemaker.notebooks',
    read: (facts, region) => facts.sagemaker.notebooks(region),
    changes: (arn) => [[['sagemaker:CreatePresignedNotebookInstanceUrl', arn]]],
    anyIn: (partition, region, account) => `arn:${partition}:sagemaker:${region}:${account}:notebook-instance/aws-baseline-probe`,
  },
} satisfies Record<string, WorkloadKindDefinition>;
export type WorkloadKind = keyof typeof WORKLOADS;
export const WORKLOAD_KINDS = Object.keys(WORKLOADS) as WorkloadKind[];

/** The kind of workload whose list a missing item of the judgement names ("Lambda functions of eu-west-1"), if it names one. */
export function workloadListed(item: string): WorkloadKind | undefined {
  return WORKLOAD_KINDS.find((kind) => item.startsWith(`${WORKLOADS[kind].listed.en} of `));
}

/** The account's workloads of the kinds read, each with the role it runs as and its region; the regions whose lists could not be read. */
export interface WorkloadsRead {
  kinds: WorkloadKind[];
  list: { kind: WorkloadKind; name: string; arn: string; role: string; region: string }[];
  unreadable: { kind: WorkloadKind; region: string }[];
}

/**
 * The workloads of `kinds` in every audited region (beside those `before` holds), each with the role it runs as; a region whose list could
 * not be read is named (a region the organization's service control policy denies is no such region: nobody may change one there either).
 */
export async function readWorkloads(
  facts: WorkloadFacts,
  regions: string[],
  { roles, identity }: { roles: readonly { arn: string; instanceProfiles?: string[] }[]; identity: WorkloadAccount['identity'] },
  kinds: WorkloadKind[],
  before: WorkloadsRead | undefined,
): Promise<WorkloadsRead> {
  const account: WorkloadAccount = { roleOfProfile: new Map(roles.flatMap((role) => (role.instanceProfiles ?? []).map((profile) => [profile, role.arn] as const))), identity };
  const read: WorkloadsRead = { kinds: [...(before?.kinds ?? []), ...kinds], list: [...(before?.list ?? [])], unreadable: [...(before?.unreadable ?? [])] };
  // No region to read them in (the account's regions could not be read): whether one makes an administrator is unknown.
  const [first] = kinds;
  if (regions.length === 0 && first) {
    const { fact, listed } = WORKLOADS[first];
    throw incomplete(fact, 'NoRegionRead', `no region was audited, so no ${listed.en} were read: whether a user may act as an administrator role through one is unknown`, `監査したリージョンがなく ${listed.ja}を読めませんでした。それを通じて管理者ロールとして動けるユーザーがいるかどうかは不明です`);
  }
  // Every kind in every region at once: each list is one more round trip on the audit's path.
  const lists = await Promise.all(
    kinds.flatMap((kind) => regions.map((region) => WORKLOADS[kind].read(facts, region, account).then((items) => ({ kind, region, items }), (error: unknown) => ({ kind, region, error })))),
  );
  for (const entry of lists) {
    const { kind, region } = entry;
    if ('items' in entry) read.list.push(...entry.items.map(({ name, arn, role }) => ({ kind, name, arn, role, region })));
    else if (!(entry.error instanceof CollectError)) throw entry.error;
    else if (entry.error.kind !== 'organization-denied') read.unreadable.push({ kind, region });
  }
  return read;
}
