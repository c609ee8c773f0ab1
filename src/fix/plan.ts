import { shellWord } from '../checks/define.js';
import { homeRegion } from '../facts/define.js';
import type { Lang } from '../model.js';
import type { CatalogEntry, JsonReport, JsonResult } from '../report/schema.js';
import { cloudTrailBucketPolicy, cloudTrailLogsRolePolicy, cloudTrailLogsTrustPolicy, configBucketPolicy } from './policies.js';

/**
 * A fix plan: from one account's report, the AWS CLI steps that fix its API-fixable FAILs, in
 * dependency order, filled with the account's own values; and the manual steps for the rest (what only
 * the console or the root user can do). The plan is text for a person to read and run: aws-baseline
 * never runs it, and sends no write itself.
 */
export interface Step {
  /** What it fixes. */
  checkIds: string[];
  title: { en: string; ja: string };
  /** bash lines; account values are quoted, the variables at the top are the person's choices. */
  commands: string[];
  /** What the step will cost, said before anyone runs it (AWS's pricing pages). */
  cost: { en: string; ja: string };
}

/** What each kind of step costs, per AWS's pricing pages (CloudTrail, CloudWatch, Config, GuardDuty, Budgets). */
const COST = {
  trail: {
    en: 'The first copy of management events is free; the S3 storage of the log files is billed',
    ja: '管理イベントの最初のコピーは無料です。ログファイルの S3 保存料金がかかります',
  },
  logs: {
    en: 'CloudWatch Logs bills ingestion and storage of the events; the log group keeps them 365 days',
    ja: 'CloudWatch Logs はイベントの取り込みと保存に課金されます。ロググループの保持期間は 365 日にします',
  },
  start: { en: 'No charge of its own (the trail\'s own costs resume)', ja: 'これ自体の料金はかかりません(証跡の料金が再びかかります)' },
  config: {
    en: 'AWS Config bills each configuration item recorded, per region: in accounts with much churn (autoscaling, containers) it can be the largest line here; periodic recording or excluding busy types lowers it',
    ja: 'AWS Config は記録した設定項目ごとに、リージョンごとに課金されます。変更の多いアカウント(Auto Scaling、コンテナ)ではここで最も高くなることがあり、定期記録や変更の多いタイプの除外で抑えられます',
  },
  guardduty: {
    en: 'GuardDuty is free for 30 days in each region, then billed by the volume of events and logs it analyses',
    ja: 'GuardDuty は各リージョンで 30 日間無料で、その後は分析するイベントとログの量で課金されます',
  },
  budget: { en: 'Budgets that only alert cost nothing', ja: '通知だけの予算は無料です' },
  none: { en: 'No charge', ja: '料金はかかりません' },
} as const;

const joinCost = (...parts: { en: string; ja: string }[]) => ({ en: parts.map((part) => part.en).join('. '), ja: parts.map((part) => part.ja).join('。') });

export interface ManualStep {
  check: CatalogEntry;
  findings: string[];
}

export type Variable = 'BUCKET_PREFIX' | 'TRAIL_NAME' | 'LOG_GROUP' | 'ALERT_EMAIL' | 'BUDGET_USD';

export interface FixPlan {
  accountId: string;
  partition: string;
  homeRegion: string;
  lang: Lang;
  variables: Variable[];
  steps: Step[];
  manual: ManualStep[];
}

/** A value from the account, as one bash word. */
export const sh = shellWord;

const fails = (results: readonly JsonResult[], checkId: string) => results.filter((result) => result.checkId === checkId && result.status === 'FAIL' && !result.suppressed);
const regionOfArn = (arn: string) => arn.split(':')[3] ?? '';
/** A trail is named by its name in its home region (the emulator, unlike AWS, takes no ARN there). */
const trailName = (arn: string) => arn.split(':trail/')[1] ?? arn;
const json = (value: unknown) => JSON.stringify(value);

/** A policy held in a shell variable: a heredoc, so that the ${VARIABLES} in it are the ones chosen at the top. */
const policyVariable = (name: string, document: unknown) => [`${name}=$(cat <<JSON`, json(document), 'JSON', ')'];

