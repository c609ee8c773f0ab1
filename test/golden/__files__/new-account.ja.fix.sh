#!/usr/bin/env bash
# aws-baseline 修正プラン(アカウント 111111111111)
# 2026年11月20日 12:00 UTC の監査結果から作成(snapshot fixtures/accounts/new-account.json)。
# このスクリプトはアカウントを変更します: 以下のリソースを作成し、有効にします。実行前に内容を確認してください。aws-baseline 自身は何も変更していません。再実行しても問題ありません。
set -euo pipefail

ACCOUNT_ID=111111111111
PARTITION=aws

# 選ぶ値(環境変数で指定するか、既定値を編集してください):
BUCKET_PREFIX="${BUCKET_PREFIX:-aws-baseline}"  # S3 バケット名の接頭辞(バケット名は全世界で一意: 自分のものにしてください)
TRAIL_NAME="${TRAIL_NAME:-aws-baseline}"  # 新しい CloudTrail 証跡の名前
LOG_GROUP="${LOG_GROUP:-aws-cloudtrail-logs-111111111111}"  # 証跡の配信先の CloudWatch Logs ロググループ
ALERT_EMAIL="${ALERT_EMAIL:?ALERT_EMAIL に予算アラートを受け取るアドレスを設定してください}"  # 予算アラートの通知先(必須)
BUDGET_USD="${BUDGET_USD:-100}"  # 月額予算(USD)

# 認証情報が別のアカウントのものなら中止します。
caller=$(aws sts get-caller-identity --query Account --output text)
[ "$caller" = "$ACCOUNT_ID" ] || { echo "このプランはアカウント $ACCOUNT_ID 用です。認証情報はアカウント $caller のものです" >&2; exit 1; }

# 補助関数: 非公開でタグ付きの S3 バケット、作成済みでもよい作成呼び出し。
ensure_bucket() { # 名前 リージョン: 一度だけ作成、非公開、タグ付き
  if ! aws s3api head-bucket --bucket "$1" >/dev/null 2>&1; then
    if [ "$2" = us-east-1 ]; then aws s3api create-bucket --bucket "$1" --region "$2" >/dev/null
    else aws s3api create-bucket --bucket "$1" --region "$2" --create-bucket-configuration LocationConstraint="$2" >/dev/null; fi
    aws s3api put-public-access-block --bucket "$1" --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true
    aws s3api put-bucket-tagging --bucket "$1" --tagging 'TagSet=[{Key=created-by,Value=aws-baseline}]'
  fi
}
allow_existing() { # 作成の呼び出し: 「既に存在する」は成功とみなす
  local out; if out=$("$@" 2>&1); then return 0; fi
  if grep -qiE "Duplicate|AlreadyExists|already exists|has been taken" <<<"$out"; then return 0; fi
  echo "$out" >&2; return 1
}

# ── 1. 14 文字以上で過去 24 個のパスワードを記憶するパスワードポリシー(ほかの設定はそのまま) (対象: iam.password-policy)
#    料金: 料金はかかりません
aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 --allow-users-to-change-password

# ── 2. us-east-1 にマルチリージョンの証跡 "$TRAIL_NAME" を作成し、すべての管理イベントを専用の S3 バケットに記録(ログファイルの検証、CloudWatch Logs への配信を含む) (対象: cloudtrail.multi-region, cloudtrail.log-validation, cloudtrail.cloudwatch-logs)
#    料金: 管理イベントの最初のコピーは無料です。ログファイルの S3 保存料金がかかります。CloudWatch Logs はイベントの取り込みと保存に課金されます。ロググループの保持期間は 365 日にします
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

# ── 3. ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, eu-west-2, eu-west-3, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2 で AWS Config がすべてのリソースタイプを記録(サービスリンクロールを使用し、専用の S3 バケットへ配信。グローバルリソースは us-east-1 で記録) (対象: config.recorder)
#    料金: AWS Config は記録した設定項目ごとに、リージョンごとに課金されます。変更の多いアカウント(Auto Scaling、コンテナ)ではここで最も高くなることがあり、定期記録や変更の多いタイプの除外で抑えられます
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

