import { isCollectError } from '../../facts/errors.js';
import { NOT_DELEGATED } from '../../facts/services/fms.js';
import { ACCOUNT, defineCheck, fail, manual, pass, skip, unless } from '../define.js';


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
      passes: 'The organization has a Firewall Manager administrator account (GetAdminAccount in us-east-1) that is not PENDING_DELETION, DELETED or OFFBOARDING. SKIPPED outside an organization. The management account\'s AccessDeniedException "… is not currently delegated by AWS FM" is how Firewall Manager says there is none (FAIL). A member may not ask: MANUAL naming the management account, unless an --org audit read the management account\'s answer, which then judges every member.',
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
        'ask-management': 'A member account may not read the Firewall Manager administrator: verify it from the management account {management} (or audit with --org from there).',
      },
    },
    ja: {
      title: '組織に Firewall Manager の管理者アカウントが設定されている',
      passes: '組織に Firewall Manager の管理者アカウントがあり(us-east-1 の GetAdminAccount)、その状態が PENDING_DELETION、DELETED、OFFBOARDING でないこと。組織に属していなければ SKIPPED です。管理アカウントへの AccessDeniedException「… is not currently delegated by AWS FM」は、管理者がいないことを示す Firewall Manager の回答です(FAIL)。メンバーアカウントは読み取りできないため、管理アカウントを示して MANUAL です。ただし --org の監査で管理アカウントの回答を読めた場合は、その回答ですべてのメンバーを判定します。',
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
        'ask-management': 'メンバーアカウントは Firewall Manager の管理者を読み取れません。管理アカウント {management} で確認してください(または管理アカウントから --org で監査してください)。',
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
      const management = organization.managementAccountId;
      if (identity?.accountId === management) {
        if (isCollectError(error, 'access-denied') && NOT_DELEGATED.test(error.message)) return [fail(ACCOUNT, 'missing')];
        throw error;
      }
      // Only the management account (or the administrator itself) may ask: a member's refusal says nothing.
      if (isCollectError(error, 'access-denied', 'organization-denied')) return [manual(ACCOUNT, 'ask-management', { params: { management } })];
      throw error;
    }
  },
});
