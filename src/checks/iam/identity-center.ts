import type { MessageParams } from '../../core/model.js';
import { ACCOUNT, defineCheck, fail, inEveryRegion, manual, pass, requireIdentity, unless } from '../define.js';

/** The first instance any region listed. */
const firstInstance = ({ answers }: { answers: { value: { arn: string }[] }[] }) => answers.flatMap(({ value }) => value)[0];

export default defineCheck({
  id: 'iam.identity-center',
  severity: 'medium',
  scope: 'account',
  references: {
    ssb: ['ACCT.03'],
    cis: ['1.21'],
    docs: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/get-set-up-for-idc.html',
  },
  reads: ['sso.instances', 'iam.credentialReport', 'organizations.organization', 'sso.managementInstances'],
  cli: ['aws sso-admin list-instances --region REGION'],
  text: {
    en: {
      title: 'People sign in through IAM Identity Center',
      passes:
        "An IAM Identity Center instance is there in one of the audited regions (sso-admin ListInstances), so people can have their own sign-in with short-lived credentials instead of IAM users. IAM users with console passwords beside it are named in the message (iam.user-console-mfa judges them). A member account of an organization with no instance of its own is judged by the organization's instance, which lives in its management account and which the member cannot see: in an --org audit run from the management account, read there (PASS naming it, FAIL where the management account has none in any region read); audited alone, MANUAL naming the management account. A region the organization's service control policy denies is set aside (an instance there is of no use to anyone here) while another region answers; with --regions, only the regions asked for are read, and the message says how many.",
      rationale:
        "IAM users are long-lived identities with passwords and access keys that each account keeps apart. IAM Identity Center gives each person one sign-in (with MFA) for every account, short-lived credentials instead of keys, and one place to remove someone who leaves. AWS Startup Security Baseline ACCT.03 asks for console access through it.",
      remediation: 'Enable IAM Identity Center (in the management account, for an organization) and give people access through it instead of IAM users.',
      console: [
        'Open IAM Identity Center in the region that should hold it, and choose "Enable" (from the management account, for every account of the organization).',
        'Create users or connect your identity provider, and assign them permission sets on the accounts they need.',
        'Once people sign in through the AWS access portal, remove the console passwords of their IAM users.',
      ],
      messages: {
        enabled: 'IAM Identity Center is enabled ({instance}).',
        'enabled-beside-iam-users': 'IAM Identity Center is enabled ({instance}), and {count} IAM user(s) still sign in with a console password.',
        'iam-users': 'There is no IAM Identity Center in any of the {regions} region(s) read: {count} IAM user(s) sign in with console passwords.',
        none: 'There is no IAM Identity Center in any of the {regions} region(s) read: only the root user can sign in to the console.',
        member: 'This member account has no Identity Center instance of its own: an organization\'s lives in its management account ({management}); audit that account.',
        organization: 'The organization\'s IAM Identity Center ({instance}, in the management account {management}) serves this account: people can sign in to it through the AWS access portal.',
        'organization-beside-iam-users': 'The organization\'s IAM Identity Center ({instance}, in the management account {management}) serves this account, and {count} IAM user(s) here still sign in with a console password.',
      },
    },
    ja: {
      title: '人が IAM Identity Center からサインインしている',
      passes:
        '監査したリージョンのいずれかに IAM Identity Center のインスタンスがある(sso-admin ListInstances)。人は IAM ユーザーではなく、短期の認証情報を使う自分のサインインを持てます。並んでコンソールパスワードを持つ IAM ユーザーはメッセージに示します(それらは iam.user-console-mfa が判定します)。組織のメンバーアカウントで自身のインスタンスがない場合は、管理アカウントにある組織のインスタンス(メンバーからは見えません)で判定します。管理アカウントから実行する --org 監査ではそこで読み取り(あれば PASS で示し、読み取ったどのリージョンにもなければ FAIL)、単独で監査した場合は管理アカウントを示して MANUAL です。組織のサービスコントロールポリシーが拒否するリージョンは、他のリージョンが応答する限り除外します(そこにあるインスタンスはここでは誰も使えません)。--regions を指定した場合は指定したリージョンだけを読み、その数をメッセージに示します。',
      rationale:
        'IAM ユーザーはパスワードとアクセスキーを持つ長期の ID で、アカウントごとに別々に管理されます。IAM Identity Center なら、一人ひとりがすべてのアカウントに 1 つのサインイン(MFA 付き)で入れ、キーの代わりに短期の認証情報を使い、退職者を一か所で削除できます。AWS Startup Security Baseline の ACCT.03 はこれを通したコンソールアクセスを求めています。',
      remediation: 'IAM Identity Center を有効にし(組織なら管理アカウントで)、IAM ユーザーの代わりにそれを通してアクセスを与えてください。',
      console: [
        'インスタンスを置くリージョンで IAM Identity Center を開き、「有効にする」を選びます(組織なら管理アカウントから、組織のすべてのアカウント向けに)。',
        'ユーザーを作るか ID プロバイダーを接続し、必要なアカウントに許可セットを割り当てます。',
        '人が AWS アクセスポータルからサインインするようになったら、その IAM ユーザーのコンソールパスワードを削除します。',
      ],
      messages: {
        enabled: 'IAM Identity Center が有効です({instance})。',
        'enabled-beside-iam-users': 'IAM Identity Center が有効です({instance})。ただし {count} 人の IAM ユーザーがまだコンソールパスワードでサインインします。',
        'iam-users': '読み取った {regions} リージョンのいずれにも IAM Identity Center がありません。{count} 人の IAM ユーザーがコンソールパスワードでサインインします。',
        none: '読み取った {regions} リージョンのいずれにも IAM Identity Center がありません。コンソールにサインインできるのはルートユーザーだけです。',
        member: 'このメンバーアカウントには自身の Identity Center インスタンスがありません。組織のインスタンスは管理アカウント({management})にあります。そのアカウントを監査してください。',
        organization: '組織の IAM Identity Center({instance}、管理アカウント {management})がこのアカウントに使えます。人は AWS アクセスポータルからサインインできます。',
        'organization-beside-iam-users': '組織の IAM Identity Center({instance}、管理アカウント {management})がこのアカウントに使えます。ただし、ここでは {count} 人の IAM ユーザーがまだコンソールパスワードでサインインします。',
      },
    },
  },
  async evaluate(ctx) {
    const { facts, regions } = ctx;
    // An instance lives in the one region it was enabled in: every audited region is asked. One found is proof
    // whatever the others answered; none found while a region could not be read is ERROR, never "none". A region
    // the organization's SCP denies holds no instance anyone here could use (AWS's example region-deny SCP does
    // not exempt sso:), so it is set aside while another region answered, as cloudtrail.multi-region does.
    const own = await inEveryRegion(regions, (region) => facts.sso.instances(region));
    const instance = firstInstance(own);
    if (!instance && own.failures[0]) throw own.failures[0].error;
    const { users } = await facts.iam.credentialReport();
    const consoleUsers = users.filter((row) => row.user !== '<root_account>' && row.passwordEnabled === true).length;
    const served = <K extends string>(key: K, params: MessageParams) => (consoleUsers > 0 ? pass(ACCOUNT, `${key}-beside-iam-users` as const, { params: { ...params, count: consoleUsers } }) : pass(ACCOUNT, key, { params }));
    if (instance) return [served('enabled', { instance: instance.arn })];
    const organization = await unless(facts.organizations.organization(), 'not-enabled');
    if (organization && organization.managementAccountId !== requireIdentity(ctx).accountId) {
      const management = organization.managementAccountId;
      // The organization's instance, read in the management account by an --org audit run from it (any instance there is the
      // organization's: sso-admin CreateInstance refuses an account instance in the management account); audited alone, a member cannot tell.
      const theirs = await inEveryRegion(regions, (region) => facts.sso.managementInstances(region));
      const found = firstInstance(theirs);
      if (found) return [served('organization', { instance: found.arn, management })];
      if (theirs.failures.length > 0) return [manual(ACCOUNT, 'member', { params: { management } })];
    }
    const read = own.answers.length;
    return [consoleUsers > 0 ? fail(ACCOUNT, 'iam-users', { params: { count: consoleUsers, regions: read } }) : fail(ACCOUNT, 'none', { params: { regions: read } })];
  },
});
