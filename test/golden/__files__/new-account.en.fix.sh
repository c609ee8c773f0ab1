#!/usr/bin/env bash
# aws-baseline fix plan for account 111111111111
# Made from the audit of 2026-11-20 12:00 UTC (snapshot fixtures/accounts/new-account.json).
# THIS SCRIPT CHANGES THE ACCOUNT: it creates and turns on the resources below. Read it before running it; aws-baseline itself changed nothing. Running it again does no harm.
set -euo pipefail

ACCOUNT_ID=111111111111
PARTITION=aws

# Your choices (set them in the environment, or edit the defaults):
BUCKET_PREFIX="${BUCKET_PREFIX:-aws-baseline}"  # prefix of the S3 bucket names (bucket names are global: make it yours)
TRAIL_NAME="${TRAIL_NAME:-aws-baseline}"  # name of the new CloudTrail trail
LOG_GROUP="${LOG_GROUP:-aws-cloudtrail-logs-111111111111}"  # CloudWatch Logs group the trail delivers to
ALERT_EMAIL="${ALERT_EMAIL:?set ALERT_EMAIL to the address that receives budget alerts}"  # who receives the budget alerts (required)
BUDGET_USD="${BUDGET_USD:-100}"  # monthly budget, in USD

# Stop if the credentials are for another account.
caller=$(aws sts get-caller-identity --query Account --output text)
[ "$caller" = "$ACCOUNT_ID" ] || { echo "this plan is for account $ACCOUNT_ID; the credentials are for $caller" >&2; exit 1; }

# Helpers: a private, tagged S3 bucket; a create call that may already have been done.
ensure_bucket() { # name region: created once, private, tagged
  if ! aws s3api head-bucket --bucket "$1" >/dev/null 2>&1; then
    if [ "$2" = us-east-1 ]; then aws s3api create-bucket --bucket "$1" --region "$2" >/dev/null
    else aws s3api create-bucket --bucket "$1" --region "$2" --create-bucket-configuration LocationConstraint="$2" >/dev/null; fi
    aws s3api put-public-access-block --bucket "$1" --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true
    aws s3api put-bucket-tagging --bucket "$1" --tagging 'TagSet=[{Key=created-by,Value=aws-baseline}]'
  fi
}
allow_existing() { # a create call: "already exists" is success
  local out; if out=$("$@" 2>&1); then return 0; fi
  if grep -qiE "Duplicate|AlreadyExists|already exists|has been taken" <<<"$out"; then return 0; fi
  echo "$out" >&2; return 1
}

# ── 1. A password policy of at least 14 characters that remembers the last 24 passwords (other settings kept) (fixes: iam.password-policy)
#    cost: No charge
aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 --allow-users-to-change-password

# ── 2. A multi-region trail "$TRAIL_NAME" in us-east-1, logging all management events to its own S3 bucket, with log file validation and CloudWatch Logs delivery (fixes: cloudtrail.multi-region, cloudtrail.log-validation, cloudtrail.cloudwatch-logs)
#    cost: The first copy of management events is free; the S3 storage of the log files is billed. CloudWatch Logs bills ingestion and storage of the events; the log group keeps them 365 days
TRAIL_BUCKET="${BUCKET_PREFIX}-cloudtrail-${ACCOUNT_ID}"
TRAIL_BUCKET_POLICY=$(cat <<JSON
{"Version":"2012-10-17","Statement":[{"Sid":"AWSCloudTrailAclCheck","Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:GetBucketAcl","Resource":"arn:aws:s3:::${TRAIL_BUCKET}","Condition":{"StringEquals":{"aws:SourceArn":"arn:aws:cloudtrail:us-east-1:111111111111:trail/${TRAIL_NAME}"}}},{"Sid":"AWSCloudTrailWrite","Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::${TRAIL_BUCKET}/AWSLogs/111111111111/*","Condition":{"StringEquals":{"s3:x-amz-acl":"bucket-owner-full-control","aws:SourceArn":"arn:aws:cloudtrail:us-east-1:111111111111:trail/${TRAIL_NAME}"}}}]}
JSON
)
ensure_bucket "$TRAIL_BUCKET" us-east-1
aws s3api put-bucket-policy --bucket "$TRAIL_BUCKET" --policy "$TRAIL_BUCKET_POLICY"
if [ "$(aws logs describe-log-groups --log-group-name-prefix "$LOG_GROUP" --region us-east-1 --query "length(logGroups[?logGroupName=='$LOG_GROUP'])" --output text)" = 0 ]; then
  aws logs create-log-group --log-group-name "$LOG_GROUP" --tags created-by=aws-baseline --region us-east-1
  aws logs put-retention-policy --log-group-name "$LOG_GROUP" --retention-in-days 365 --region us-east-1