function trailSteps(results: readonly JsonResult[], plan: FixPlan, logsWanted: boolean): Step[] {
  const { partition, accountId } = plan;
  const home = plan.homeRegion;
  const steps: Step[] = [];
  const [multi] = fails(results, 'cloudtrail.multi-region');
  const logsRole = `arn:${partition}:iam::${accountId}:role/aws-baseline-cloudtrail-logs`;
  const logsSetup = (region: string) => [
    `if [ "$(aws logs describe-log-groups --log-group-name-prefix "$LOG_GROUP" --region ${region} --query "length(logGroups[?logGroupName=='$LOG_GROUP'])" --output text)" = 0 ]; then`,
    `  aws logs create-log-group --log-group-name "$LOG_GROUP" --tags created-by=aws-baseline --region ${region}`,
    `  aws logs put-retention-policy --log-group-name "$LOG_GROUP" --retention-in-days 365 --region ${region}`,
    'fi',
    ...policyVariable('LOGS_TRUST', cloudTrailLogsTrustPolicy()),
    ...policyVariable('LOGS_POLICY', cloudTrailLogsRolePolicy({ partition, accountId, region, logGroup: '${LOG_GROUP}' })),
    'aws iam get-role --role-name aws-baseline-cloudtrail-logs >/dev/null 2>&1 \\',
    '  || aws iam create-role --role-name aws-baseline-cloudtrail-logs --assume-role-policy-document "$LOGS_TRUST" --tags Key=created-by,Value=aws-baseline >/dev/null',
    'aws iam put-role-policy --role-name aws-baseline-cloudtrail-logs --policy-name cloudtrail-to-cloudwatch-logs --policy-document "$LOGS_POLICY"',
  ];
  const logGroupArn = (region: string) => `"arn:${partition}:logs:${region}:${accountId}:log-group:$LOG_GROUP:*"`;
  if (multi?.messageKey === 'no-trail') {
    steps.push({
      checkIds: ['cloudtrail.multi-region', 'cloudtrail.log-validation', ...(logsWanted ? ['cloudtrail.cloudwatch-logs'] : [])],
      title: { en: `A multi-region trail "$TRAIL_NAME" in ${home}, logging all management events to its own S3 bucket, with log file validation${logsWanted ? ' and CloudWatch Logs delivery' : ''}`, ja: `${home} にマルチリージョンの証跡 "$TRAIL_NAME" を作成し、すべての管理イベントを専用の S3 バケットに記録(ログファイルの検証${logsWanted ? '、CloudWatch Logs への配信' : ''}を含む)` },
      commands: [
        'TRAIL_BUCKET="${BUCKET_PREFIX}-cloudtrail-${ACCOUNT_ID}"',
        ...policyVariable('TRAIL_BUCKET_POLICY', cloudTrailBucketPolicy({ partition, accountId, region: home, trailName: '${TRAIL_NAME}', bucket: '${TRAIL_BUCKET}' })),
        `ensure_bucket "$TRAIL_BUCKET" ${home}`,
        'aws s3api put-bucket-policy --bucket "$TRAIL_BUCKET" --policy "$TRAIL_BUCKET_POLICY"',
        ...(logsWanted ? logsSetup(home) : []),
        `if ! aws cloudtrail get-trail --name "$TRAIL_NAME" --region ${home} >/dev/null 2>&1; then`,
        `  aws cloudtrail create-trail --name "$TRAIL_NAME" --s3-bucket-name "$TRAIL_BUCKET" --is-multi-region-trail --include-global-service-events --enable-log-file-validation${logsWanted ? ` --cloud-watch-logs-log-group-arn ${logGroupArn(home)} --cloud-watch-logs-role-arn ${sh(logsRole)}` : ''} --tags-list Key=created-by,Value=aws-baseline --region ${home} >/dev/null`,
        'fi',
        `aws cloudtrail put-event-selectors --trail-name "$TRAIL_NAME" --event-selectors '[{"ReadWriteType":"All","IncludeManagementEvents":true}]' --region ${home} >/dev/null`,
        `aws cloudtrail start-logging --name "$TRAIL_NAME" --region ${home}`,
      ],
      cost: logsWanted ? joinCost(COST.trail, COST.logs) : COST.trail,
    });
    return steps;
  }
  // The account's own single-region trail is made multi-region, started, and given the rest in the same update: one trail, not two.
  const converted = multi?.messageKey === 'single-region-only' ? String(multi.details?.trailArn ?? '') : '';
  const logsMissing = new Set(fails(results, 'cloudtrail.cloudwatch-logs').filter((found) => found.messageKey === 'not-configured').map((found) => found.resource));
  if (converted) {
    const region = regionOfArn(converted);
    const withLogs = logsWanted && logsMissing.has(converted);
    steps.push({
      checkIds: ['cloudtrail.multi-region', 'cloudtrail.log-validation', ...(withLogs ? ['cloudtrail.cloudwatch-logs'] : [])],
      title: { en: `Trail ${converted} made multi-region, recording all management events, with log file validation${withLogs ? ' and CloudWatch Logs delivery' : ''}, and logging`, ja: `証跡 ${converted} をマルチリージョンにし、すべての管理イベントを記録(ログファイルの検証${withLogs ? '、CloudWatch Logs への配信' : ''}を含む)して、ログ記録を開始` },
      commands: [
        ...(withLogs ? logsSetup(region) : []),
        `aws cloudtrail update-trail --name ${sh(trailName(converted))} --is-multi-region-trail --include-global-service-events --enable-log-file-validation${withLogs ? ` --cloud-watch-logs-log-group-arn ${logGroupArn(region)} --cloud-watch-logs-role-arn ${sh(logsRole)}` : ''} --region ${region} >/dev/null`,
        `aws cloudtrail put-event-selectors --trail-name ${sh(trailName(converted))} --event-selectors '[{"ReadWriteType":"All","IncludeManagementEvents":true}]' --region ${region} >/dev/null`,
        `aws cloudtrail start-logging --name ${sh(trailName(converted))} --region ${region}`,
      ],
      cost: withLogs ? joinCost(COST.trail, COST.logs) : COST.trail,
    });
  }
  const notLogging = multi?.messageKey === 'not-logging' ? String(multi.details?.trailArn ?? '') : '';
  if (notLogging) {
    steps.push({ checkIds: ['cloudtrail.multi-region'], title: { en: `Start logging on trail ${notLogging}`, ja: `証跡 ${notLogging} のログ記録を開始` }, commands: [`aws cloudtrail start-logging --name ${sh(trailName(notLogging))} --region ${regionOfArn(notLogging)}`], cost: COST.start });
  }
  for (const result of fails(results, 'cloudtrail.log-validation').filter((found) => found.resource !== converted)) {
    steps.push({ checkIds: ['cloudtrail.log-validation'], title: { en: `Log file validation on trail ${result.resource}`, ja: `証跡 ${result.resource} のログファイルの検証を有効化` }, commands: [`aws cloudtrail update-trail --name ${sh(trailName(result.resource))} --enable-log-file-validation --region ${regionOfArn(result.resource)} >/dev/null`], cost: COST.none });
  }
  for (const resource of [...logsMissing].filter((arn) => arn !== converted || !logsWanted)) {
    const region = regionOfArn(resource);
    steps.push({
      checkIds: ['cloudtrail.cloudwatch-logs'],
      title: { en: `Trail ${resource} delivers to the CloudWatch Logs group "$LOG_GROUP", through a role CloudTrail can assume`, ja: `証跡 ${resource} から CloudWatch Logs のロググループ "$LOG_GROUP" へ配信(CloudTrail が引き受けるロールを作成)` },
      commands: [...logsSetup(region), `aws cloudtrail update-trail --name ${sh(trailName(resource))} --cloud-watch-logs-log-group-arn ${logGroupArn(region)} --cloud-watch-logs-role-arn ${sh(logsRole)} --region ${region} >/dev/null`],
      cost: COST.logs,
    });
  }
  return steps;
}

