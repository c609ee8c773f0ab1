#!/usr/bin/env bash
# aws-baseline fix plan for account 222222222222
# Made from the audit of 2026-11-20 12:00 UTC (snapshot fixtures/accounts/insecure.json).
# THIS SCRIPT CHANGES THE ACCOUNT: it creates and turns on the resources below. Read it before running it; aws-baseline itself changed nothing. Running it again does no harm.
set -euo pipefail

ACCOUNT_ID=222222222222
PARTITION=aws

# Your choices (set them in the environment, or edit the defaults):
BUCKET_PREFIX="${BUCKET_PREFIX:-aws-baseline}"  # prefix of the S3 bucket names (bucket names are global: make it yours)
LOG_GROUP="${LOG_GROUP:-aws-cloudtrail-logs-222222222222}"  # CloudWatch Logs group the trail delivers to
ALERT_EMAIL="${ALERT_EMAIL:?set ALERT_EMAIL to the address that receives budget alerts}"  # who receives the budget alerts (required)

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
aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 --allow-users-to-change-password --max-password-age 90

# ── 2. Start logging on trail arn:aws:cloudtrail:us-east-1:222222222222:trail/main (fixes: cloudtrail.multi-region)
#    cost: No charge of its own (the trail's own costs resume)
aws cloudtrail start-logging --name 'main' --region us-east-1

# ── 3. Log file validation on trail arn:aws:cloudtrail:us-east-1:222222222222:trail/main (fixes: cloudtrail.log-validation)
#    cost: No charge
aws cloudtrail update-trail --name 'main' --enable-log-file-validation --region us-east-1 >/dev/null

# ── 4. Trail arn:aws:cloudtrail:us-east-1:222222222222:trail/main delivers to the CloudWatch Logs group "$LOG_GROUP", through a role CloudTrail can assume (fixes: cloudtrail.cloudwatch-logs)
#    cost: CloudWatch Logs bills ingestion and storage of the events; the log group keeps them 365 days
if [ "$(aws logs describe-log-groups --log-group-name-prefix "$LOG_GROUP" --region us-east-1 --query "length(logGroups[?logGroupName=='$LOG_GROUP'])" --output text)" = 0 ]; then
  aws logs create-log-group --log-group-name "$LOG_GROUP" --tags created-by=aws-baseline --region us-east-1
  aws logs put-retention-policy --log-group-name "$LOG_GROUP" --retention-in-days 365 --region us-east-1
fi
LOGS_TRUST=$(cat <<JSON
{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"sts:AssumeRole"}]}
JSON
)
LOGS_POLICY=$(cat <<JSON
{"Version":"2012-10-17","Statement":[{"Sid":"AWSCloudTrailCreateLogStream","Effect":"Allow","Action":["logs:CreateLogStream"],"Resource":["arn:aws:logs:us-east-1:222222222222:log-group:${LOG_GROUP}:log-stream:222222222222_CloudTrail_us-east-1*"]},{"Sid":"AWSCloudTrailPutLogEvents","Effect":"Allow","Action":["logs:PutLogEvents"],"Resource":["arn:aws:logs:us-east-1:222222222222:log-group:${LOG_GROUP}:log-stream:222222222222_CloudTrail_us-east-1*"]}]}
JSON
)
aws iam get-role --role-name aws-baseline-cloudtrail-logs >/dev/null 2>&1 \
  || aws iam create-role --role-name aws-baseline-cloudtrail-logs --assume-role-policy-document "$LOGS_TRUST" --tags Key=created-by,Value=aws-baseline >/dev/null
aws iam put-role-policy --role-name aws-baseline-cloudtrail-logs --policy-name cloudtrail-to-cloudwatch-logs --policy-document "$LOGS_POLICY"
aws cloudtrail update-trail --name 'main' --cloud-watch-logs-log-group-arn "arn:aws:logs:us-east-1:222222222222:log-group:$LOG_GROUP:*" --cloud-watch-logs-role-arn 'arn:aws:iam::222222222222:role/aws-baseline-cloudtrail-logs' --region us-east-1 >/dev/null

# ── 5. Block Public Access on for bucket trail-logs-222222222222 (all four settings) (fixes: cloudtrail.bucket-protected)
#    cost: No charge
aws s3api put-public-access-block --bucket 'trail-logs-222222222222' \
  --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true

