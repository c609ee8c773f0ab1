import { readableDate } from '../core/i18n.js';
import type { FixPlan, Variable } from './plan.js';

export interface PlanMeta {
  /** When the audit behind the plan judged the account. */
  judgedAt: string;
  source: string;
}

const WORDS = {
  en: {
    heading: (account: string) => `aws-baseline fix plan for account ${account}`,
    made: (at: string, source: string) => `Made from the audit of ${at} (${source}).`,
    warning: 'THIS SCRIPT CHANGES THE ACCOUNT: it creates and turns on the resources below. Read it before running it; aws-baseline itself changed nothing. Running it again does no harm.',
    choices: 'Your choices (set them in the environment, or edit the defaults):',
    guard: 'Stop if the credentials are for another account.',
    helpers: 'Helpers: a private, tagged S3 bucket; a create call that may already have been done.',
    bucketHelper: 'name region: created once, private, tagged',
    existingHelper: 'a create call: "already exists" is success',
    alertEmailMissing: 'set ALERT_EMAIL to the address that receives budget alerts',
    otherAccount: 'this plan is for account $ACCOUNT_ID; the credentials are for $caller',
    manual: 'Manual steps (the console, the root user, or details only a person can choose; this plan cannot do them for you):',
    none: 'Nothing for an API to fix: no FAIL that a command can fix was found.',
    done: 'Done. Run the audit again to see the result: aws-baseline audit',
    fixes: 'fixes',
    cost: 'cost',
    steps: 'Steps',
    console: 'In the console',
    cli: 'AWS CLI',
    script: 'The script (`aws-baseline fix --format bash`) runs the steps below in this order.',
    variables: {
      BUCKET_PREFIX: 'prefix of the S3 bucket names (bucket names are global: make it yours)',
      TRAIL_NAME: 'name of the new CloudTrail trail',
      LOG_GROUP: 'CloudWatch Logs group the trail delivers to',
      ALERT_EMAIL: 'who receives the budget alerts (required)',
      BUDGET_USD: 'monthly budget, in USD',
    } satisfies Record<Variable, string>,
  },
  ja: {
    heading: (account: string) => `aws-baseline 修正プラン(アカウント ${account})`,
    made: (at: string, source: string) => `${at} の監査結果から作成(${source})。`,
    warning: 'このスクリプトはアカウントを変更します: 以下のリソースを作成し、有効にします。実行前に内容を確認してください。aws-baseline 自身は何も変更していません。再実行しても問題ありません。',
    choices: '選ぶ値(環境変数で指定するか、既定値を編集してください):',
    guard: '認証情報が別のアカウントのものなら中止します。',
    helpers: '補助関数: 非公開でタグ付きの S3 バケット、作成済みでもよい作成呼び出し。',
    bucketHelper: '名前 リージョン: 一度だけ作成、非公開、タグ付き',
    existingHelper: '作成の呼び出し: 「既に存在する」は成功とみなす',
    alertEmailMissing: 'ALERT_EMAIL に予算アラートを受け取るアドレスを設定してください',
    otherAccount: 'このプランはアカウント $ACCOUNT_ID 用です。認証情報はアカウント $caller のものです',
    manual: '手動の手順(コンソール、ルートユーザー、または人が決める内容が必要なため、このプランでは代行できません):',
    none: 'API で修正できる項目はありません: コマンドで修正できる FAIL は見つかりませんでした。',
    done: '完了しました。もう一度監査して結果を確認してください: aws-baseline audit',
    fixes: '対象',
    cost: '料金',
    steps: '手順',
    console: 'コンソールでの手順',
    cli: 'AWS CLI',
    script: 'スクリプト(`aws-baseline fix --format bash`)は以下の手順をこの順に実行します。',
    variables: {
      BUCKET_PREFIX: 'S3 バケット名の接頭辞(バケット名は全世界で一意: 自分のものにしてください)',
      TRAIL_NAME: '新しい CloudTrail 証跡の名前',
      LOG_GROUP: '証跡の配信先の CloudWatch Logs ロググループ',
      ALERT_EMAIL: '予算アラートの通知先(必須)',
      BUDGET_USD: '月額予算(USD)',
    } satisfies Record<Variable, string>,
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

const DEFAULTS: Record<Variable, (plan: FixPlan, w: Words) => string> = {
  BUCKET_PREFIX: () => '${BUCKET_PREFIX:-aws-baseline}',
  TRAIL_NAME: () => '${TRAIL_NAME:-aws-baseline}',
  LOG_GROUP: (plan) => `\${LOG_GROUP:-aws-cloudtrail-logs-${plan.accountId}}`,
  ALERT_EMAIL: (_plan, w) => `\${ALERT_EMAIL:?${w.alertEmailMissing}}`,
  BUDGET_USD: () => '${BUDGET_USD:-100}',
};

const helpers = (w: Words) => [
  `ensure_bucket() { # ${w.bucketHelper}`,
  '  if ! aws s3api head-bucket --bucket "$1" >/dev/null 2>&1; then',
  '    if [ "$2" = us-east-1 ]; then aws s3api create-bucket --bucket "$1" --region "$2" >/dev/null',
  '    else aws s3api create-bucket --bucket "$1" --region "$2" --create-bucket-configuration LocationConstraint="$2" >/dev/null; fi',
  '    aws s3api put-public-access-block --bucket "$1" --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  "    aws s3api put-bucket-tagging --bucket \"$1\" --tagging 'TagSet=[{Key=created-by,Value=aws-baseline}]'",
  '  fi',
  '}',
  `allow_existing() { # ${w.existingHelper}`,
  '  local out; if out=$("$@" 2>&1); then return 0; fi',
  '  if grep -qiE "Duplicate|AlreadyExists|already exists|has been taken" <<<"$out"; then return 0; fi',
  '  echo "$out" >&2; return 1',
  '}',
];

const comment = (text: string) => text.split('\n').map((line) => `# ${line}`);

export function renderBash(plan: FixPlan, meta: PlanMeta): string {
  const w = WORDS[plan.lang];
  const out = ['#!/usr/bin/env bash', ...comment(w.heading(plan.accountId)), ...comment(w.made(readableDate(meta.judgedAt, plan.lang), meta.source)), ...comment(w.warning), 'set -euo pipefail', ''];
  out.push(`ACCOUNT_ID=${plan.accountId}`, `PARTITION=${plan.partition}`);
  if (plan.variables.length) {
    out.push('', ...comment(w.choices));
    for (const name of plan.variables) out.push(`${name}="${DEFAULTS[name](plan, w)}"  # ${w.variables[name]}`);
  }
  out.push('', ...comment(w.guard), 'caller=$(aws sts get-caller-identity --query Account --output text)', `[ "$caller" = "$ACCOUNT_ID" ] || { echo "${w.otherAccount}" >&2; exit 1; }`);
  out.push('', ...comment(w.helpers), ...helpers(w));
  if (plan.steps.length === 0) out.push('', ...comment(w.none));
  plan.steps.forEach((step, index) => {
    out.push('', `# ── ${index + 1}. ${step.title[plan.lang]} (${w.fixes}: ${step.checkIds.join(', ')})`, `#    ${w.cost}: ${step.cost[plan.lang]}`, ...step.commands);
  });
  if (plan.manual.length) {
    out.push('', ...comment(w.manual));
    for (const step of plan.manual) {
      out.push(`#   ${step.check.id}: ${step.check.title}`);
      for (const finding of step.findings.slice(0, 10)) out.push(`#     - ${finding}`);
      step.check.console.forEach((line, index) => out.push(`#     ${index + 1}. ${line}`));
    }
  }
  out.push('', `echo ${JSON.stringify(w.done)}`, '');
  return out.join('\n');
}

export function renderPlanMarkdown(plan: FixPlan, meta: PlanMeta): string {
  const w = WORDS[plan.lang];
  const out = [`# ${w.heading(plan.accountId)}`, '', w.made(readableDate(meta.judgedAt, plan.lang), meta.source), '', `> [!WARNING]\n> ${w.warning}`, ''];
  if (plan.variables.length) {
    out.push(w.choices, '');
    for (const name of plan.variables) out.push(`- \`${name}\`: ${w.variables[name]}`);
    out.push('');
  }
  out.push(`## ${w.steps}`, '', w.script, '');
  if (plan.steps.length === 0) out.push(w.none, '');
  plan.steps.forEach((step, index) => {
    out.push(`### ${index + 1}. ${step.title[plan.lang]}`, '', `${w.fixes}: ${step.checkIds.map((id) => `\`${id}\``).join(', ')}`, '', `${w.cost}: ${step.cost[plan.lang]}`, '', '```bash', ...step.commands, '```', '');
  });
  if (plan.manual.length) {
    out.push(`## ${w.manual}`, '');
    for (const step of plan.manual) {
      out.push(`### ${step.check.title} (\`${step.check.id}\`)`, '', ...step.findings.slice(0, 10).map((finding) => `- ${finding}`), '', `${w.console}:`, '', ...step.check.console.map((line, index) => `${index + 1}. ${line}`), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