# ── 4. 月額 $BUDGET_USD USD のコスト予算を作成し、実績が 80% に達したら $ALERT_EMAIL にメールで通知 (対象: billing.budget, billing.budget-alerts)
#    料金: 通知だけの予算は無料です
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

# ── 5. ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, eu-west-2, eu-west-3, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2 で GuardDuty を有効化 (対象: guardduty.enabled)
#    料金: GuardDuty は各リージョンで 30 日間無料で、その後は分析するイベントとログの量で課金されます
for region in ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-southeast-1 ap-southeast-2 ca-central-1 eu-central-1 eu-north-1 eu-west-1 eu-west-2 eu-west-3 sa-east-1 us-east-1 us-east-2 us-west-1 us-west-2; do
  detector=$(aws guardduty list-detectors --region "$region" --query 'DetectorIds[0]' --output text)
  if [ "$detector" = None ] || [ -z "$detector" ]; then
    aws guardduty create-detector --enable --tags created-by=aws-baseline --region "$region" >/dev/null
  else
    aws guardduty update-detector --detector-id "$detector" --enable --region "$region"
  fi
done

# ── 6. ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, eu-west-2, eu-west-3, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2 で EBS のデフォルト暗号化を有効化(新しいボリュームが対象。既存のものはそのまま) (対象: ec2.ebs-default-encryption)
#    料金: AWS マネージドキーなら料金はかかりません(カスタマーマネージドの KMS キーはそのリクエストに課金されます)
for region in ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-southeast-1 ap-southeast-2 ca-central-1 eu-central-1 eu-north-1 eu-west-1 eu-west-2 eu-west-3 sa-east-1 us-east-1 us-east-2 us-west-1 us-west-2; do
  aws ec2 enable-ebs-encryption-by-default --region "$region" >/dev/null
done

# ── 7. ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, eu-west-2, eu-west-3, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2 で Security Hub CSPM を既定の標準とともに有効化 (対象: securityhub.enabled)
#    料金: Security Hub CSPM は各リージョンで 30 日間無料で、その後は実行したセキュリティチェックと取り込んだ検出結果の数で課金されます。有効になる標準(FSBP、CIS)のチェックは AWS Config を通じて実行されます
for region in ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-southeast-1 ap-southeast-2 ca-central-1 eu-central-1 eu-north-1 eu-west-1 eu-west-2 eu-west-3 sa-east-1 us-east-1 us-east-2 us-west-1 us-west-2; do
  aws securityhub describe-hub --region "$region" >/dev/null 2>&1 || aws securityhub enable-security-hub --enable-default-standards --region "$region"
done

# ── 8. アカウントの S3 ブロックパブリックアクセスをオン(4 つの設定すべて) (対象: s3.account-public-access-block)
#    料金: 料金はかかりません
aws s3control put-public-access-block --account-id '111111111111' \
  --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true

# ── 9. ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, eu-west-2, eu-west-3, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2 にアカウントの外部アクセスのアナライザーを作成 (対象: iam.access-analyzer)
#    料金: 料金はかかりません
for region in ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-southeast-1 ap-southeast-2 ca-central-1 eu-central-1 eu-north-1 eu-west-1 eu-west-2 eu-west-3 sa-east-1 us-east-1 us-east-2 us-west-1 us-west-2; do
  if [ "$(aws accessanalyzer list-analyzers --type ACCOUNT --region "$region" --query "length(analyzers[?status=='ACTIVE'])" --output text)" = 0 ]; then
    aws accessanalyzer create-analyzer --analyzer-name aws-baseline-external-access --type ACCOUNT --tags created-by=aws-baseline --region "$region" >/dev/null
  fi
