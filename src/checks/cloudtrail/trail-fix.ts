import { cloudTrailLogsRolePolicy, cloudTrailLogsTrustPolicy } from '../../fix/policies.js';
import { type FixContext, policyVariable, sh } from '../../fix/step.js';
import type { JsonResult } from '../../report/schema.js';
import { arnAccount } from '../../core/arn.js';

/** A trail is named by its name in its home region (the emulator, unlike AWS, takes no ARN there). */
export const trailName = (arn: string) => sh(arn.split(':trail/')[1] ?? arn);

const LOGS_ROLE = 'aws-baseline-cloudtrail-logs';

/** The options of create-trail / update-trail that deliver to the log group "$LOG_GROUP" through the role below. */
export function logsOptions(ctx: FixContext, region: string): string {
  return `--cloud-watch-logs-log-group-arn "arn:${ctx.partition}:logs:${region}:${ctx.accountId}:log-group:$LOG_GROUP:*" --cloud-watch-logs-role-arn ${sh(`arn:${ctx.partition}:iam::${ctx.accountId}:role/${LOGS_ROLE}`)}`;
}

/** The log group (kept 365 days) and the role CloudTrail assumes to write to it, each made only if missing. */
export function logsSetup(ctx: FixContext, region: string): string[] {
  return [
    `if [ "$(aws logs describe-log-groups --log-group-name-prefix "$LOG_GROUP" --region ${region} --query "length(logGroups[?logGroupName=='$LOG_GROUP'])" --output text)" = 0 ]; then`,
    `  aws logs create-log-group --log-group-name "$LOG_GROUP" --tags created-by=aws-baseline --region ${region}`,
    `  aws logs put-retention-policy --log-group-name "$LOG_GROUP" --retention-in-days 365 --region ${region}`,
    'fi',
    ...policyVariable('LOGS_TRUST', cloudTrailLogsTrustPolicy()),
    ...policyVariable('LOGS_POLICY', cloudTrailLogsRolePolicy({ partition: ctx.partition, accountId: ctx.accountId, region, logGroup: '${LOG_GROUP}' })),
    `aws iam get-role --role-name ${LOGS_ROLE} >/dev/null 2>&1 \\`,
    `  || aws iam create-role --role-name ${LOGS_ROLE} --assume-role-policy-document "$LOGS_TRUST" --tags Key=created-by,Value=aws-baseline >/dev/null`,
    `aws iam put-role-policy --role-name ${LOGS_ROLE} --policy-name cloudtrail-to-cloudwatch-logs --policy-document "$LOGS_POLICY"`,
  ];
}

/** A trail this account owns: another's (an organization trail, one shared with it) is its owner's to change, a person's step here. */
export const ofThisAccount = (ctx: FixContext) => (found: JsonResult) => arnAccount(found.resource) === ctx.accountId;

/** This account's trails that have no CloudWatch Logs delivery (the one finding a command can fix). */
export const withoutLogs = (ctx: FixContext) => ctx.failing('cloudtrail.cloudwatch-logs').filter((found) => found.messageKey === 'not-configured').filter(ofThisAccount(ctx));