# ── 6. AWS Config records every resource type in eu-west-1, through its service-linked role, delivering to its own S3 bucket (global types in us-east-1) (fixes: config.recorder)
#    cost: AWS Config bills each configuration item recorded, per region: in accounts with much churn (autoscaling, containers) it can be the largest line here; periodic recording or excluding busy types lowers it
allow_existing aws iam create-service-linked-role --aws-service-name config.amazonaws.com
CONFIG_BUCKET="${BUCKET_PREFIX}-config-${ACCOUNT_ID}"
CONFIG_BUCKET_POLICY=$(cat <<JSON
{"Version":"2012-10-17","Statement":[{"Sid":"AWSConfigBucketPermissionsCheck","Effect":"Allow","Principal":{"Service":"config.amazonaws.com"},"Action":"s3:GetBucketAcl","Resource":"arn:aws:s3:::${CONFIG_BUCKET}","Condition":{"StringEquals":{"AWS:SourceAccount":"222222222222"}}},{"Sid":"AWSConfigBucketExistenceCheck","Effect":"Allow","Principal":{"Service":"config.amazonaws.com"},"Action":"s3:ListBucket","Resource":"arn:aws:s3:::${CONFIG_BUCKET}","Condition":{"StringEquals":{"AWS:SourceAccount":"222222222222"}}},{"Sid":"AWSConfigBucketDelivery","Effect":"Allow","Principal":{"Service":"config.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::${CONFIG_BUCKET}/AWSLogs/222222222222/Config/*","Condition":{"StringEquals":{"s3:x-amz-acl":"bucket-owner-full-control","AWS:SourceAccount":"222222222222"}}}]}
JSON
)
ensure_bucket "$CONFIG_BUCKET" us-east-1
aws s3api put-bucket-policy --bucket "$CONFIG_BUCKET" --policy "$CONFIG_BUCKET_POLICY"
for region in eu-west-1; do
  recorder=$(aws configservice describe-configuration-recorders --region "$region" --query 'ConfigurationRecorders[0].name' --output text)
  if [ "$recorder" = None ]; then recorder=default; fi
  global=false; if [ "$region" = us-east-1 ]; then global=true; fi
  aws configservice put-configuration-recorder --configuration-recorder "name=$recorder,roleARN=arn:aws:iam::222222222222:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig" --recording-group "allSupported=true,includeGlobalResourceTypes=$global" --region "$region"
  if [ "$(aws configservice describe-delivery-channels --region "$region" --query 'length(DeliveryChannels)' --output text)" = 0 ]; then
    aws configservice put-delivery-channel --delivery-channel "name=default,s3BucketName=$CONFIG_BUCKET" --region "$region"
  fi
  aws configservice start-configuration-recorder --configuration-recorder-name "$recorder" --region "$region"
done

# ── 7. Budget monthly e-mails $ALERT_EMAIL at 80 % of actual spend (fixes: billing.budget-alerts)
#    cost: Budgets that only alert cost nothing
ALERT=$(cat <<JSON
{"NotificationType":"ACTUAL","ComparisonOperator":"GREATER_THAN","Threshold":80,"ThresholdType":"PERCENTAGE"}
JSON
)
SUBSCRIBERS=$(cat <<JSON
[{"SubscriptionType":"EMAIL","Address":"${ALERT_EMAIL}"}]
JSON
)
allow_existing aws budgets create-notification --account-id '222222222222' --budget-name 'monthly' --notification "$ALERT" --subscribers "$SUBSCRIBERS"

# ── 8. EBS encryption by default in sa-east-1 (new volumes; existing ones stay as they are) (fixes: ec2.ebs-default-encryption)
#    cost: No charge with the AWS managed key (a customer managed KMS key bills its own requests)
for region in sa-east-1; do
  aws ec2 enable-ebs-encryption-by-default --region "$region" >/dev/null
done

# ── 9. Security Hub CSPM enabled in ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, eu-west-2, eu-west-3, sa-east-1, us-east-2, us-west-1, us-west-2, with its default standards (fixes: securityhub.enabled)
#    cost: Security Hub CSPM is free for 30 days in each region, then billed per security check run and per finding ingested; the default standards it turns on (FSBP, CIS) run their checks through AWS Config
for region in ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-southeast-1 ap-southeast-2 ca-central-1 eu-central-1 eu-north-1 eu-west-1 eu-west-2 eu-west-3 sa-east-1 us-east-2 us-west-1 us-west-2; do
  aws securityhub describe-hub --region "$region" >/dev/null 2>&1 || aws securityhub enable-security-hub --enable-default-standards --region "$region"
done

# ── 10. S3 Block Public Access on for the account (all four settings) (fixes: s3.account-public-access-block)
#    cost: No charge
aws s3control put-public-access-block --account-id '222222222222' \
  --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true

# ── 11. An external access analyzer of the account in ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-2, eu-west-3, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2 (fixes: iam.access-analyzer)
#    cost: No charge
for region in ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-southeast-1 ap-southeast-2 ca-central-1 eu-central-1 eu-north-1 eu-west-2 eu-west-3 sa-east-1 us-east-1 us-east-2 us-west-1 us-west-2; do
  if [ "$(aws accessanalyzer list-analyzers --type ACCOUNT --region "$region" --query "length(analyzers[?status=='ACTIVE'])" --output text)" = 0 ]; then
    aws accessanalyzer create-analyzer --analyzer-name aws-baseline-external-access --type ACCOUNT --tags created-by=aws-baseline --region "$region" >/dev/null
  fi
done

# Manual steps (the console, the root user, or details only a person can choose; this plan cannot do them for you):
#   account.alternate-contacts: Security, billing and operations alternate contacts are set
#     - The account has no alternate contact for: SECURITY.
#     1. Sign in to the account and open "Account" from the account menu (top right).
#     2. Under "Alternate contacts", choose "Edit".
#     3. Fill in the billing, operations and security contacts (a shared mailbox, a phone number someone answers) and save.
#   iam.root-hardware-mfa: The root user uses a hardware MFA device
#     - The root user's MFA is a virtual device (arn:aws:iam::222222222222:mfa/root-account-mfa-device).
#     1. Sign in as the root user and open "Security credentials".
#     2. Under "Multi-factor authentication (MFA)", choose "Assign MFA device" and register a security key or hardware TOTP token.
#     3. After it works, remove the virtual (authenticator app) device.
#   iam.root-access-keys: The root user has no access keys
#     - The root user has active access key 1, last used 2026-11-18 12:00 UTC. (credential report of 2026-11-20 08:30 UTC)
#     1. Sign in as the root user and open "Security credentials" from the account menu.
#     2. Under "Access keys", deactivate each key, confirm nothing breaks, then delete it.
#   iam.root-recent-use: The root user is not used for daily work
#     - The root user was used 2 day(s) ago (2026-11-18 12:00 UTC, by its access key 1); the limit is 90 days. (credential report of 2026-11-20 08:30 UTC)
#     1. Open IAM (or IAM Identity Center) and create a user for yourself.
#     2. Choose "Add permissions", then "Attach policies directly", and attach AdministratorAccess (or a narrower policy).
#     3. Register an MFA device for that user, sign in as it, and keep the root credentials for the tasks that require root.
#   iam.user-console-mfa: Every IAM user with a console password has MFA
#     - IAM user carol-admin has a console password but no MFA. (credential report of 2026-11-20 08:30 UTC)
#     1. Sign in as the IAM user, open the account menu and choose "Security credentials".
#     2. Under "Multi-factor authentication (MFA)", choose "Assign MFA device" and follow the steps.
#     3. For a user that never signs in to the console, an administrator can instead choose "Manage console access" and disable it.
#   iam.admin-mfa: Every IAM administrator has MFA, and no access key bypasses it
#     - Administrator bob (trust of role/ops-admin, → sts:AssumeRole role/ops-admin) has a console password and no MFA. (credential report of 2026-11-20 08:30 UTC)
#     - Administrator carol-admin (inline:everything) has a console password and no MFA, and an active access key that acts as administrator without MFA. (credential report of 2026-11-20 08:30 UTC)
#     - Administrator ci-deploy (AdministratorAccess via group:Admins) has no MFA, and an active access key that acts as administrator without MFA. (credential report of 2026-11-20 08:30 UTC)
#     - Administrator dave-ops (policy:OpsFullAccess) has an active access key that acts as administrator without MFA: MFA does not apply to access keys. (credential report of 2026-11-20 08:30 UTC)
#     1. Open IAM, choose "Users" and select the administrator.
#     2. On the "Security credentials" tab, choose "Assign MFA device".
#     3. For access keys, prefer short-lived credentials (IAM Identity Center or roles); if keys must stay, require aws:MultiFactorAuthPresent in a policy.
#   iam.unused-credentials: No IAM user credential has gone unused for 45 days
#     - IAM user bob has a console password last used 50 days ago. (credential report of 2026-11-20 08:30 UTC)
#     - IAM user carol-admin's access key 1 is active, was created 283 days ago and never used. (credential report of 2026-11-20 08:30 UTC)
#     1. Open IAM, choose "Credential report" and download it: the last-used columns show each credential.
#     2. For an unused access key: open the user, "Security credentials", and choose "Actions", "Deactivate" on the key (delete it once nothing broke).
#     3. For an unused console password: open the user, "Security credentials", "Manage console access", and disable it.
#   iam.access-key-rotation: Active access keys of IAM users are at most 90 days old
#     - IAM user carol-admin's access key 1 is 283 days old. (credential report of 2026-11-20 08:30 UTC)
#     - IAM user ci-deploy's access key 1 is 629 days old. (credential report of 2026-11-20 08:30 UTC)
#     1. Open IAM, choose the user, then "Security credentials".
#     2. Under "Access keys", choose "Create access key" (a user has at most two) and give the new key to what uses the old one.
#     3. Once the old key's "Last used" stops moving, choose "Actions", "Deactivate", and later "Delete".
#   iam.identity-center: People sign in through IAM Identity Center
#     - There is no IAM Identity Center in any of the 17 region(s) read: 4 IAM user(s) sign in with console passwords.
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
#   support.trusted-advisor: No Trusted Advisor check is red
#     - Trusted Advisor check "Amazon S3 Bucket Permissions" (security) is red: 1 resource(s) flagged.
#     1. Open Trusted Advisor in the console (it is global) and choose "Recommendations".
#     2. Filter by "Action recommended" (red), open each check and fix or exclude the flagged resources.
#     3. On Basic or Developer support, the console still shows the core security checks and service limits: review those.

echo "Done. Run the audit again to see the result: aws-baseline audit"