function configSteps(results: readonly JsonResult[], plan: FixPlan): Step[] {
  const failing = fails(results, 'config.recorder').filter((result) => result.messageKey !== 'last-failed');
  if (failing.length === 0) return [];
  const { partition, accountId } = plan;
  const role = `arn:${partition}:iam::${accountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`;
  const perRegion = [
    `for region in ${failing.map((result) => result.region).join(' ')}; do`,
    '  recorder=$(aws configservice describe-configuration-recorders --region "$region" --query \'ConfigurationRecorders[0].name\' --output text)',
    '  if [ "$recorder" = None ]; then recorder=default; fi',
    `  global=false; if [ "$region" = ${plan.homeRegion} ]; then global=true; fi`,
    `  aws configservice put-configuration-recorder --configuration-recorder "name=$recorder,roleARN=${role}" --recording-group "allSupported=true,includeGlobalResourceTypes=$global" --region "$region"`,
    '  if [ "$(aws configservice describe-delivery-channels --region "$region" --query \'length(DeliveryChannels)\' --output text)" = 0 ]; then',
    '    aws configservice put-delivery-channel --delivery-channel "name=default,s3BucketName=$CONFIG_BUCKET" --region "$region"',
    '  fi',
    '  aws configservice start-configuration-recorder --configuration-recorder-name "$recorder" --region "$region"',
    'done',
  ];
  const regions = failing.map((result) => result.region);
  return [
    {
      checkIds: ['config.recorder'],
      title: { en: `AWS Config records every resource type in ${regions.join(', ')}, through its service-linked role, delivering to its own S3 bucket (global types in ${plan.homeRegion})`, ja: `${regions.join(', ')} で AWS Config がすべてのリソースタイプを記録(サービスリンクロールを使用し、専用の S3 バケットへ配信。グローバルリソースは ${plan.homeRegion} で記録)` },
      commands: [
        'allow_existing aws iam create-service-linked-role --aws-service-name config.amazonaws.com',
        'CONFIG_BUCKET="${BUCKET_PREFIX}-config-${ACCOUNT_ID}"',
        ...policyVariable('CONFIG_BUCKET_POLICY', configBucketPolicy({ partition, accountId, bucket: '${CONFIG_BUCKET}' })),
        `ensure_bucket "$CONFIG_BUCKET" ${plan.homeRegion}`,
        'aws s3api put-bucket-policy --bucket "$CONFIG_BUCKET" --policy "$CONFIG_BUCKET_POLICY"',
        ...perRegion,
      ],
      cost: COST.config,
    },
  ];
}

