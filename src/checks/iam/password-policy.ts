import type { FactValue } from '../../facts/catalog.js';
import { COST, type Step } from '../../fix/step.js';
import type { JsonResult } from '../../report/schema.js';
import { ACCOUNT, defineCheck, fail, pass, unless } from '../define.js';

/** CIS AWS Foundations Benchmark 1.8 and 1.9: at least 14 characters, the last 24 passwords remembered. */
const MINIMUM_LENGTH = 14;
const REMEMBERED = 24;

type Policy = FactValue<'iam.passwordPolicy'>;

export default defineCheck({
  id: 'iam.password-policy',
  severity: 'medium',
  scope: 'account',
  references: {
    ssb: ['ACCT.06'],
    cis: ['1.8', '1.9'],
    fsbp: ['IAM.7'],
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  reads: ['iam.passwordPolicy'],
  cli: ['aws iam get-account-password-policy', `aws iam update-account-password-policy --minimum-password-length ${MINIMUM_LENGTH} --password-reuse-prevention ${REMEMBERED} --allow-users-to-change-password`],
  text: {
    en: {
      title: 'A password policy asks for long passwords and no reuse',
      passes: `The account's password policy for IAM users asks for at least ${MINIMUM_LENGTH} characters and remembers at least the last ${REMEMBERED} passwords (CIS 1.8, 1.9). No policy at all fails: IAM then accepts short passwords and their reuse.`,
      rationale:
        'IAM users sign in to the console with passwords. A long password resists guessing and cracking far better than a complex short one, and remembering past passwords stops a user from cycling back to a leaked one. AWS Startup Security Baseline ACCT.06 asks for a strong password policy.',
      remediation: `Set the account password policy: at least ${MINIMUM_LENGTH} characters, the last ${REMEMBERED} passwords remembered.`,
      console: [
        'Open IAM and choose "Account settings".',
        `Under "Password policy", choose "Edit", then "Custom": set the minimum length to ${MINIMUM_LENGTH} or more and "Prevent password reuse" to ${REMEMBERED}.`,
        'Keep "Allow users to change their own password" on, and save.',
      ],
      messages: {
        strong: 'The password policy asks for at least {length} characters and remembers the last {remembered} passwords.',
        none: 'The account has no password policy: IAM accepts passwords of 8 characters and their reuse.',
        weak: `The password policy falls short: minimum length {length} (at least ${MINIMUM_LENGTH}), passwords remembered {remembered} (at least ${REMEMBERED}).`,
      },
    },
    ja: {
      title: 'パスワードポリシーが長いパスワードを求め、再利用を禁じている',
      passes: `IAM ユーザーのアカウントパスワードポリシーが ${MINIMUM_LENGTH} 文字以上を求め、過去 ${REMEMBERED} 個以上のパスワードを記憶している(CIS 1.8、1.9)。ポリシーがない場合は FAIL です(IAM は短いパスワードとその再利用を受け付けます)。`,
      rationale:
        'IAM ユーザーはパスワードでコンソールにサインインします。長いパスワードは短く複雑なものよりはるかに推測や解読に強く、過去のパスワードを記憶すれば漏えいしたパスワードへの戻りを防げます。AWS Startup Security Baseline の ACCT.06 は強いパスワードポリシーを求めています。',
      remediation: `アカウントパスワードポリシーを設定してください: ${MINIMUM_LENGTH} 文字以上、過去 ${REMEMBERED} 個のパスワードを記憶。`,
      console: [
        'IAM を開き、「アカウント設定」を選びます。',
        `「パスワードポリシー」で「編集」、「カスタム」を選び、最小文字数を ${MINIMUM_LENGTH} 以上、「パスワードの再利用を禁止」を ${REMEMBERED} にします。`,
        '「ユーザーにパスワードの変更を許可」はオンのまま保存します。',
      ],
      messages: {
        strong: 'パスワードポリシーは {length} 文字以上を求め、過去 {remembered} 個のパスワードを記憶しています。',
        none: 'アカウントにパスワードポリシーがありません。IAM は 8 文字のパスワードとその再利用を受け付けます。',
        weak: `パスワードポリシーが不十分です: 最小文字数 {length}(${MINIMUM_LENGTH} 以上が必要)、記憶するパスワード {remembered} 個(${REMEMBERED} 以上が必要)。`,
      },
    },
  },
  async evaluate({ facts }) {
    // GetAccountPasswordPolicy answers NoSuchEntity where no policy was ever set.
    const policy = await unless(facts.iam.passwordPolicy(), 'not-enabled');
    if (!policy) return [fail(ACCOUNT, 'none')];
    const remembered = policy.reusePrevention ?? 0;
    const params = { length: policy.minimumLength, remembered };
    // Every setting the fix must keep travels with the finding (update-account-password-policy replaces the whole policy).
    return [policy.minimumLength >= MINIMUM_LENGTH && remembered >= REMEMBERED ? pass(ACCOUNT, 'strong', { params }) : fail(ACCOUNT, 'weak', { params, details: settingsOf(policy) })];
  },
  fix: (ctx) => ctx.failing('iam.password-policy').map(strengthened),
});

function settingsOf(policy: Policy): Record<string, number | boolean> {
  return {
    minimumLength: policy.minimumLength,
    reusePrevention: policy.reusePrevention ?? 0,
    requireSymbols: policy.requireSymbols,
    requireNumbers: policy.requireNumbers,
    requireUppercase: policy.requireUppercase,
    requireLowercase: policy.requireLowercase,
    allowUsersToChange: policy.allowUsersToChange,
    maxAgeDays: policy.maxAgeDays ?? 0,
    hardExpiry: policy.hardExpiry,
  };
}

/** The policy raised to CIS's minimums, every other setting as it was (none: users may change their own password, as before a policy). */
function strengthened(found: JsonResult): Step {
  const was = found.details ?? {};
  const number = (key: string) => (typeof was[key] === 'number' ? was[key] : 0);
  const flag = (key: string, option: string) => (was[key] === true ? [`--${option}`] : []);
  const options = [
    `--minimum-password-length ${Math.max(number('minimumLength'), MINIMUM_LENGTH)}`,
    `--password-reuse-prevention ${Math.max(number('reusePrevention'), REMEMBERED)}`,
    ...flag('requireSymbols', 'require-symbols'),
    ...flag('requireNumbers', 'require-numbers'),
    ...flag('requireUppercase', 'require-uppercase-characters'),
    ...flag('requireLowercase', 'require-lowercase-characters'),
    ...(found.messageKey === 'none' || was.allowUsersToChange === true ? ['--allow-users-to-change-password'] : []),
    ...(number('maxAgeDays') > 0 ? [`--max-password-age ${number('maxAgeDays')}`] : []),
    ...flag('hardExpiry', 'hard-expiry'),
  ];
  return {
    checkIds: ['iam.password-policy'],
    title: {
      en: `A password policy of at least ${MINIMUM_LENGTH} characters that remembers the last ${REMEMBERED} passwords (other settings kept)`,
      ja: `${MINIMUM_LENGTH} 文字以上で過去 ${REMEMBERED} 個のパスワードを記憶するパスワードポリシー(ほかの設定はそのまま)`,
    },
    commands: [`aws iam update-account-password-policy ${options.join(' ')}`],
    cost: COST.none,
    covers: [found],
  };
}
