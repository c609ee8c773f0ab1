import { ACCOUNT_ID_LINE, cloudTrailLogsRolePolicy, cloudTrailLogsTrustPolicy, shellPolicy } from '../../fix/policies.js';
import { ACCOUNT, defineCheck, fail, manual, pass, perResource, skip } from '../define.js';
import { regionFailures } from './trail-results.js';
import { isUnreadableOrgTrail, trailInventory, trailOwner } from './trails.js';
import { COST, regionOfArn } from '../../fix/step.js';
import { logsOptions, logsSetup, trailName, withoutLogs } from './trail-fix.js';

const STALE_AFTER_HOURS = 24;

export default defineCheck({
  id: 'cloudtrail.cloudwatch-logs',
  severity: 'low',
  scope: 'account',
  references: {
    seed: 'cloudtrail',
    fsbp: ['CloudTrail.5'],
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
  },
  reads: ['cloudtrail.trails', 'cloudtrail.trailStatus'],
  // Exact, in order (the log group and the role CloudTrail assumes before the trail update); TRAIL and REGION are the trail's.
  cli: [
    ACCOUNT_ID_LINE,
    'TRAIL=management-events REGION=us-east-1 LOG_GROUP=aws-cloudtrail-logs-$ACCOUNT_ID',
    'aws logs create-log-group --log-group-name "$LOG_GROUP" --region "$REGION"',
    `aws iam create-role --role-name aws-baseline-cloudtrail-logs --assume-role-policy-document ${shellPolicy(cloudTrailLogsTrustPolicy())}`,
    `aws iam put-role-policy --role-name aws-baseline-cloudtrail-logs --policy-name cloudtrail-to-cloudwatch-logs --policy-document ${shellPolicy(cloudTrailLogsRolePolicy({ partition: 'aws', accountId: '${ACCOUNT_ID}', region: '${REGION}', logGroup: '${LOG_GROUP}' }))}`,
    'aws cloudtrail update-trail --name "$TRAIL" --cloud-watch-logs-log-group-arn "arn:aws:logs:$REGION:$ACCOUNT_ID:log-group:$LOG_GROUP:*" --cloud-watch-logs-role-arn "arn:aws:iam::$ACCOUNT_ID:role/aws-baseline-cloudtrail-logs" --region "$REGION"',
  ],
  text: {
    en: {
      title: 'CloudTrail delivers to CloudWatch Logs',
      passes: 'Each trail is logging, has a CloudWatch Logs log group, reports no delivery error, and last delivered less than 24 hours ago; a trail with no delivery yet passes only if it started logging less than 24 hours ago. Another account\'s trail (an organization trail seen from a member) whose status answer lacks the delivery fields is MANUAL, naming its owner.',
      rationale:
        'Logs in S3 are evidence; logs in CloudWatch Logs can raise an alarm within minutes — on a root sign-in, a console sign-in without MFA, or a change to CloudTrail itself.',
      remediation: 'Configure the trail to send events to a CloudWatch Logs log group, with a role CloudTrail can assume.',
      console: [
        'Open CloudTrail, choose "Trails" and the trail, then "Edit" in "CloudWatch Logs".',
        'Enable it, choose a new or existing log group and let CloudTrail create the IAM role, then save.',
        'Add metric filters and alarms (root use, sign-in without MFA, CloudTrail changes) on that log group.',
      ],
      messages: {
        delivering: 'Trail {trail} delivers to CloudWatch Logs.',
        'not-configured': 'Trail {trail} does not deliver to CloudWatch Logs.',
        'delivery-error': 'Trail {trail} fails to deliver to CloudWatch Logs: {error}.',
        stale: 'Trail {trail} last delivered to CloudWatch Logs {hours} hours ago ({at}).',
        'org-trail-unreadable': 'Organization trail {trail} sends to CloudWatch Logs; verify its delivery from the management account {management}.',
        'owner-delivery-unknown': "Trail {trail} belongs to account {management}, and this account's answer does not include its CloudWatch Logs deliveries: verify them in account {management}.",
        'no-trails': 'No trail to evaluate (see cloudtrail.multi-region).',
        'not-logging': 'Trail {trail} is not logging, so it delivers nothing to CloudWatch Logs.',
        starting: 'Trail {trail} started logging {hours} hours ago; its first delivery to CloudWatch Logs is pending.',
        'never-delivered': 'Trail {trail} has never delivered to CloudWatch Logs.',
      },
      fixes: {
        'not-logging': 'Start logging on trail {trail} (aws cloudtrail start-logging --name {trail}).',
        'never-delivered': "Check trail {trail}'s CloudWatch Logs role and log group: logging has run for over a day with no delivery.",
        'delivery-error': "Fix trail {trail}'s CloudWatch Logs role: CloudTrail must be able to assume it and call logs:CreateLogStream and logs:PutLogEvents on the log group.",
        stale: 'Check that trail {trail} is logging and that its CloudWatch Logs role and log group still exist: nothing has arrived for over a day.',
      },
    },
    ja: {
      title: 'CloudTrail のログを CloudWatch Logs に送信している',
      passes: '各証跡がログ記録中で、CloudWatch Logs のロググループが設定され、配信エラーがなく、最後の配信が 24 時間以内であること。まだ配信のない証跡は、ログ記録の開始が 24 時間以内の場合だけ合格です。別のアカウントの証跡(メンバーから見た組織の証跡)で、状態の回答に配信の項目がない場合は、所有アカウントを示して MANUAL です。',
      rationale:
        'S3 のログは証拠になりますが、CloudWatch Logs のログなら、ルートでのサインインや MFA なしのサインイン、CloudTrail 自体の変更を数分以内にアラームで知らせられます。',
      remediation: '証跡から CloudWatch Logs のロググループへイベントを送るよう設定し、CloudTrail が引き受けるロールを指定してください。',
      console: [
        'CloudTrail を開き、「証跡」から対象の証跡を選び、「CloudWatch Logs」の「編集」を選びます。',
        '有効にしてロググループ(新規または既存)を選び、IAM ロールを CloudTrail に作成させて保存します。',
        'そのロググループにメトリクスフィルターとアラーム(ルートの使用、MFA なしのサインイン、CloudTrail の変更など)を追加します。',
      ],
      messages: {
        delivering: '証跡 {trail} は CloudWatch Logs に送信しています。',
        'not-configured': '証跡 {trail} は CloudWatch Logs に送信していません。',
        'delivery-error': '証跡 {trail} の CloudWatch Logs への送信が失敗しています: {error}。',
        stale: '証跡 {trail} の CloudWatch Logs への最終送信は {hours} 時間前({at})です。',
        'org-trail-unreadable': '組織の証跡 {trail} は CloudWatch Logs に送信する設定です。送信状況は管理アカウント {management} で確認してください。',
        'owner-delivery-unknown': '証跡 {trail} はアカウント {management} のもので、このアカウントへの回答には CloudWatch Logs への配信状況が含まれていません。アカウント {management} で確認してください。',
        'no-trails': '評価する証跡がありません(cloudtrail.multi-region を参照)。',
        'not-logging': '証跡 {trail} はログを記録していないため、CloudWatch Logs に何も配信していません。',
        starting: '証跡 {trail} は {hours} 時間前にログ記録を開始しました。CloudWatch Logs への最初の配信はまだです。',
        'never-delivered': '証跡 {trail} は CloudWatch Logs に一度も配信していません。',
      },
      fixes: {
        'not-logging': '証跡 {trail} のログ記録を開始してください(aws cloudtrail start-logging --name {trail})。',
        'never-delivered': '証跡 {trail} の CloudWatch Logs 用ロールとロググループを確認してください。ログ記録開始から 1 日以上配信がありません。',
        'delivery-error': '証跡 {trail} の CloudWatch Logs 用ロールを修正してください。CloudTrail がそのロールを引き受けられ、ロググループに logs:CreateLogStream と logs:PutLogEvents を実行できる必要があります。',
        stale: '証跡 {trail} がログ記録中であること、CloudWatch Logs 用のロールとロググループが残っていることを確認してください。1 日以上何も届いていません。',
      },
    },
  },
  async evaluate({ facts, regions, identity, now }) {
    const { trails, failures } = await trailInventory(facts, regions);
    if (trails.length === 0 && failures.length === 0) return [skip(ACCOUNT, 'no-trails')];
    const outcomes = await Promise.all(
      trails.map((trail) =>
        perResource(trail.arn, async () => {
          const params = { trail: trail.name };
          if (!trail.cloudWatchLogsLogGroupArn) return fail(trail.arn, 'not-configured', { params });
          let status;
          try {
            status = await facts.cloudtrail.trailStatus(trail.arn);
          } catch (error) {
            if (!isUnreadableOrgTrail(trail, error, identity?.accountId)) throw error;
            return manual(trail.arn, 'org-trail-unreadable', { params: { ...params, management: trailOwner(trail) } });
          }
          // A trail delivers only while it logs.
          if (!status.isLogging) return fail(trail.arn, 'not-logging', { params });
          if (status.latestCloudWatchLogsDeliveryError) {
            return fail(trail.arn, 'delivery-error', { params: { ...params, error: status.latestCloudWatchLogsDeliveryError } });
          }
          const hoursSince = (iso: string) => Math.floor((now.getTime() - Date.parse(iso)) / 3_600_000);
          const at = status.latestCloudWatchLogsDeliveryTime;
          if (at) {
            const hours = hoursSince(at);
            return hours >= STALE_AFTER_HOURS ? fail(trail.arn, 'stale', { params: { ...params, hours, at } }) : pass(trail.arn, 'delivering', { params });
          }
          // Another account's trail: a member's answer may leave the delivery fields out; only the owner can tell.
          if (trailOwner(trail) !== identity?.accountId) return manual(trail.arn, 'owner-delivery-unknown', { params: { ...params, management: trailOwner(trail) } });
          // No delivery yet: fine only in the first day of logging.
          const started = status.startLoggingTime;
          if (started && hoursSince(started) < STALE_AFTER_HOURS) return pass(trail.arn, 'starting', { params: { ...params, hours: hoursSince(started) } });
          return fail(trail.arn, 'never-delivered', { params });
        }),
      ),
    );
    return [...outcomes, ...regionFailures(failures)];
  },
  fix: (ctx) =>
    withoutLogs(ctx).map((found) => {
      const region = regionOfArn(found.resource);
      return {
        checkIds: ['cloudtrail.cloudwatch-logs'],
        title: { en: `Trail ${found.resource} delivers to the CloudWatch Logs group "$LOG_GROUP", through a role CloudTrail can assume`, ja: `証跡 ${found.resource} から CloudWatch Logs のロググループ "$LOG_GROUP" へ配信(CloudTrail が引き受けるロールを作成)` },
        commands: [...logsSetup(ctx, region), `aws cloudtrail update-trail --name ${trailName(found.resource)} ${logsOptions(ctx, region)} --region ${region} >/dev/null`],
        cost: COST.logs,
        covers: [found],
      };
    }),
});