function guardDutySteps(results: readonly JsonResult[]): Step[] {
  const failing = fails(results, 'guardduty.enabled');
  if (failing.length === 0) return [];
  const regions = failing.map((result) => result.region);
  return [
    {
      checkIds: ['guardduty.enabled'],
      title: { en: `GuardDuty enabled in ${regions.join(', ')}`, ja: `${regions.join(', ')} で GuardDuty を有効化` },
      commands: [
        `for region in ${regions.join(' ')}; do`,
        '  detector=$(aws guardduty list-detectors --region "$region" --query \'DetectorIds[0]\' --output text)',
        '  if [ "$detector" = None ] || [ -z "$detector" ]; then',
        '    aws guardduty create-detector --enable --tags created-by=aws-baseline --region "$region" >/dev/null',
        '  else',
        '    aws guardduty update-detector --detector-id "$detector" --enable --region "$region"',
        '  fi',
        'done',
      ],
      cost: COST.guardduty,
    },
  ];
}

const ALERT = { NotificationType: 'ACTUAL', ComparisonOperator: 'GREATER_THAN', Threshold: 80, ThresholdType: 'PERCENTAGE' };
const SUBSCRIBER = { SubscriptionType: 'EMAIL', Address: '${ALERT_EMAIL}' };

function budgetSteps(results: readonly JsonResult[], plan: FixPlan): Step[] {
  const account = sh(plan.accountId);
  if (fails(results, 'billing.budget').length > 0 || fails(results, 'billing.budget-alerts').some((result) => result.messageKey === 'no-budget')) {
    return [
      {
        checkIds: ['billing.budget', 'billing.budget-alerts'],
        title: { en: 'A monthly cost budget of $BUDGET_USD USD that e-mails $ALERT_EMAIL at 80 % of actual spend', ja: '月額 $BUDGET_USD USD のコスト予算を作成し、実績が 80% に達したら $ALERT_EMAIL にメールで通知' },
        commands: [
          ...policyVariable('BUDGET', { BudgetName: 'aws-baseline-monthly', BudgetLimit: { Amount: '${BUDGET_USD}', Unit: 'USD' }, TimeUnit: 'MONTHLY', BudgetType: 'COST' }),
          ...policyVariable('BUDGET_ALERTS', [{ Notification: ALERT, Subscribers: [SUBSCRIBER] }]),
          `aws budgets describe-budget --account-id ${account} --budget-name aws-baseline-monthly >/dev/null 2>&1 \\`,
          `  || aws budgets create-budget --account-id ${account} --budget "$BUDGET" --notifications-with-subscribers "$BUDGET_ALERTS"`,
        ],
        cost: COST.budget,
      },
    ];
  }
  const silent = fails(results, 'billing.budget-alerts').find((result) => result.messageKey === 'no-subscribers');
  const budget = String(silent?.details?.budget ?? '');
  if (!budget) return [];
  return [
    {
      checkIds: ['billing.budget-alerts'],
      title: { en: `Budget ${budget} e-mails $ALERT_EMAIL at 80 % of actual spend`, ja: `予算 ${budget} が実績 80% で $ALERT_EMAIL にメールで通知` },
      commands: [
        ...policyVariable('ALERT', ALERT),
        ...policyVariable('SUBSCRIBERS', [SUBSCRIBER]),
        `allow_existing aws budgets create-notification --account-id ${account} --budget-name ${sh(budget)} --notification "$ALERT" --subscribers "$SUBSCRIBERS"`,
      ],
      cost: COST.budget,
    },
  ];
}

