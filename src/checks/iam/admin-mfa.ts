import { CollectError } from '../../facts/errors.js';
import { ACCOUNT, defineCheck, fail, incomplete, manual, pass, perResource, requireIdentity } from '../define.js';
import { type AccountIdentity, administrators } from './administrators.js';
import { readWorkloads, WORKLOADS, workloadListed, type WorkloadsRead } from './workloads.js';

export default defineCheck({
  id: 'iam.admin-mfa',
  severity: 'critical',
  scope: 'account',
  references: {
    seed: 'iam-user',
    ssb: ['ACCT.05'],
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html',
  },
  reads: ['iam.authorizationDetails', 'iam.credentialReport', 'organizations.organization', 'lambda.functions', 'cloudformation.stacks', 'ec2.instances', 'codebuild.projects', 'ecs.taskDefinitions', 'sagemaker.notebooks'],
  cli: [
    'aws iam get-account-authorization-details --filter User Group Role LocalManagedPolicy',
    'aws iam list-mfa-devices --user-name USER',
    'aws lambda list-functions --region REGION --query "Functions[].[FunctionName,Role]"',
    'aws cloudformation describe-stacks --region REGION --query "Stacks[?RoleARN].[StackName,RoleARN,StackStatus]"',
    'aws ec2 describe-instances --region REGION --filters Name=instance-state-name,Values=pending,running,stopping,stopped --query "Reservations[].Instances[?IamInstanceProfile].[InstanceId,IamInstanceProfile.Arn]"',
    'aws codebuild list-projects --region REGION',
    'aws codebuild batch-get-projects --region REGION --names PROJECT --query "projects[].[name,serviceRole]"',
    'aws ecs list-task-definition-families --region REGION --status ACTIVE',
    'aws ecs describe-task-definition --region REGION --task-definition FAMILY --query "taskDefinition.[taskDefinitionArn,taskRoleArn]"',
    'aws sagemaker list-notebook-instances --region REGION --query "NotebookInstances[].NotebookInstanceName"',
    'aws sagemaker describe-notebook-instance --region REGION --notebook-instance-name NOTEBOOK --query RoleArn',
  ],
  text: {
    en: {
      title: 'Every IAM administrator has MFA, and no access key bypasses it',
      passes:
        'Every administrator has an MFA device (whether or not it has a password or keys today), and none has an active access key that can act as administrator without MFA. Administrators are judged as IAM evaluates policies (explicit Deny over Allow, Action/NotAction, Resource/NotResource, conditions, permissions boundaries): users allowed everything, and users allowed to grant themselves everything (shown as "→ iam:Action": e.g. iam:PutUserPolicy on themselves, iam:AddUserToGroup on a group that allows everything, iam:CreateAccessKey for an administrator whose keys act alone, iam:UpdateLoginProfile for one with no MFA device, iam:SetDefaultPolicyVersion on a policy of theirs whose other version allows everything, or lifting a permissions boundary that was all that held them back), and users that may assume a role that is an administrator ("→ sts:AssumeRole role/NAME": the role\'s trust policy admits the user, by its ARN or through its account and the user\'s own policies; the role\'s session used MFA only where the user\'s request did, so a trust or role policy that requires MFA keeps an access key alone out; a role it may assume and attach a policy to counts too, and so does a role whose session may assume an administrator role in turn: "→ sts:AssumeRole role/GATEWAY → role/ADMIN", or take an administrator\'s place: "→ sts:AssumeRole role/HELPDESK → iam:CreateAccessKey user/NAME"; so does an administrator role whose trust policy the user may rewrite, iam:UpdateAssumeRolePolicy, which lifts the MFA condition of the trust too). Users that may pass an administrator role to a service that runs what they give it are administrators too ("→ iam:PassRole role/NAME to lambda.amazonaws.com": iam:PassRole on the role, to a service iam:PassedToService allows, and what the service needs to run it: Lambda, lambda:CreateFunction then lambda:InvokeFunction or an event source; CloudFormation, cloudformation:CreateStack; EC2, ec2:RunInstances where an instance profile holds the role; CodeBuild, a project created and built; Glue, a job created and run, or a development endpoint; SageMaker, a notebook created and opened, a processing or a training job; ECS, a task definition registered and run); so are users that may change the code of a Lambda function that runs as an administrator role ("→ lambda:UpdateFunctionCode function/NAME in REGION as role/NAME"), or update a CloudFormation stack whose service role is one ("→ cloudformation:UpdateStack stack/NAME in REGION as role/NAME", or a change set created and executed: CloudFormation uses the stack\'s role for whoever may operate on the stack, without iam:PassRole; a stack that may only be deleted runs nothing more), or run commands on an EC2 instance whose instance profile holds one ("→ ssm:SendCommand instance/ID in REGION as role/NAME", or ssm:StartSession: Systems Manager runs them as root, the role\'s credentials at hand; or an SSH key pushed through EC2 Instance Connect, or its user data rewritten while it is stopped and started again), or start a build of a CodeBuild project whose service role is one ("→ codebuild:StartBuild project/NAME in REGION as role/NAME": a build\'s buildspec may be overridden), or run a task from an ECS task definition whose task role is one ("→ ecs:RunTask task-definition/FAMILY:REVISION in REGION as role/NAME": a task\'s command may be overridden; the latest active revision of each family is read), or open a SageMaker notebook instance that runs as one ("→ sagemaker:CreatePresignedNotebookInstanceUrl notebook-instance/NAME in REGION as role/NAME": its Jupyter terminal holds the role\'s credentials); the functions, stacks, instances, projects, task definitions and notebooks are read, region by region, only where a role Lambda, CloudFormation, EC2, CodeBuild, ECS tasks or SageMaker run as is an administrator and a user that is not one in every way may change them. In the organization\'s management account, a user allowed to assume the role Organizations (OrganizationAccountAccessRole) or Control Tower (AWSControlTowerExecution) makes in member accounts, with AdministratorAccess and a trust of the management account, administers them and is an administrator too ("→ sts:AssumeRole role/OrganizationAccountAccessRole in member accounts"; PowerUserAccess allows it; a policy that names some member accounts only is not followed, nor whether a member still holds the role; where the organization could not be read, such a user is ERROR). The service\'s session of the role has no MFA, so only an MFA condition on the user\'s own requests keeps a key alone out. A boundary the user may lift caps nothing. An access key carries no MFA: a grant that requires Bool aws:MultiFactorAuthPresent true, or AWS\'s "deny unless MFA" policy (Deny with BoolIfExists aws:MultiFactorAuthPresent false), keeps it from acting as administrator; BoolIfExists aws:MultiFactorAuthPresent true does not. Conditions on other keys (source IP, tags) are assumed satisfiable. Service control policies are not considered. A user for whom something that decides it could not be read (a policy or trust policy of its own or of a role it may reach, a region\'s functions, stacks, instances, projects, task definitions or notebooks) is ERROR.',
      rationale:
        'An administrator\'s credentials are as powerful as root for most purposes. MFA guards the console sign-in; it does not apply to access keys, which work alone unless a policy requires MFA. A leaked key of an administrator is a takeover.',
      remediation: 'Assign an MFA device to the administrator, and require MFA for its access keys (or replace them with roles).',
      console: [
        'Open IAM, choose "Users" and select the administrator.',
        'On the "Security credentials" tab, choose "Assign MFA device".',
        'For access keys, prefer short-lived credentials (IAM Identity Center or roles); if keys must stay, require aws:MultiFactorAuthPresent in a policy.',
      ],
      messages: {
        'has-mfa': 'Administrator {user} ({via}) has MFA.',
        'key-needs-mfa': 'Administrator {user} ({via}) has MFA, and its active access key cannot act as administrator without MFA.',
        'console-no-mfa': 'Administrator {user} ({via}) has a console password and no MFA.',
        'console-no-mfa-and-key': 'Administrator {user} ({via}) has a console password and no MFA, and an active access key that acts as administrator without MFA.',
        'keys-only': 'Administrator {user} ({via}) has no MFA, and an active access key that acts as administrator without MFA.',
        'no-mfa': 'Administrator {user} ({via}) has no MFA device (no console password, and no access key that acts as administrator alone, today).',
        'keys-without-mfa': 'Administrator {user} ({via}) has an active access key that acts as administrator without MFA: MFA does not apply to access keys.',
        'no-admins': 'No IAM user can do everything, grant itself everything, or assume or pass a role that can.',
        'no-admins-roles-not-read': 'No IAM user can do everything or grant itself everything. This snapshot holds no IAM roles (taken by an older version): whether a user may assume a role that can do everything is not known. Take a new snapshot.',
      },
      fixes: {
        'keys-without-mfa': "Replace administrator {user}'s access key with IAM Identity Center or a role assumed with MFA, or require MFA where it becomes an administrator ({via}): Bool aws:MultiFactorAuthPresent true in the policy that grants it, or, through a role it assumes, in that role's trust policy.",
        'console-no-mfa': 'Assign an MFA device to administrator {user} (IAM → Users → {user} → Security credentials).',
        'console-no-mfa-and-key': "Assign an MFA device to administrator {user}, and keep its access key from acting as administrator alone: replace it with IAM Identity Center or a role assumed with MFA, or require aws:MultiFactorAuthPresent in the policy that grants it ({via}) or, through a role it assumes, in that role's trust policy.",
        'keys-only': "Assign an MFA device to administrator {user}, and keep its access keys from acting as administrator alone: replace them with IAM Identity Center or a role assumed with MFA, or require aws:MultiFactorAuthPresent in the policy that grants it ({via}) or, through a role it assumes, in that role's trust policy.",
        'no-mfa': 'Assign an MFA device to administrator {user} before it gets a password or keys, or remove its administrator rights.',
      },
    },
    ja: {
      title: 'すべての IAM 管理者に MFA があり、MFA を迂回するアクセスキーがない',
      passes:
        'すべての管理者に(現在パスワードやキーがあるかどうかにかかわらず)MFA デバイスがあり、MFA なしで管理者として動ける有効なアクセスキーを持たないこと。管理者は IAM のポリシー評価どおりに判定します(明示的な Deny は Allow に優先、Action/NotAction、Resource/NotResource、条件、アクセス許可の境界): 何でも許可されたユーザーと、自分に何でも許可できるユーザー(「→ iam:アクション」と表示。例: 自分への iam:PutUserPolicy、何でも許可するグループへの iam:AddUserToGroup、キーだけで動ける管理者への iam:CreateAccessKey、MFA デバイスのない管理者への iam:UpdateLoginProfile、別のバージョンが何でも許可する自分のポリシーへの iam:SetDefaultPolicyVersion、それだけが制限していたアクセス許可の境界の解除)、そして管理者であるロールを引き受けられるユーザー(「→ sts:AssumeRole role/名前」と表示。ロールの信頼ポリシーがユーザーを ARN で、またはアカウントとユーザー自身のポリシーを通じて認めている場合。ロールのセッションが MFA を使ったことになるのはユーザーのリクエストが使った場合だけなので、MFA を必須にした信頼ポリシーやロールのポリシーはアクセスキーだけでの利用を防ぎます。引き受けられ、ポリシーをアタッチできるロールや、そのセッションがさらに管理者であるロールを引き受けられるロールや、管理者に成り代われるロールも含みます: 「→ sts:AssumeRole role/GATEWAY → role/ADMIN」「→ sts:AssumeRole role/HELPDESK → iam:CreateAccessKey user/名前」。ユーザーが信頼ポリシーを書き換えられる(iam:UpdateAssumeRolePolicy)管理者ロールも含み、その場合は信頼ポリシーの MFA 条件も外せます)。渡したものを実行するサービスに管理者ロールを渡せるユーザーも管理者です(「→ iam:PassRole role/名前 to lambda.amazonaws.com」と表示。iam:PassedToService が認めるサービスへのロールの iam:PassRole に加え、サービスに実行させる操作が許可されている場合: Lambda は lambda:CreateFunction と lambda:InvokeFunction またはイベントソース、CloudFormation は cloudformation:CreateStack、EC2 はインスタンスプロファイルがロールを含む場合の ec2:RunInstances、CodeBuild はプロジェクトの作成とビルド、Glue はジョブの作成と実行または開発エンドポイント、SageMaker はノートブックの作成と表示、処理ジョブまたはトレーニングジョブ、ECS はタスク定義の登録と実行)。管理者ロールで動く Lambda 関数のコードを変更できるユーザー、管理者ロールをサービスロールとする CloudFormation スタックを更新できるユーザー、インスタンスプロファイルが管理者ロールを含む EC2 インスタンスでコマンドを実行できるユーザー、管理者ロールをサービスロールとする CodeBuild プロジェクトのビルドを開始できるユーザー、管理者ロールをタスクロールとする ECS タスク定義からタスクを実行できるユーザー、管理者ロールで動く SageMaker ノートブックインスタンスを開けるユーザーも管理者です(「→ lambda:UpdateFunctionCode function/名前 in リージョン as role/名前」「→ cloudformation:UpdateStack stack/名前 in リージョン as role/名前」「→ ssm:SendCommand instance/ID in リージョン as role/名前」「→ codebuild:StartBuild project/名前 in リージョン as role/名前」「→ ecs:RunTask task-definition/ファミリー:リビジョン in リージョン as role/名前」「→ sagemaker:CreatePresignedNotebookInstanceUrl notebook-instance/名前 in リージョン as role/名前」と表示。スタックは変更セットの作成と実行でも更新できます。CloudFormation は、スタックを操作できるユーザーであれば iam:PassRole がなくてもスタックのロールを使います。削除しかできないスタックはもう何も実行しません。Systems Manager は ssm:SendCommand や ssm:StartSession のコマンドを root として実行し、ロールの認証情報を使えます。EC2 Instance Connect で SSH キーを送れる場合や、停止と起動の間にユーザーデータを書き換えられる場合も同じです。ビルドの buildspec は開始時に、タスクのコマンドは実行時に上書きできます(各ファミリーの最新の有効なリビジョンを読み取ります)。ノートブックの Jupyter のターミナルではロールの認証情報を使えます。関数、スタック、インスタンス、プロジェクト、タスク定義、ノートブックは、Lambda、CloudFormation、EC2、CodeBuild、ECS タスク、SageMaker が使うロールに管理者がいて、どの方法でも管理者とは限らないユーザーがそれらを変更できる場合にだけ、リージョンごとに読み取ります)。組織の管理アカウントでは、Organizations(OrganizationAccountAccessRole)や Control Tower(AWSControlTowerExecution)がメンバーアカウントに作る、AdministratorAccess を持ち管理アカウントを信頼するロールを引き受けられるユーザーも、メンバーを管理できるため管理者です(「→ sts:AssumeRole role/OrganizationAccountAccessRole in member accounts」と表示。PowerUserAccess はこれを許可します。一部のメンバーアカウントだけを指定したポリシーや、メンバーがまだそのロールを持っているかどうかは判定しません。組織を読めなかった場合、そのようなユーザーは ERROR です)。サービスが使うロールのセッションには MFA がないため、キーだけでの利用を防げるのはユーザー自身のリクエストに付けた MFA 条件だけです。ユーザー自身が解除できる境界は制限とみなしません。アクセスキーには MFA がありません: Bool aws:MultiFactorAuthPresent true を必須にした許可や、AWS の「MFA がなければ拒否」ポリシー(BoolIfExists aws:MultiFactorAuthPresent false の Deny)はキーを管理者として使わせませんが、BoolIfExists aws:MultiFactorAuthPresent true は防げません。その他のキー(送信元 IP、タグ)の条件は満たされうるものとして扱います。サービスコントロールポリシーは考慮しません。判定を決めるもの(自身や到達できるロールのポリシーや信頼ポリシー、リージョンごとの関数、スタック、インスタンス、プロジェクト、タスク定義、ノートブック)を読めなかったユーザーは ERROR です。',
      rationale:
        '管理者の認証情報は、ほとんどの点でルートと同じくらい強力です。MFA が守るのはコンソールのサインインで、アクセスキーには適用されません。ポリシーで MFA を必須にしない限り、キーだけで使えます。管理者のキーが漏れれば乗っ取りにつながります。',
      remediation: '管理者に MFA デバイスを割り当て、アクセスキーにも MFA を必須にする(またはロールに置き換える)ことをおすすめします。',
      console: [
        'IAM を開き、「ユーザー」から対象の管理者を選びます。',
        '「セキュリティ認証情報」タブで「MFA デバイスの割り当て」を選びます。',
        'アクセスキーは短期の認証情報(IAM Identity Center やロール)に置き換えるのが望ましく、残す場合はポリシーで aws:MultiFactorAuthPresent を必須にします。',
      ],
      messages: {
        'has-mfa': '管理者 {user}({via})には MFA が設定されています。',
        'key-needs-mfa': '管理者 {user}({via})には MFA が設定されており、有効なアクセスキーは MFA なしでは管理者として動けません。',
        'console-no-mfa': '管理者 {user}({via})はコンソールパスワードを持っていますが、MFA がありません。',
        'console-no-mfa-and-key': '管理者 {user}({via})はコンソールパスワードを持っていますが MFA がなく、さらに MFA なしで管理者として動ける有効なアクセスキーがあります。',
        'keys-only': '管理者 {user}({via})には MFA がなく、MFA なしで管理者として動ける有効なアクセスキーがあります。',
        'no-mfa': '管理者 {user}({via})に MFA デバイスがありません(現在コンソールパスワードも、単独で管理者として動けるアクセスキーもありません)。',
        'keys-without-mfa': '管理者 {user}({via})には MFA なしで管理者として動ける有効なアクセスキーがあります。MFA はアクセスキーには適用されません。',
        'no-admins': '何でもできる、自分に何でも許可できる、またはそれができるロールを引き受けたりサービスに渡したりできる IAM ユーザーはいません。',
        'no-admins-roles-not-read': '何でもできる、または自分に何でも許可できる IAM ユーザーはいません。このスナップショットには IAM ロールがありません(古いバージョンで取得されたもの)。何でもできるロールを引き受けられるユーザーがいるかどうかは不明です。スナップショットを取り直してください。',
      },
      fixes: {
        'keys-without-mfa': '管理者 {user} のアクセスキーを IAM Identity Center か MFA 付きで引き受けるロールに置き換えるか、管理者になる箇所({via})で MFA を必須にしてください: 許可しているポリシーに、引き受けるロールを通じて管理者になる場合はそのロールの信頼ポリシーに、Bool aws:MultiFactorAuthPresent true の条件を付けます。',
        'console-no-mfa': '管理者 {user} に MFA デバイスを割り当ててください(IAM → ユーザー → {user} → セキュリティ認証情報)。',
        'console-no-mfa-and-key': '管理者 {user} に MFA デバイスを割り当て、アクセスキーだけでは管理者として動けないようにしてください: IAM Identity Center か MFA 付きで引き受けるロールに置き換えるか、許可しているポリシー({via})に、引き受けるロールを通じて管理者になる場合はそのロールの信頼ポリシーに、aws:MultiFactorAuthPresent を必須にします。',
        'keys-only': '管理者 {user} に MFA デバイスを割り当て、アクセスキーだけでは管理者として動けないようにしてください: IAM Identity Center か MFA 付きで引き受けるロールに置き換えるか、許可しているポリシー({via})に、引き受けるロールを通じて管理者になる場合はそのロールの信頼ポリシーに、aws:MultiFactorAuthPresent を必須にします。',
        'no-mfa': '管理者 {user} にパスワードやキーが作られる前に MFA デバイスを割り当てるか、管理者権限を外してください。',
      },
    },
  },
  async evaluate(ctx) {
    const { facts } = ctx;
    const details = await facts.iam.authorizationDetails();
    // Read beside the details (a live audit asks for it from its start): which users have no MFA device. A console
    // password set for an administrator without one signs in as it.
    const read = await facts.iam.credentialReport().then((value) => ({ value }), (error: unknown) => ({ error }));
    const withoutDevice = new Set('value' in read ? read.value.users.filter((row) => !row.mfaActive).map((row) => row.user) : []);
    // In the organization's management account, the roles AWS makes for it in member accounts administer them (administrators.ts).
    const account = requireIdentity(ctx);
    const organizationRole = await facts.organizations.organization().then(
      (organization) => (organization.managementAccountId === account.accountId ? ('management' as const) : undefined),
      (error: unknown) => {
        if (!(error instanceof CollectError)) throw error;
        return error.kind === 'not-enabled' ? undefined : ('unknown' as const);
      },
    );
    const identity: AccountIdentity = { ...account, ...(organizationRole ? { organizationRole } : {}) };
    let verdict = administrators(details, identity, withoutDevice);
    // Only where a workload could make an administrator (a role a function or a stack runs as is one, and someone not one may change
    // what it runs): those of every audited region, then judged again, until no other kind may matter.
    let workloads: WorkloadsRead | undefined;
    while (verdict.readWorkloads.length > 0) {
      workloads = await readWorkloads(facts, ctx.regions, { roles: details.roles ?? [], identity }, verdict.readWorkloads, workloads);
      verdict = administrators(details, identity, withoutDevice, workloads);
    }
    const { administrators: admins, undecided } = verdict;
    const unreadable = undecided.map(({ arn, userName, missing }) => {
      // Named after what could not be read: a policy (or trust policy), else a region's list of workloads.
      const listed = missing.every((item) => workloadListed(item)) ? workloadListed(missing[0] ?? '') : undefined;
      const [fact, code] = listed ? [WORKLOADS[listed].fact, 'WorkloadsUnreadable'] : (['iam.authorizationDetails', 'PolicyUnreadable'] as const);
      return {
        status: 'ERROR' as const,
        resource: arn,
        error: incomplete(fact, code, `what decides whether user ${userName} is an administrator could not all be read (${missing.join(', ')}): whether it is one is unknown`, `ユーザー ${userName} が管理者かどうかを決めるものをすべては読めませんでした(${missing.join('、')})。管理者かどうかは不明です`),
      };
    });
    // "No administrator" is said only when every user was judged; it needs no report (no one's place to take).
    if (admins.length === 0) {
      if (unreadable.length > 0) return unreadable;
      // A snapshot from before roles were read: no user's way through a role was judged.
      return [details.roles ? pass(ACCOUNT, 'no-admins') : manual(ACCOUNT, 'no-admins-roles-not-read')];
    }
    if ('error' in read) throw read.error;
    const { users: report, generatedAt } = read.value;
    const rows = new Map(report.map((row) => [row.user, row])); // 100,000 users must not cost 10^10 comparisons
    const judged = await Promise.all(
      admins.map((admin) => {
        const row = rows.get(admin.userName);
        const arn = row?.arn ?? admin.arn; // the report's ARN carries the user's path
        return perResource(arn, async () => {
          if (!row) {
            throw incomplete('iam.credentialReport', 'UserNotInReport', `user ${admin.userName} is not in the credential report (created after it was generated?)`, `ユーザー ${admin.userName} が認証情報レポートにありません(レポートの生成後に作成されたのかもしれません)`);
          }
          const how = admin.grant.kind === 'self-grant' ? [`→ ${admin.grant.on ? `${admin.grant.action} ${admin.grant.on}` : admin.grant.action}`] : [];
          const via = [...admin.via, ...how].join(', ');
          const options = { params: { user: admin.userName, via }, asOf: generatedAt };
          const activeKey = row.accessKey1Active || row.accessKey2Active;
          // MFA protects sign-in; an access key carries no MFA, so it acts as administrator unless a policy stops it.
          const keyActsAlone = activeKey && admin.withoutMfa.accessKey;
          const consoleWithoutMfa = row.passwordEnabled === true && !row.mfaActive;
          // Every reason at once: fixing one must not reveal another.
          if (consoleWithoutMfa && keyActsAlone) return fail(arn, 'console-no-mfa-and-key', options);
          if (consoleWithoutMfa) return fail(arn, 'console-no-mfa', options);
          if (keyActsAlone) return fail(arn, row.mfaActive ? 'keys-without-mfa' : 'keys-only', options);
          if (!row.mfaActive) return fail(arn, 'no-mfa', options);
          return pass(arn, activeKey ? 'key-needs-mfa' : 'has-mfa', options);
        });
      }),
    );
    return [...unreadable, ...judged];
  },
});
