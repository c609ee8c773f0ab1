import { COST, inEachFailingRegion } from '../../fix/step.js';
import { defineCheck, fail, manual, pass, REGION, requireIdentity, unless } from '../define.js';

/** The analyzers that find access from outside the account or organization (Access Analyzer API Reference, Type). */
const EXTERNAL_ACCESS = new Set(['ACCOUNT', 'ORGANIZATION']);

export default defineCheck({
  id: 'iam.access-analyzer',
  severity: 'medium',
  scope: 'region',
  references: {
    cis: ['1.20'],
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html',
  },
  reads: ['accessanalyzer.analyzers', 'organizations.organization'],
  cli: [
    'aws accessanalyzer list-analyzers --region REGION',
    'aws accessanalyzer create-analyzer --analyzer-name aws-baseline-external-access --type ACCOUNT --region REGION',
  ],
  text: {
    en: {
      title: 'IAM Access Analyzer watches for external access in the region',
      passes:
        'Per region: an IAM Access Analyzer analyzer of external access (type ACCOUNT or ORGANIZATION) is ACTIVE (access-analyzer:ListAnalyzers; CIS 1.20). One that is CREATING, DISABLED or FAILED, or only analyzers of unused or internal access, is FAIL. A member account of an organization with no active analyzer of its own is MANUAL: an organization analyzer, which covers it, is listed only in the management account or its delegated administrator. A region the account has not enabled is SKIPPED.',
      rationale:
        "A bucket policy, a KMS key policy or a role's trust policy that lets another account or the whole internet in is easy to write and hard to notice. An external access analyzer reads those policies as IAM evaluates them and reports each resource shared outside the account (or organization), as soon as the policy changes. It is free, and it works per region, like the resources it reads.",
      remediation: 'Create an external access analyzer in this region (type ACCOUNT, or ORGANIZATION from the management account or its delegated administrator).',
      console: [
        'Open IAM, choose "Access analyzer" under "Access reports", and pick the region at the top right.',
        'Choose "Create analyzer", keep "External access analysis", choose the zone of trust (the account, or the organization), and create it.',
        'Repeat in each region you use, or create it with a StackSet for every region.',
      ],
      messages: {
        active: 'External access analyzer {analyzer} ({type}) is active.',
        'not-active': 'External access analyzer {analyzer} is {status}, not ACTIVE: it reports nothing.',
        'no-external': 'Only analyzers of unused or internal access here ({analyzers}): none reports access from outside the account.',
        none: 'No IAM Access Analyzer analyzer in this region.',
        member: "This member account has no active external access analyzer of its own here. An organization analyzer covers it, if the management account ({management}) or its delegated administrator for Access Analyzer has one in this region: check there, then attest it.",
      },
    },
    ja: {
      title: 'リージョンで IAM Access Analyzer が外部アクセスを監視している',
      passes:
        'リージョンごとに、外部アクセスの IAM Access Analyzer アナライザー(タイプ ACCOUNT か ORGANIZATION)が ACTIVE であること(access-analyzer:ListAnalyzers、CIS 1.20)。CREATING、DISABLED、FAILED のもの、または未使用アクセスや内部アクセスのアナライザーしかない場合は FAIL です。組織のメンバーアカウントで自身のアクティブなアナライザーがない場合は MANUAL です。メンバーを対象にする組織のアナライザーは、管理アカウントか委任管理者にしか表示されません。アカウントで有効になっていないリージョンは SKIPPED です。',
      rationale:
        'ほかのアカウントやインターネット全体からのアクセスを許すバケットポリシー、KMS キーポリシー、ロールの信頼ポリシーは、書くのは簡単で気づくのは困難です。外部アクセスのアナライザーはそれらのポリシーを IAM と同じ評価で読み、アカウント(または組織)の外に共有されたリソースを、ポリシーが変わるたびに報告します。無料で、読み取るリソースと同じくリージョンごとに動きます。',
      remediation: 'このリージョンに外部アクセスのアナライザーを作成してください(タイプ ACCOUNT。管理アカウントか委任管理者からなら ORGANIZATION)。',
      console: [
        'IAM を開き、「アクセスレポート」の「Access Analyzer」を選び、右上でリージョンを選びます。',
        '「アナライザーを作成」を選び、「外部アクセス分析」のまま、信頼ゾーン(アカウントか組織)を選んで作成します。',
        '使う各リージョンで繰り返すか、StackSet ですべてのリージョンに作成します。',
      ],
      messages: {
        active: '外部アクセスのアナライザー {analyzer}({type})はアクティブです。',
        'not-active': '外部アクセスのアナライザー {analyzer} は {status} で、ACTIVE ではありません。何も報告しません。',
        'no-external': 'ここにあるのは未使用アクセスか内部アクセスのアナライザー({analyzers})だけで、アカウント外からのアクセスを報告するものはありません。',
        none: 'このリージョンに IAM Access Analyzer のアナライザーがありません。',
        member: 'このメンバーアカウントには、ここに自身のアクティブな外部アクセスのアナライザーがありません。管理アカウント({management})か Access Analyzer の委任管理者がこのリージョンに組織のアナライザーを持っていれば、このアカウントも対象です。そちらで確認してから証明してください。',
      },
    },
  },
  async evaluate(ctx) {
    const { facts, region } = ctx;
    const analyzers = await facts.accessanalyzer.analyzers(region);
    const external = analyzers.filter((analyzer) => EXTERNAL_ACCESS.has(analyzer.type));
    const active = external.find((analyzer) => analyzer.status === 'ACTIVE');
    if (active) return [pass(REGION, 'active', { params: { analyzer: active.name, type: active.type } })];
    const organization = await unless(facts.organizations.organization(), 'not-enabled');
    if (organization && organization.managementAccountId !== requireIdentity(ctx).accountId) return [manual(REGION, 'member', { params: { management: organization.managementAccountId } })];
    const [inactive] = external;
    if (inactive) return [fail(REGION, 'not-active', { params: { analyzer: inactive.name, status: inactive.status } })];
    if (analyzers.length > 0) return [fail(REGION, 'no-external', { params: { analyzers: analyzers.map((analyzer) => `${analyzer.name} (${analyzer.type})`).join(', ') } })];
    return [fail(REGION, 'none')];
  },
  fix: (ctx) =>
    inEachFailingRegion(ctx, 'iam.access-analyzer', {
      title: (regions) => ({ en: `An external access analyzer of the account in ${regions}`, ja: `${regions} にアカウントの外部アクセスのアナライザーを作成` }),
      // A second run finds the analyzer the first made, active, and leaves it.
      body: [
        'if [ "$(aws accessanalyzer list-analyzers --type ACCOUNT --region "$region" --query "length(analyzers[?status==\'ACTIVE\'])" --output text)" = 0 ]; then',
        '  aws accessanalyzer create-analyzer --analyzer-name aws-baseline-external-access --type ACCOUNT --tags created-by=aws-baseline --region "$region" >/dev/null',
        'fi',
      ],
      cost: COST.none,
    }),
});