const VARIABLE_USE: Record<Variable, RegExp> = {
  BUCKET_PREFIX: /\$\{BUCKET_PREFIX\}/,
  TRAIL_NAME: /\$TRAIL_NAME|\$\{TRAIL_NAME\}/,
  LOG_GROUP: /\$LOG_GROUP|\$\{LOG_GROUP\}/,
  ALERT_EMAIL: /\$ALERT_EMAIL|\$\{ALERT_EMAIL\}/,
  BUDGET_USD: /\$BUDGET_USD|\$\{BUDGET_USD\}/,
};

/** The plan for the one account of a report. */
export function buildPlan(report: JsonReport): FixPlan {
  const [account, ...others] = report.accounts;
  if (!account || others.length > 0) throw new Error('a fix plan is for one account');
  const audited = account.regions.filter((region) => !account.results.some((result) => result.region === region && result.messageKey === 'engine.region-disabled'));
  const plan: FixPlan = { accountId: account.id, partition: account.partition, homeRegion: homeRegion(audited) ?? 'us-east-1', lang: report.lang, variables: [], steps: [], manual: [] };
  const selected = new Set(report.catalog.map((entry) => entry.id));
  plan.steps = [...trailSteps(account.results, plan, selected.has('cloudtrail.cloudwatch-logs')), ...configSteps(account.results, plan), ...guardDutySteps(account.results), ...budgetSteps(account.results, plan)];
  const fixed = new Set(plan.steps.flatMap((step) => step.checkIds));
  const text = plan.steps.flatMap((step) => [...step.commands, step.title.en]).join('\n');
  plan.variables = (Object.keys(VARIABLE_USE) as Variable[]).filter((name) => VARIABLE_USE[name].test(text));
  plan.manual = report.catalog
    .map((check) => ({ check, findings: fails(account.results, check.id).filter((result) => !fixedBy(result, fixed)).map((result) => result.message) }))
    .filter((step) => step.findings.length > 0);
  return plan;
}

/** A FAIL the steps take care of: its check has a step, and the step covers this kind of finding. */
function fixedBy(result: JsonResult, fixed: ReadonlySet<string>): boolean {
  if (!fixed.has(result.checkId)) return false;
  if (result.checkId === 'config.recorder') return result.messageKey !== 'last-failed';
  if (result.checkId === 'cloudtrail.multi-region') return ['no-trail', 'single-region-only', 'not-logging'].includes(result.messageKey ?? '');
  if (result.checkId === 'cloudtrail.cloudwatch-logs') return result.messageKey === 'not-configured' || result.messageKey === undefined;
  return true;
}
