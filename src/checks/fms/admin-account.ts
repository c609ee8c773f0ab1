import { isCollectError } from '../../facts/errors.js';
import { ACCOUNT, defineCheck, fail, pass, skip, unless, withHint } from '../define.js';

export default defineCheck({
  id: 'fms.admin-account',
  severity: 'low',
  scope: 'account',
  references: {
    seed: 'firewall-manager',
    docs: 'https://docs.aws.amazon.com/waf/latest/developerguide/enable-integration.html',
  },
  reads: ['organizations.organization', 'fms.adminAccount'],
  cli: [
    'aws fms associate-admin-account --admin-account ACCOUNT_ID --region us-east-1',
    'aws fms get-admin-account --region us-east-1',
  ],
  text: {
    en: {
      title: 'The organization has a Firewall Manager administrator',
      passes: 'The organization has a Firewall Manager administrator account (GetAdminAccount in us-east-1) that is not PENDING_DELETION, DELETED or OFFBOARDING. SKIPPED outside an organization; a member refused the read is ERROR naming the management account.',
      rationale:
        'Firewall Manager applies WAF rules, Shield Advanced protections, security groups and network firewalls across every account of the organization from one place, including accounts created later.',
      remediation: 'From the organization\'s management account, designate a Firewall Manager administrator account (us-east-1).',
      console: [
        'Sign in to the organization\'s management account and open "AWS WAF & Shield", then "AWS Firewall Manager" → "Settings".',
        'Choose "Create administrator account", enter the account ID (a dedicated security account is best) and confirm.',
        'AWS Config must be enabled in the member accounts for Firewall Manager policies to apply.',
      ],
      messages: {
        present: 'Firewall Manager administrator: account {admin} ({status}).',
        missing: 'The organization has no Firewall Manager administrator account.',
        'not-in-organization': 'Not applicable: the account is not in an AWS Organization.',
        leaving: 'Firewall Manager administrator account {admin} is {status}: it no longer administers the organization.',
      },
    },
    ja: {
      title: '組織に Firewall Manager の管理者アカウントが設定されている',
      passes: '組織に Firewall Manager の管理者アカウントがあり(us-east-1 の GetAdminAccount)、その状態が PENDING_DELETION、DELETED、OFFBOARDING でないこと。組織に属していなければ SKIPPED、読み取りを拒否されたメンバーでは管理アカウントを示して ERROR です。',
      rationale:
        'Firewall Manager を使うと、WAF ルール、Shield Advanced、セキュリティグループ、Network Firewall を、後から作成されたアカウントも含めて組織の全アカウントに一元的に適用できます。',
      remediation: '組織の管理アカウントで、Firewall Manager の管理者アカウントを指定してください(us-east-1)。',
      console: [
        '組織の管理アカウントでサインインし、「AWS WAF & Shield」の「AWS Firewall Manager」→「設定」を開きます。',
        '「管理者アカウントを作成」を選び、アカウント ID(専用のセキュリティアカウントがおすすめ)を入力して確定します。',
        'Firewall Manager のポリシーを適用するには、メンバーアカウントで AWS Config が有効になっている必要があります。',
      ],
      messages: {
        present: 'Firewall Manager の管理者: アカウント {admin}({status})。',
        missing: '組織に Firewall Manager の管理者アカウントが設定されていません。',
        'not-in-organization': '対象外: このアカウントは AWS Organizations に参加していません。',
        leaving: 'Firewall Manager の管理者アカウント {admin} の状態は {status} で、組織を管理していません。',
      },
    },
  },
  async evaluate({ facts, identity }) {
    const organization = await unless(facts.organizations.organization(), 'not-enabled');
    if (!organization) return [skip(ACCOUNT, 'not-in-organization')];
    try {
      const admin = await facts.fms.adminAccount();
      const params = { admin: admin.adminAccount, status: admin.status ?? 'unknown' };
      // An administrator on its way out (PENDING_DELETION, DELETED, OFFBOARDING…) administers nothing.
      if (/^(?:PENDING_DELETION|DELETED|OFFBOARDING)/.test(admin.status ?? '')) return [fail(ACCOUNT, 'leaving', { params })];
      return [pass(ACCOUNT, 'present', { params })];
    } catch (error) {
      if (isCollectError(error, 'not-found', 'not-enabled')) return [fail(ACCOUNT, 'missing')];
      if (isCollectError(error, 'access-denied') && identity?.accountId !== organization.managementAccountId) {
        throw withHint(error, `a member account may not read it: run from the management account ${organization.managementAccountId}`);
      }
      throw error;
    }
  },
});