fi
LOGS_TRUST=$(cat <<JSON
{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"sts:AssumeRole"}]}
JSON
)
LOGS_POLICY=$(cat <<JSON
{"Version":"2012-10-17","Statement":[{"Sid":"AWSCloudTrailCreateLogStream","Effect":"Allow","Action":["logs:CreateLogStream"],"Resource":["arn:aws:logs:us-east-1:111111111111:log-group:${LOG_GROUP}:log-stream:111111111111_CloudTrail_us-east-1*"]},{"Sid":"AWSCloudTrailPutLogEvents","Effect":"Allow","Action":["logs:PutLogEvents"],"Resource":["arn:aws:logs:us-east-1:111111111111:log-group:${LOG_GROUP}:log-stream:111111111111_CloudTrail_us-east-1*"]}]}
JSON
)
aws iam get-role --role-name aws-baseline-cloudtrail-logs >/dev/null 2>&1 \
  || aws iam create-role --role-name aws-baseline-cloudtrail-logs --assume-role-policy-document "$LOGS_TRUST" --tags Key=created-by,Value=aws-baseline >/dev/null
aws iam put-role-policy --role-name aws-baseline-cloudtrail-logs --policy-name cloudtrail-to-cloudwatch-logs --policy-document "$LOGS_POLICY"
if ! aws cloudtrail get-trail --name "$TRAIL_NAME" --region us-east-1 >/dev/null 2>&1; then
  aws cloudtrail create-trail --name "$TRAIL_NAME" --s3-bucket-name "$TRAIL_BUCKET" --is-multi-region-trail --include-global-service-events --enable-log-file-validation --cloud-watch-logs-log-group-arn "arn:aws:logs:us-east-1:111111111111:log-group:$LOG_GROUP:*" --cloud-watch-logs-role-arn 'arn:aws:iam::111111111111:role/aws-baseline-cloudtrail-logs' --tags-list Key=created-by,Value=aws-baseline --region us-east-1 >/dev/null
fi
aws cloudtrail put-event-selectors --trail-name "$TRAIL_NAME" --event-selectors '[{"ReadWriteType":"All","IncludeManagementEvents":true}]' --region us-east-1 >/dev/null
aws cloudtrail start-logging --name "$TRAIL_NAME" --region us-east-1

