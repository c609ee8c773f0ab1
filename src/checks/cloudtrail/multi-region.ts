import { ACCOUNT_ID_LINE, cloudTrailBucketPolicy, shellPolicy } from '../../fix/policies.js';
import { COST, joinCost, policyVariable, regionOfArn, type FixContext, type Step } from '../../fix/step.js';
import type { JsonResult } from '../../report/schema.js';
import { logsOptions, logsSetup, trailName, withoutLogs } from './trail-fix.js';
import { CollectError, isCollectError } from '../../facts/errors.js';
import type { Trail } from '../../facts/catalog.js';
import { ACCOUNT, defineCheck, fail, manual, pass } from '../define.js';
import { isUnreadableOrgTrail, managementCoverage, trailInventory, trailOwner } from './trails.js';

type Problem = 'not-logging' | 'delivery-error' | 'no-read-events' | 'no-write-events' | 'excluded-sources';

export default defineCheck({
  id: 'cloudtrail.multi-region',
  severity: 'critical',
  scope: 'account',
  references: {
    seed: 'cloudtrail',
    ssb: ['ACCT.07'],
    cis: ['3.1'],
    fsbp: ['CloudTrail.1'],
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/creating-trail-organization.html',
  },
  reads: ['cloudtrail.trails', 'cloudtrail.trailStatus', 'cloudtrail.eventSelectors'],
  // Exact, in order (the bucket and its policy before the trail); `aws-baseline fix` writes them with the account's values.
  cli: [
    ACCOUNT_ID_LINE,
    'BUCKET=aws-baseline-cloudtrail-$ACCOUNT_ID',
    'aws s3api create-bucket --bucket "$BUCKET" --region us-east-1',
    'aws s3api put-public-access-block --bucket "$BUCKET" --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    `aws s3api put-bucket-policy --bucket "$BUCKET" --policy ${shellPolicy(cloudTrailBucketPolicy({ partition: 'aws', accountId: '${ACCOUNT_ID}', region: 'us-east-1', trailName: 'management-events', bucket: '${BUCKET}' }))}`,
    'aws cloudtrail create-trail --name management-events --s3-bucket-name "$BUCKET" --is-multi-region-trail --include-global-service-events --enable-log-file-validation --region us-east-1',
    'aws cloudtrail start-logging --name management-events --region us-east-1',
    'aws cloudtrail get-event-selectors --trail-name management-events --region us-east-1',
  ],
  text: {
    en: {
      title: 'A multi-region CloudTrail trail is logging all management events',
      passes: 'A multi-region trail (the account\'s own, or an organization trail it sees) is logging, delivers its log files to S3 without error (LatestDeliveryError), and its event selectors, taken together (an event is recorded when any selector records it), record all read and all write management events from every source. An organization trail whose status only the management account can read is MANUAL. Regions the organization\'s service control policy denies are set aside (a multi-region trail shows in every region); MANUAL when the verdict depends on them.',
      rationale:
        'CloudTrail\'s trail is the record of who did what through the API. Without one that covers every region and both read and write management events, an intrusion in an unused region or a quiet reconnaissance leaves no durable trace.',
      remediation: 'Create a multi-region trail that logs read and write management events to S3, and keep it logging.',
      console: [
        'Open CloudTrail and choose "Trails", then "Create trail" (an organization trail from the management account covers every account).',
        'Choose an S3 bucket, keep "Log file validation" enabled, and optionally send to CloudWatch Logs.',
        'Under "Management events", choose both "Read" and "Write" with no exclusions, then create the trail; new trails are multi-region.',
        'For an existing trail, choose it and "Start logging" if it is stopped.',
      ],
      messages: {
        ok: 'Trail {trail} is multi-region, logging, and records read and write management events.',
        'no-trail': 'No multi-region trail exists.',
        'single-region-only': 'No multi-region trail exists: trail {trail} records {region} only.',
        'not-logging': 'Multi-region trail {trail} exists but is not logging.',
        'delivery-error': 'Multi-region trail {trail} is logging, but CloudTrail cannot deliver its log files to S3 bucket {bucket} ({error}): nothing durable is kept.',
        'no-read-events': 'Multi-region trail {trail} does not record read management events.',
        'no-write-events': 'Multi-region trail {trail} does not record write management events.',
        'excluded-sources': 'Multi-region trail {trail} excludes management events from {sources}.',
        'org-trail-unreadable':
          'Organization trail {trail} covers this account, but its status can only be read from the management account {management}: verify there that it is logging.',
        'trail-denied-by-organization':
          "Multi-region trail {trail}'s status is read in its home region {region}, which the organization's service control policy denies to this audit: verify there that it is logging, or exempt the audit role.",
        'regions-denied-by-organization': "The organization's service control policy denies CloudTrail reads in every audited region ({regions}): verify the trail from an exempted role.",
      },
      fixes: {
        'not-logging': 'Start logging on trail {trail} (aws cloudtrail start-logging --name {trail}).',
        'single-region-only': 'Make trail {trail} multi-region rather than adding a second one (aws cloudtrail update-trail --name {trail} --is-multi-region-trail --region {region}), and keep it logging.',
        'delivery-error': "Restore trail {trail}'s S3 bucket {bucket}, or point the trail at a bucket whose policy lets CloudTrail write (aws cloudtrail update-trail --name {trail} --s3-bucket-name BUCKET).",
        'no-read-events': "Set trail {trail}'s event selectors to record all management events, read and write.",
        'no-write-events': "Set trail {trail}'s event selectors to record all management events, read and write.",
        'excluded-sources': "Remove {sources} from the excluded event sources of trail {trail}'s event selectors.",
      },
    },
    ja: {
      title: 'マルチリージョンの CloudTrail 証跡ですべての管理イベントを記録している',
      passes: 'マルチリージョンの証跡(自アカウントのもの、または見えている組織の証跡)がログ記録中で、S3 へのログファイル配信にエラー(LatestDeliveryError)がなく、イベントセレクター全体で(どれか 1 つのセレクターが記録すれば記録される)、すべてのイベントソースの読み取りと書き込みの管理イベントを記録していること。状態を管理アカウントしか読めない組織の証跡は MANUAL です。組織のサービスコントロールポリシーが拒否するリージョンは除いて判定し(マルチリージョンの証跡はすべてのリージョンに現れます)、判定がそれらに依存する場合は MANUAL です。',
      rationale:
        'CloudTrail の証跡は、誰が API で何をしたかの記録です。すべてのリージョンと読み取り・書き込みの両方の管理イベントを対象とする証跡がないと、使っていないリージョンでの侵入や静かな偵察の痕跡が残りません。',
      remediation: '読み取りと書き込みの管理イベントを S3 に記録するマルチリージョンの証跡を作成し、ログ記録を止めないでください。',
      console: [
        'CloudTrail を開き、「証跡」から「証跡の作成」を選びます(管理アカウントで組織の証跡を作れば全アカウントが対象になります)。',
        'S3 バケットを選び、「ログファイルの検証」を有効のままにし、必要なら CloudWatch Logs への送信も設定します。',
        '「管理イベント」で「読み取り」と「書き込み」の両方を選び、除外なしで作成します。新しい証跡はマルチリージョンになります。',
        '既存の証跡が停止している場合は、証跡を選んで「ログ記録の開始」を選びます。',
      ],
      messages: {
        ok: '証跡 {trail} はマルチリージョンでログを記録しており、読み取りと書き込みの管理イベントを記録しています。',
        'no-trail': 'マルチリージョンの証跡がありません。',
        'single-region-only': 'マルチリージョンの証跡がありません。証跡 {trail} は {region} だけを記録しています。',
        'not-logging': 'マルチリージョンの証跡 {trail} はありますが、ログを記録していません。',
        'delivery-error': 'マルチリージョンの証跡 {trail} はログを記録していますが、S3 バケット {bucket} にログファイルを配信できていません({error})。記録が残りません。',
        'no-read-events': 'マルチリージョンの証跡 {trail} は読み取りの管理イベントを記録していません。',
        'no-write-events': 'マルチリージョンの証跡 {trail} は書き込みの管理イベントを記録していません。',
        'excluded-sources': 'マルチリージョンの証跡 {trail} は {sources} の管理イベントを除外しています。',
        'org-trail-unreadable':
          '組織の証跡 {trail} がこのアカウントを対象にしていますが、その状態は管理アカウント {management} からしか読めません。管理アカウントでログ記録中かを確認してください。',
        'trail-denied-by-organization':
          'マルチリージョンの証跡 {trail} の状態はホームリージョン {region} で読みますが、組織のサービスコントロールポリシーがこの監査に対してそのリージョンを拒否しています。そこでログ記録中かを確認するか、監査ロールを除外してください。',
        'regions-denied-by-organization': '組織のサービスコントロールポリシーが、監査したすべてのリージョン({regions})で CloudTrail の読み取りを拒否しています。除外されたロールで証跡を確認してください。',
      },
      fixes: {
        'not-logging': '証跡 {trail} のログ記録を開始してください(aws cloudtrail start-logging --name {trail})。',
        'single-region-only': '証跡を追加するのではなく、証跡 {trail} をマルチリージョンにしてください(aws cloudtrail update-trail --name {trail} --is-multi-region-trail --region {region})。ログ記録も止めないでください。',
        'delivery-error': '証跡 {trail} の S3 バケット {bucket} を元に戻すか、CloudTrail が書き込めるバケットポリシーを持つバケットに変更してください(aws cloudtrail update-trail --name {trail} --s3-bucket-name BUCKET)。',
        'no-read-events': '証跡 {trail} のイベントセレクターで、読み取りと書き込みのすべての管理イベントを記録してください。',
        'no-write-events': '証跡 {trail} のイベントセレクターで、読み取りと書き込みのすべての管理イベントを記録してください。',
        'excluded-sources': '証跡 {trail} のイベントセレクターの除外イベントソースから {sources} を外してください。',
      },
    },
  },
  async evaluate({ facts, regions, identity }) {
    const { trails, failures } = await trailInventory(facts, regions);
    const candidates = trails.filter((trail) => trail.isMultiRegion);
    const problems: { trail: Trail; problem: Problem; sources?: string; error?: string }[] = [];
    const errors: CollectError[] = [];
    const unreadableOrgTrails: { trail: string; management: string }[] = [];
    const deniedTrails: { trail: string; region: string }[] = [];
    for (const trail of candidates) {
      try {
        const [status, selectors] = await Promise.all([facts.cloudtrail.trailStatus(trail.arn), facts.cloudtrail.eventSelectors(trail.arn)]);
        const coverage = managementCoverage(selectors);
        if (!status.isLogging) problems.push({ trail, problem: 'not-logging' });
        // Logging that never reaches the bucket is no durable trace.
        else if (status.latestDeliveryError) problems.push({ trail, problem: 'delivery-error', error: status.latestDeliveryError });
        else if (!coverage.read) problems.push({ trail, problem: 'no-read-events' });
        else if (!coverage.write) problems.push({ trail, problem: 'no-write-events' });
        else if (coverage.excludedSources.length > 0)
          problems.push({ trail, problem: 'excluded-sources', sources: coverage.excludedSources.join(', ') });
        else return [pass(ACCOUNT, 'ok', { params: { trail: trail.name }, details: { trailArn: trail.arn } })];
      } catch (error) {
        if (isUnreadableOrgTrail(trail, error, identity?.accountId)) unreadableOrgTrails.push({ trail: trail.name, management: trailOwner(trail) });
        // Its status is read in its home region: one the organization denies leaves this trail unjudged, not failed.
        else if (isCollectError(error, 'organization-denied')) deniedTrails.push({ trail: trail.name, region: trail.homeRegion });
        else if (error instanceof CollectError) errors.push(error);
        else throw error;
      }
    }
    const firstError = errors[0] ?? failures.find((failure) => failure.error.kind !== 'organization-denied')?.error;
    if (firstError) throw firstError;
    const orgTrail = unreadableOrgTrails[0];
    if (orgTrail) return [manual(ACCOUNT, 'org-trail-unreadable', { params: orgTrail })];
    const deniedTrail = deniedTrails[0];
    if (deniedTrail) return [manual(ACCOUNT, 'trail-denied-by-organization', { params: deniedTrail })];
    // Not one region could be read, each refused by the organization: nothing is known either way.
    if (failures.length > 0) return [manual(ACCOUNT, 'regions-denied-by-organization', { params: { regions: failures.map((failure) => failure.region).join(', ') } })];
    const first = problems[0];
    if (!first) {
      // The account's own single-region trail is better made multi-region than joined by a second trail.
      const single = trails.find((trail) => !trail.isMultiRegion && !trail.isOrganizationTrail && trailOwner(trail) === identity?.accountId);
      if (single) return [fail(ACCOUNT, 'single-region-only', { params: { trail: single.name, region: single.homeRegion }, details: { trailArn: single.arn } })];
      return [fail(ACCOUNT, 'no-trail')];
    }
    return [fail(ACCOUNT, first.problem, { params: { trail: first.trail.name, sources: first.sources ?? '', error: first.error ?? '', bucket: first.trail.s3BucketName ?? '' }, details: { trailArn: first.trail.arn } })];
  },
  // One trail for the account: none made multi-region in place, or a new one; validation and CloudWatch Logs in the same call.
  fix(ctx) {
    const [found] = ctx.failing('cloudtrail.multi-region');
    if (found?.messageKey === 'no-trail') return [newTrail(ctx, found)];
    const arn = String(found?.details?.trailArn ?? '');
    if (found?.messageKey === 'single-region-only') return [madeMultiRegion(ctx, found, arn)];
    if (found?.messageKey === 'not-logging') {
      return [{ checkIds: ['cloudtrail.multi-region'], title: { en: `Start logging on trail ${arn}`, ja: `証跡 ${arn} のログ記録を開始` }, commands: [`aws cloudtrail start-logging --name ${trailName(arn)} --region ${regionOfArn(arn)}`], cost: COST.start, covers: [found] }];
    }
    return [];
  },
});

