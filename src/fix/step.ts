import type { JsonResult } from '../report/schema.js';
import { arnRegion } from '../core/arn.js';

/**
 * What a check's `fix` gives a fix plan: AWS CLI steps for its API-fixable FAILs, filled with the
 * account's own values. A step is text for a person to read and run: aws-baseline never runs it, and
 * sends no write itself.
 */
export interface Localized {
  en: string;
  ja: string;
}

export interface Step {
  /** What it fixes (shown beside its title). */
  checkIds: string[];
  title: Localized;
  /** bash lines; account values are quoted with sh(), the variables at the top are the person's choices. */
  commands: string[];
  /** What the step will cost, said before anyone runs it (AWS's pricing pages). */
  cost: Localized;
  /** The findings it fixes: any other FAIL stays a manual step. */
  covers: JsonResult[];
}

export interface FixContext {
  accountId: string;
  partition: string;
  /** Where the account's global resources go (a new trail, Config's global types). */
  homeRegion: string;
  /** A check's unsuppressed FAILs that no earlier step covers (steps run in catalog order). */
  failing(checkId: string): JsonResult[];
  /** Whether the audit selected a check (a trail gets CloudWatch Logs only if that check was asked for). */
  selected(checkId: string): boolean;
}

/**
 * The one step of a regional check: `body` (bash lines that use "$region") run in each of its failing
 * regions, in one loop. None where nothing fails.
 */
export function inEachFailingRegion(ctx: FixContext, checkId: string, step: { title: (regions: string) => Localized; body: string[]; cost: Localized }): Step[] {
  const failing = ctx.failing(checkId);
  if (failing.length === 0) return [];
  const regions = failing.map((found) => found.region);
  return [{ checkIds: [checkId], title: step.title(regions.join(', ')), commands: [`for region in ${regions.join(' ')}; do`, ...step.body.map((line) => `  ${line}`), 'done'], cost: step.cost, covers: failing }];
}

/** A check's fix: the steps for what it found, in the order they run; none where only a person can fix it. */
export type FixSteps = (ctx: FixContext) => Step[];

/** A value from the account as one bash word, whatever it holds (names AWS allows may hold quotes, spaces, `$(…)`). */
export const sh = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** A policy held in a shell variable: a heredoc, so that the ${VARIABLES} in it are the ones chosen at the top. */
export const policyVariable = (name: string, document: unknown) => [`${name}=$(cat <<JSON`, JSON.stringify(document), 'JSON', ')'];

/** The region of an ARN. */
export const regionOfArn = (arn: string) => arnRegion(arn) ?? '';

/** What each kind of step costs, per AWS's pricing pages (CloudTrail, CloudWatch, Config, GuardDuty, Budgets). */
export const COST = {
  trail: {
    en: 'The first copy of management events is free; the S3 storage of the log files is billed',
    ja: '管理イベントの最初のコピーは無料です。ログファイルの S3 保存料金がかかります',
  },
  logs: {
    en: 'CloudWatch Logs bills ingestion and storage of the events; the log group keeps them 365 days',
    ja: 'CloudWatch Logs はイベントの取り込みと保存に課金されます。ロググループの保持期間は 365 日にします',
  },
  start: { en: "No charge of its own (the trail's own costs resume)", ja: 'これ自体の料金はかかりません(証跡の料金が再びかかります)' },
  config: {
    en: 'AWS Config bills each configuration item recorded, per region: in accounts with much churn (autoscaling, containers) it can be the largest line here; periodic recording or excluding busy types lowers it',
    ja: 'AWS Config は記録した設定項目ごとに、リージョンごとに課金されます。変更の多いアカウント(Auto Scaling、コンテナ)ではここで最も高くなることがあり、定期記録や変更の多いタイプの除外で抑えられます',
  },
  guardduty: {
    en: 'GuardDuty is free for 30 days in each region, then billed by the volume of events and logs it analyses',
    ja: 'GuardDuty は各リージョンで 30 日間無料で、その後は分析するイベントとログの量で課金されます',
  },
  budget: { en: 'Budgets that only alert cost nothing', ja: '通知だけの予算は無料です' },
  ebsEncryption: {
    en: 'No charge with the AWS managed key (a customer managed KMS key bills its own requests)',
    ja: 'AWS マネージドキーなら料金はかかりません(カスタマーマネージドの KMS キーはそのリクエストに課金されます)',
  },
  securityhub: {
    en: 'Security Hub CSPM is free for 30 days in each region, then billed per security check run and per finding ingested; the default standards it turns on (FSBP, CIS) run their checks through AWS Config',
    ja: 'Security Hub CSPM は各リージョンで 30 日間無料で、その後は実行したセキュリティチェックと取り込んだ検出結果の数で課金されます。有効になる標準(FSBP、CIS)のチェックは AWS Config を通じて実行されます',
  },
  none: { en: 'No charge', ja: '料金はかかりません' },
} as const satisfies Record<string, Localized>;

export const joinCost = (...parts: Localized[]): Localized => ({ en: parts.map((part) => part.en).join('. '), ja: parts.map((part) => part.ja).join('。') });