# ── 3. AWS Config records every resource type in ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, eu-west-2, eu-west-3, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2, through its service-linked role, delivering to its own S3 bucket (global types in us-east-1) (fixes: config.recorder)
#    cost: AWS Config bills each configuration item recorded, per region: in accounts with much churn (autoscaling, containers) it can be the largest line here; periodic recording or excluding busy types lowers it
allow_existing aws iam create-service-linked-role --aws-service-name config.amazonaws.com
CONFIG_BUCKET="${BUCKET_PREFIX}-config-${ACCOUNT_ID}"
CONFIG_BUCKET_POLICY=$(cat <<JSON
{"Version":"2012-10-17","Statement":[{"Sid":"AWSConfigBucketPermissionsCheck","Effect":"Allow","Principal":{"Service":"config.amazonaws.com"},"Action":"s3:GetBucketAcl","Resource":"arn:aws:s3:::${CONFIG_BUCKET}","Condition":{"StringEquals":{"AWS:SourceAccount":"111111111111"}}},{"Sid":"AWSConfigBucketExistenceCheck","Effect":"Allow","Principal":{"Service":"config.amazonaws.com"},"Action":"s3:ListBucket","Resource":"arn:aws:s3:::${CONFIG_BUCKET}","Condition":{"StringEquals":{"AWS:SourceAccount":"111111111111"}}},{"Sid":"AWSConfigBucketDelivery","Effect":"Allow","Principal":{"Service":"config.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::${CONFIG_BUCKET}/AWSLogs/111111111111/Config/*","Condition":{"StringEquals":{"s3:x-amz-acl":"bucket-owner-full-control","AWS:SourceAccount":"111111111111"}}}]}
JSON
)
ensure_bucket "$CONFIG_BUCKET" us-east-1
aws s3api put-bucket-policy --bucket "$CONFIG_BUCKET" --policy "$CONFIG_BUCKET_POLICY"
for region in ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-southeast-1 ap-southeast-2 ca-central-1 eu-central-1 eu-north-1 eu-west-1 eu-west-2 eu-west-3 sa-east-1 us-east-1 us-east-2 us-west-1 us-west-2; do
  recorder=$(aws configservice describe-configuration-recorders --region "$region" --query 'ConfigurationRecorders[0].name' --output text)
  if [ "$recorder" = None ]; then recorder=default; fi
  global=false; if [ "$region" = us-east-1 ]; then global=true; fi
  aws configservice put-configuration-recorder --configuration-recorder "name=$recorder,roleARN=arn:aws:iam::111111111111:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig" --recording-group "allSupported=true,includeGlobalResourceTypes=$global" --region "$region"
  if [ "$(aws configservice describe-delivery-channels --region "$region" --query 'length(DeliveryChannels)' --output text)" = 0 ]; then
    aws configservice put-delivery-channel --delivery-channel "name=default,s3BucketName=$CONFIG_BUCKET" --region "$region"
  fi
  aws configservice start-configuration-recorder --configuration-recorder-name "$recorder" --region "$region"
done

# ── 4. A monthly cost budget of $BUDGET_USD USD that e-mails $ALERT_EMAIL at 80 % of actual spend (fixes: billing.budget, billing.budget-alerts)
#    cost: Budgets that only alert cost nothing
BUDGET=$(cat <<JSON
{"BudgetName":"aws-baseline-monthly","BudgetLimit":{"Amount":"${BUDGET_USD}","Unit":"USD"},"TimeUnit":"MONTHLY","BudgetType":"COST"}
JSON
)
BUDGET_ALERTS=$(cat <<JSON
[{"Notification":{"NotificationType":"ACTUAL","ComparisonOperator":"GREATER_THAN","Threshold":80,"ThresholdType":"PERCENTAGE"},"Subscribers":[{"SubscriptionType":"EMAIL","Address":"${ALERT_EMAIL}"}]}]
JSON
)
aws budgets describe-budget --account-id '111111111111' --budget-name aws-baseline-monthly >/dev/null 2>&1 \
  || aws budgets create-budget --account-id '111111111111' --budget "$BUDGET" --notifications-with-subscribers "$BUDGET_ALERTS"

# ── 5. GuardDuty enabled in ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, eu-west-2, eu-west-3, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2 (fixes: guardduty.enabled)
#    cost: GuardDuty is free for 30 days in each region, then billed by the volume of events and logs it analyses
for region in ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-southeast-1 ap-southeast-2 ca-central-1 eu-central-1 eu-north-1 eu-west-1 eu-west-2 eu-west-3 sa-east-1 us-east-1 us-east-2 us-west-1 us-west-2; do
  detector=$(aws guardduty list-detectors --region "$region" --query 'DetectorIds[0]' --output text)
  if [ "$detector" = None ] || [ -z "$detector" ]; then
    aws guardduty create-detector --enable --tags created-by=aws-baseline --region "$region" >/dev/null
  else
    aws guardduty update-detector --detector-id "$detector" --enable --region "$region"
  fi
done

# ── 6. EBS encryption by default in ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, eu-west-2, eu-west-3, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2 (new volumes; existing ones stay as they are) (fixes: ec2.ebs-default-encryption)
#    cost: No charge with the AWS managed key (a customer managed KMS key bills its own requests)
for region in ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-southeast-1 ap-southeast-2 ca-central-1 eu-central-1 eu-north-1 eu-west-1 eu-west-2 eu-west-3 sa-east-1 us-east-1 us-east-2 us-west-1 us-west-2; do
  aws ec2 enable-ebs-encryption-by-default --region "$region" >/dev/null
done

# ── 7. Security Hub CSPM enabled in ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, eu-west-2, eu-west-3, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2, with its default standards (fixes: securityhub.enabled)
#    cost: Security Hub CSPM is free for 30 days in each region, then billed per security check run and per finding ingested; the default standards it turns on (FSBP, CIS) run their checks through AWS Config
for region in ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-southeast-1 ap-southeast-2 ca-central-1 eu-central-1 eu-north-1 eu-west-1 eu-west-2 eu-west-3 sa-east-1 us-east-1 us-east-2 us-west-1 us-west-2; do
  aws securityhub describe-hub --region "$region" >/dev/null 2>&1 || aws securityhub enable-security-hub --enable-default-standards --region "$region"
done

# ── 8. S3 Block Public Access on for the account (all four settings) (fixes: s3.account-public-access-block)
#    cost: No charge
aws s3control put-public-access-block --account-id '111111111111' \
  --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true

# ── 9. An external access analyzer of the account in ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, eu-west-2, eu-west-3, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2 (fixes: iam.access-analyzer)
#    cost: No charge
for region in ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-southeast-1 ap-southeast-2 ca-central-1 eu-central-1 eu-north-1 eu-west-1 eu-west-2 eu-west-3 sa-east-1 us-east-1 us-east-2 us-west-1 us-west-2; do
  if [ "$(aws accessanalyzer list-analyzers --type ACCOUNT --region "$region" --query "length(analyzers[?status=='ACTIVE'])" --output text)" = 0 ]; then
    aws accessanalyzer create-analyzer --analyzer-name aws-baseline-external-access --type ACCOUNT --tags created-by=aws-baseline --region "$region" >/dev/null
  fi
done

# Manual steps (the console, the root user, or details only a person can choose; this plan cannot do them for you):
#   account.alternate-contacts: Security, billing and operations alternate contacts are set
#     - The account has no alternate contact for: BILLING, OPERATIONS, SECURITY.
#     1. Sign in to the account and open "Account" from the account menu (top right).
#     2. Under "Alternate contacts", choose "Edit".
#     3. Fill in the billing, operations and security contacts (a shared mailbox, a phone number someone answers) and save.
#   iam.root-mfa: The root user has MFA
#     - The root user has no MFA device.
#     1. Sign in to the AWS Management Console as the root user (email address and password).
#     2. Open the account menu (top right) and choose "Security credentials".
#     3. Under "Multi-factor authentication (MFA)", choose "Assign MFA device".
#     4. Prefer a passkey or hardware security key; an authenticator app also satisfies this check.
#   iam.root-hardware-mfa: The root user uses a hardware MFA device
#     - The root user has no MFA device at all.
#     1. Sign in as the root user and open "Security credentials".
#     2. Under "Multi-factor authentication (MFA)", choose "Assign MFA device" and register a security key or hardware TOTP token.
#     3. After it works, remove the virtual (authenticator app) device.
#   iam.root-recent-use: The root user is not used for daily work
#     - The root user was used 0 day(s) ago (2026-11-19 22:14 UTC, by its password); the limit is 90 days. (credential report of 2026-11-20 08:30 UTC)
#     1. Open IAM (or IAM Identity Center) and create a user for yourself.
#     2. Choose "Add permissions", then "Attach policies directly", and attach AdministratorAccess (or a narrower policy).
#     3. Register an MFA device for that user, sign in as it, and keep the root credentials for the tasks that require root.
#   iam.identity-center: People sign in through IAM Identity Center
#     - There is no IAM Identity Center in any of the 17 region(s) read: only the root user can sign in to the console.
#     1. Open IAM Identity Center in the region that should hold it, and choose "Enable" (from the management account, for every account of the organization).
#     2. Create users or connect your identity provider, and assign them permission sets on the accounts they need.
#     3. Once people sign in through the AWS access portal, remove the console passwords of their IAM users.
#   organizations.member: The account belongs to an AWS Organization
#     - The account is not in an AWS Organization.
#     1. From the account that should pay and govern, open AWS Organizations and choose "Create an organization".
#     2. Choose "Add an AWS account" to invite existing accounts or create new ones.
#     3. In an invited account, open AWS Organizations, then "Invitations", and accept.
#   billing.cost-explorer: Cost Explorer is enabled
#     - Cost Explorer has not been enabled.
#     1. Open "Billing and Cost Management" (search for "Billing").
#     2. In the left menu choose "Cost Explorer", then "Launch Cost Explorer" if it has never been opened.
#     3. Wait about 24 hours for the first data.

echo "Done. Run the audit again to see the result: aws-baseline audit"