const ALL_MANAGEMENT_EVENTS = `--event-selectors '[{"ReadWriteType":"All","IncludeManagementEvents":true}]'`;

function newTrail(ctx: FixContext, found: JsonResult): Step {
  const home = ctx.homeRegion;
  const withLogs = ctx.selected('cloudtrail.cloudwatch-logs');
  return {
    checkIds: ['cloudtrail.multi-region', 'cloudtrail.log-validation', ...(withLogs ? ['cloudtrail.cloudwatch-logs'] : [])],
    title: {
      en: `A multi-region trail "$TRAIL_NAME" in ${home}, logging all management events to its own S3 bucket, with log file validation${withLogs ? ' and CloudWatch Logs delivery' : ''}`,
      ja: `${home} にマルチリージョンの証跡 "$TRAIL_NAME" を作成し、すべての管理イベントを専用の S3 バケットに記録(ログファイルの検証${withLogs ? '、CloudWatch Logs への配信' : ''}を含む)`,
    },
    commands: [
      'TRAIL_BUCKET="${BUCKET_PREFIX}-cloudtrail-${ACCOUNT_ID}"',
      ...policyVariable('TRAIL_BUCKET_POLICY', cloudTrailBucketPolicy({ partition: ctx.partition, accountId: ctx.accountId, region: home, trailName: '${TRAIL_NAME}', bucket: '${TRAIL_BUCKET}' })),
      `ensure_bucket "$TRAIL_BUCKET" ${home}`,
      'aws s3api put-bucket-policy --bucket "$TRAIL_BUCKET" --policy "$TRAIL_BUCKET_POLICY"',
      ...(withLogs ? logsSetup(ctx, home) : []),
      `if ! aws cloudtrail get-trail --name "$TRAIL_NAME" --region ${home} >/dev/null 2>&1; then`,
      `  aws cloudtrail create-trail --name "$TRAIL_NAME" --s3-bucket-name "$TRAIL_BUCKET" --is-multi-region-trail --include-global-service-events --enable-log-file-validation${withLogs ? ` ${logsOptions(ctx, home)}` : ''} --tags-list Key=created-by,Value=aws-baseline --region ${home} >/dev/null`,
      'fi',
      `aws cloudtrail put-event-selectors --trail-name "$TRAIL_NAME" ${ALL_MANAGEMENT_EVENTS} --region ${home} >/dev/null`,
      `aws cloudtrail start-logging --name "$TRAIL_NAME" --region ${home}`,
    ],
    cost: withLogs ? joinCost(COST.trail, COST.logs) : COST.trail,
    // The account has no trail of its own here: what the other checks found is on others' trails, which the new one does not change.
    covers: [found],
  };
}

