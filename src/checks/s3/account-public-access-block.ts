import { ACCOUNT, defineCheck, fail, pass } from '../define.js';
import { COST, sh } from '../../fix/step.js';
import { PUBLIC_ACCESS_SETTINGS } from '../../facts/services/s3control.js';

export default defineCheck({
  id: 's3.account-public-access-block',
  severity: 'high',
  scope: 'account',
  references: {
    ssb: ['ACCT.08'],
    cis: ['2.1.4'],
    fsbp: ['S3.1'],
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
  },
  reads: ['s3control.publicAccessBlock'],
  cli: [
    'aws s3control get-public-access-block --account-id ACCOUNT_ID',
    'aws s3control put-public-access-block --account-id ACCOUNT_ID --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  ],
  text: {
    en: {
      title: 'S3 Block Public Access is on for the whole account',
      passes:
        "The account's S3 Block Public Access has all four settings on: BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets (s3control:GetPublicAccessBlock, which answers the effective setting, an organization's S3 policy included; one setting for every region and every bucket, present and future). None configured (NoSuchPublicAccessBlockConfiguration) or any one off is FAIL; a refused read is ERROR.",
      rationale:
        'A bucket made public by one ACL or one bucket policy is the most common way data leaks from AWS. The account-level block overrides every bucket, including those created tomorrow by a script or a console click, so one mistake no longer exposes data. AWS turns it on for new buckets, not for the account: an account holds it only if someone set it.',
      remediation:
        'Turn on all four Block Public Access settings for the account. First list the buckets that are meant to be public (an S3 static website): serve them through CloudFront with origin access control instead, because the block also cuts their public access.',
      console: [
        'Open the S3 console and choose "Block Public Access settings for this account" in the left menu.',
        'Choose "Edit", tick "Block all public access" (all four settings), save and confirm.',
        'Where an S3 policy of AWS Organizations sets it (the page says the account is managed by the organization), the account cannot change it: set the policy to "all" from the management account instead (Organizations, Policies, S3 policies).',
      ],
      messages: {
        on: 'S3 Block Public Access is on for the account (all four settings).',
        none: 'The account has no S3 Block Public Access configuration: every bucket can be made public by its own ACL or policy.',
        partial: 'S3 Block Public Access for the account leaves off: {off}.',
      },
    },
    ja: {
      title: 'アカウント全体で S3 ブロックパブリックアクセスがオン',
      passes:
        'アカウントの S3 ブロックパブリックアクセスの 4 つの設定(BlockPublicAcls、IgnorePublicAcls、BlockPublicPolicy、RestrictPublicBuckets)がすべてオンであること(s3control:GetPublicAccessBlock。組織の S3 ポリシーを含めた実効の設定を返します。すべてのリージョンと、今あるもの・これから作るものを含むすべてのバケットに効く 1 つの設定)。設定がない(NoSuchPublicAccessBlockConfiguration)か、1 つでもオフなら FAIL、読み取りが拒否されたら ERROR です。',
      rationale:
        'ACL やバケットポリシー 1 つで公開されたバケットは、AWS からのデータ漏えいで最も多い原因です。アカウントレベルのブロックはすべてのバケット(明日スクリプトやコンソール操作で作られるものも)に優先するため、1 つの誤りでデータが公開されることはなくなります。AWS が既定でオンにするのは新しいバケットで、アカウントではありません。誰かが設定して初めてアカウントに効きます。',
      remediation:
        'アカウントのブロックパブリックアクセスの 4 つの設定をすべてオンにしてください。先に、公開する前提のバケット(S3 の静的ウェブサイト)を洗い出し、オリジンアクセスコントロール付きの CloudFront 経由で配信するように変えてください。ブロックはそれらの公開アクセスも止めます。',
      console: [
        'S3 コンソールを開き、左のメニューで「このアカウントのブロックパブリックアクセス設定」を選びます。',
        '「編集」を選び、「パブリックアクセスをすべてブロック」(4 つの設定すべて)にチェックを入れて保存し、確認します。',
        'AWS Organizations の S3 ポリシーが設定している場合(ページにアカウントが組織で管理されていると表示されます)、アカウントでは変更できません。管理アカウントからポリシーを「all」にしてください(Organizations の「ポリシー」→「S3 ポリシー」)。',
      ],
      messages: {
        on: 'アカウントの S3 ブロックパブリックアクセスはオンです(4 つの設定すべて)。',
        none: 'アカウントに S3 ブロックパブリックアクセスの設定がありません。どのバケットも、自身の ACL やポリシーで公開できてしまいます。',
        partial: 'アカウントの S3 ブロックパブリックアクセスで次の設定がオフです: {off}。',
      },
    },
  },
  async evaluate({ facts }) {
    const settings = await facts.s3control.publicAccessBlock();
    if (!settings) return [fail(ACCOUNT, 'none')];
    const off = PUBLIC_ACCESS_SETTINGS.filter((setting) => !settings[setting]);
    return [off.length === 0 ? pass(ACCOUNT, 'on') : fail(ACCOUNT, 'partial', { params: { off: off.join(', ') } })];
  },
  fix: (ctx) =>
    ctx.failing('s3.account-public-access-block').map((found) => ({
      checkIds: ['s3.account-public-access-block'],
      title: { en: 'S3 Block Public Access on for the account (all four settings)', ja: 'アカウントの S3 ブロックパブリックアクセスをオン(4 つの設定すべて)' },
      commands: [
        `aws s3control put-public-access-block --account-id ${sh(ctx.accountId)} \\`,
        `  --public-access-block-configuration ${PUBLIC_ACCESS_SETTINGS.map((setting) => `${setting}=true`).join(',')}`,
      ],
      cost: COST.none,
      covers: [found],
    })),
});
