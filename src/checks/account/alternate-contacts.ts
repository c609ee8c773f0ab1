import { ACCOUNT, defineCheck, fail, pass } from '../define.js';
import { CONTACT_TYPES } from '../../facts/services/account.js';

export default defineCheck({
  id: 'account.alternate-contacts',
  severity: 'medium',
  scope: 'account',
  references: {
    ssb: ['ACCT.01'],
    cis: ['1.2'],
    fsbp: ['Account.1'],
    docs: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html',
  },
  reads: ['account.alternateContacts'],
  cli: [
    'aws account get-alternate-contact --alternate-contact-type SECURITY',
    'aws account put-alternate-contact --alternate-contact-type SECURITY --name NAME --title TITLE --email-address ADDRESS --phone-number PHONE',
  ],
  text: {
    en: {
      title: 'Security, billing and operations alternate contacts are set',
      passes: 'The account has all three alternate contacts: security, billing and operations (account:GetAlternateContact; CIS 1.2, FSBP Account.1).',
      rationale:
        "AWS writes to the alternate contacts about security incidents, abuse reports, billing and operational notices. Without them, those mails go to the root user's address only, often one person's inbox or a list nobody reads, and an incident AWS saw first can go unnoticed. AWS Startup Security Baseline ACCT.01 asks for them on day one.",
      remediation: 'Set the security, billing and operations alternate contacts, each to a team address rather than one person.',
      console: [
        'Sign in to the account and open "Account" from the account menu (top right).',
        'Under "Alternate contacts", choose "Edit".',
        'Fill in the billing, operations and security contacts (a shared mailbox, a phone number someone answers) and save.',
      ],
      messages: {
        set: 'The security, billing and operations alternate contacts are set.',
        missing: 'The account has no alternate contact for: {missing}.',
      },
    },
    ja: {
      title: 'セキュリティ、請求、オペレーションの代替連絡先が設定されている',
      passes: 'アカウントにセキュリティ、請求、オペレーションの 3 つの代替連絡先がすべて設定されている(account:GetAlternateContact、CIS 1.2、FSBP Account.1)。',
      rationale:
        'AWS はセキュリティインシデント、不正利用の報告、請求、運用上のお知らせを代替連絡先に送ります。設定がないとルートユーザーのアドレスだけに届き、多くは一人の受信箱か誰も読まないリストで、AWS が先に気づいたインシデントが見過ごされかねません。AWS Startup Security Baseline の ACCT.01 は初日からの設定を求めています。',
      remediation: 'セキュリティ、請求、オペレーションの代替連絡先を、それぞれ個人ではなくチームのアドレスで設定してください。',
      console: [
        'アカウントにサインインし、右上のアカウントメニューから「アカウント」を開きます。',
        '「代替の連絡先」で「編集」を選びます。',
        '請求、オペレーション、セキュリティの連絡先(共有メールボックス、誰かが出る電話番号)を入力して保存します。',
      ],
      messages: {
        set: 'セキュリティ、請求、オペレーションの代替連絡先が設定されています。',
        missing: '次の代替連絡先が設定されていません: {missing}。',
      },
    },
  },
  async evaluate({ facts }) {
    const contacts = await facts.account.alternateContacts();
    const missing = CONTACT_TYPES.filter((type) => !contacts[type]);
    return [missing.length === 0 ? pass(ACCOUNT, 'set') : fail(ACCOUNT, 'missing', { params: { missing: missing.join(', ') } })];
  },
});