done

# 手動の手順(コンソール、ルートユーザー、または人が決める内容が必要なため、このプランでは代行できません):
#   account.alternate-contacts: セキュリティ、請求、オペレーションの代替連絡先が設定されている
#     - 次の代替連絡先が設定されていません: BILLING, OPERATIONS, SECURITY。
#     1. アカウントにサインインし、右上のアカウントメニューから「アカウント」を開きます。
#     2. 「代替の連絡先」で「編集」を選びます。
#     3. 請求、オペレーション、セキュリティの連絡先(共有メールボックス、誰かが出る電話番号)を入力して保存します。
#   iam.root-mfa: ルートユーザーに MFA が設定されている
#     - ルートユーザーに MFA デバイスが設定されていません。
#     1. ルートユーザー(メールアドレスとパスワード)で AWS マネジメントコンソールにサインインします。
#     2. 右上のアカウント名のメニューから「セキュリティ認証情報」を開きます。
#     3. 「多要素認証 (MFA)」の「MFA デバイスの割り当て」を選びます。
#     4. パスキーやハードウェアセキュリティキーがおすすめですが、認証アプリでもこのチェックには合格します。
#   iam.root-hardware-mfa: ルートユーザーがハードウェア MFA デバイスを使っている
#     - ルートユーザーに MFA デバイスがまったく設定されていません。
#     1. ルートユーザーでサインインし、「セキュリティ認証情報」を開きます。
#     2. 「多要素認証 (MFA)」で「MFA デバイスの割り当て」を選び、セキュリティキーまたはハードウェア TOTP トークンを登録します。
#     3. 動作を確認したら、仮想(認証アプリの)デバイスを削除します。
#   iam.root-recent-use: ルートユーザーを日常的に使っていない
#     - ルートユーザーが 0 日前(2026年11月19日 22:14 UTC、パスワード)に使われています。基準は 90 日です。(認証情報レポート 2026年11月20日 08:30 UTC 時点)
#     1. IAM(または IAM Identity Center)を開き、自分用のユーザーを作成します。
#     2. 「許可を追加」から「ポリシーを直接アタッチする」を選び、AdministratorAccess(またはより狭いポリシー)をアタッチします。
#     3. そのユーザーに MFA デバイスを登録してサインインし、ルートの認証情報はルートでしかできない作業のために保管します。
#   iam.identity-center: 人が IAM Identity Center からサインインしている
#     - 読み取った 17 リージョンのいずれにも IAM Identity Center がありません。コンソールにサインインできるのはルートユーザーだけです。
#     1. インスタンスを置くリージョンで IAM Identity Center を開き、「有効にする」を選びます(組織なら管理アカウントから、組織のすべてのアカウント向けに)。
#     2. ユーザーを作るか ID プロバイダーを接続し、必要なアカウントに許可セットを割り当てます。
#     3. 人が AWS アクセスポータルからサインインするようになったら、その IAM ユーザーのコンソールパスワードを削除します。
#   organizations.member: AWS Organizations に参加している
#     - このアカウントは AWS Organizations に参加していません。
#     1. 請求と統制をまとめるアカウントで AWS Organizations を開き、「組織を作成する」を選びます。
#     2. 「AWS アカウントを追加」から既存アカウントを招待するか、新しいアカウントを作成します。
#     3. 招待されたアカウントでは AWS Organizations の「招待」を開いて承認します。
#   billing.cost-explorer: Cost Explorer が有効になっている
#     - Cost Explorer が有効になっていません。
#     1. 「請求とコスト管理」を開きます(「Billing」で検索)。
#     2. 左のメニューで「Cost Explorer」を選び、未使用なら「Cost Explorer を起動」を選びます。
#     3. 最初のデータが表示されるまで約 24 時間待ちます。

echo "完了しました。もう一度監査して結果を確認してください: aws-baseline audit"
