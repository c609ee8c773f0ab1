import { ACCOUNT, defineCheck, fail, pass, unless } from '../define.js';

export default defineCheck({
  id: 'organizations.member',
  severity: 'info',
  scope: 'account',
  references: {
    seed: 'organizations',
    docs: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_invites.html',
  },
  reads: ['organizations.organization'],
  cli: [
    'aws organizations create-organization --feature-set ALL',
    'aws organizations describe-organization',
  ],
  text: {
    en: {
      title: 'The account belongs to an AWS Organization',
      passes: 'DescribeOrganization answers: the account belongs to an AWS Organization.',
      rationale:
        'With more than one account, an organization gives one bill, service control policies, and organization-wide CloudTrail, Config, GuardDuty and Firewall Manager. A single account with no plans for more can ignore this.',
      remediation: 'Create an organization from your management account, or accept the invitation sent to this account.',
      console: [
        'From the account that should pay and govern, open AWS Organizations and choose "Create an organization".',
        'Choose "Add an AWS account" to invite existing accounts or create new ones.',
        'In an invited account, open AWS Organizations, then "Invitations", and accept.',
      ],
      messages: {
        member: 'The account is in organization {organization} (management account {management}).',
        standalone: 'The account is not in an AWS Organization.',
      },
    },
    ja: {
      title: 'AWS Organizations に参加している',
      passes: 'DescribeOrganization が応答する、つまりアカウントが AWS Organizations の組織に属していること。',
      rationale:
        '複数のアカウントを持つなら、組織に参加すると請求を一本化でき、サービスコントロールポリシーや、組織全体の CloudTrail・Config・GuardDuty・Firewall Manager を使えます。今後も単一アカウントで運用するなら対応は不要です。',
      remediation: '管理アカウントで組織を作成するか、このアカウントに届いた招待を承認してください。',
      console: [
        '請求と統制をまとめるアカウントで AWS Organizations を開き、「組織を作成する」を選びます。',
        '「AWS アカウントを追加」から既存アカウントを招待するか、新しいアカウントを作成します。',
        '招待されたアカウントでは AWS Organizations の「招待」を開いて承認します。',
      ],
      messages: {
        member: 'このアカウントは組織 {organization}(管理アカウント {management})に参加しています。',
        standalone: 'このアカウントは AWS Organizations に参加していません。',
      },
    },
  },
  async evaluate({ facts }) {
    const organization = await unless(facts.organizations.organization(), 'not-enabled');
    if (!organization) return [fail(ACCOUNT, 'standalone')];
    return [pass(ACCOUNT, 'member', { params: { organization: organization.id, management: organization.managementAccountId } })];
  },
});