/** The account's own single-region trail, made multi-region and started, with the rest in the same update: one trail, not two. */
function madeMultiRegion(ctx: FixContext, found: JsonResult, arn: string): Step {
  const region = regionOfArn(arn);
  const logs = withoutLogs(ctx).filter((finding) => finding.resource === arn);
  const withLogs = ctx.selected('cloudtrail.cloudwatch-logs') && logs.length > 0;
  return {
    checkIds: ['cloudtrail.multi-region', 'cloudtrail.log-validation', ...(withLogs ? ['cloudtrail.cloudwatch-logs'] : [])],
    title: {
      en: `Trail ${arn} made multi-region, recording all management events, with log file validation${withLogs ? ' and CloudWatch Logs delivery' : ''}, and logging`,
      ja: `証跡 ${arn} をマルチリージョンにし、すべての管理イベントを記録(ログファイルの検証${withLogs ? '、CloudWatch Logs への配信' : ''}を含む)して、ログ記録を開始`,
    },
    commands: [
      ...(withLogs ? logsSetup(ctx, region) : []),
      `aws cloudtrail update-trail --name ${trailName(arn)} --is-multi-region-trail --include-global-service-events --enable-log-file-validation${withLogs ? ` ${logsOptions(ctx, region)}` : ''} --region ${region} >/dev/null`,
      `aws cloudtrail put-event-selectors --trail-name ${trailName(arn)} ${ALL_MANAGEMENT_EVENTS} --region ${region} >/dev/null`,
      `aws cloudtrail start-logging --name ${trailName(arn)} --region ${region}`,
    ],
    cost: withLogs ? joinCost(COST.trail, COST.logs) : COST.trail,
    covers: [found, ...ctx.failing('cloudtrail.log-validation').filter((finding) => finding.resource === arn), ...logs],
  };
}
