#!/usr/bin/env bash
# aws-baseline 修正プラン(アカウント 222222222222)
# 2026年11月20日 12:00 UTC の監査結果から作成(snapshot fixtures/accounts/insecure.json)。
# このスクリプトはアカウントを変更します: 以下のリソースを作成し、有効にします。実行前に内容を確認してください。aws-baseline 自身は何も変更していません。再実行しても問題ありません。
set -euo pipefail

ACCOUNT_ID=222222222222
PARTITION=aws

# 選ぶ値(環境変数で指定するか、既定値を編集してください):
BUCKET_PREFIX="${BUCKET_PREFIX:-aws-baseline}"  # S3 バケット名の接頭辞(バケット名は全世界で一意: 自分のものにしてください)
LOG_GROUP="${LOG_GROUP:-aws-cloudtrail-logs-222222222222}"  # 証跡の配信先の CloudWatch Logs ロググループ
ALERT_EMAIL="${ALERT_EMAIL:?ALERT_EMAIL に予算アラートを受け取るアドレスを設定してください}"  # 予算アラートの通知先(必須)

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
aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 --allow-users-to-change-password --max-password-age 90

# ── 2. 証跡 arn:aws:cloudtrail:us-east-1:222222222222:trail/main のログ記録を開始 (対象: cloudtrail.multi-region)
#    料金: これ自体の料金はかかりません(証跡の料金が再びかかります)
aws cloudtrail start-logging --name 'main' --region us-east-1

# ── 3. 証跡 arn:aws:cloudtrail:us-east-1:222222222222:trail/main のログファイルの検証を有効化 (対象: cloudtrail.log-validation)
#    料金: 料金はかかりません
aws cloudtrail update-trail --name 'main' --enable-log-file-validation --region us-east-1 >/dev/null

# ── 4. 証跡 arn:aws:cloudtrail:us-east-1:222222222222:trail/main から CloudWatch Logs のロググループ "$LOG_GROUP" へ配信(CloudTrail が引き受けるロールを作成) (対象: cloudtrail.cloudwatch-logs)
#    料金: CloudWatch Logs はイベントの取り込みと保存に課金されます。ロググループの保持期間は 365 日にします
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

# ── 5. バケット trail-logs-222222222222 のブロックパブリックアクセスをオン(4 つの設定すべて) (対象: cloudtrail.bucket-protected)
#    料金: 料金はかかりません
aws s3api put-public-access-block --bucket 'trail-logs-222222222222' \
  --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true

# ── 6. eu-west-1 で AWS Config がすべてのリソースタイプを記録(サービスリンクロールを使用し、専用の S3 バケットへ配信。グローバルリソースは us-east-1 で記録) (対象: config.recorder)
#    料金: AWS Config は記録した設定項目ごとに、リージョンごとに課金されます。変更の多いアカウント(Auto Scaling、コンテナ)ではここで最も高くなることがあり、定期記録や変更の多いタイプの除外で抑えられます
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

# ── 7. 予算 monthly が実績 80% で $ALERT_EMAIL にメールで通知 (対象: billing.budget-alerts)
#    料金: 通知だけの予算は無料です
ALERT=$(cat <<JSON
{"NotificationType":"ACTUAL","ComparisonOperator":"GREATER_THAN","Threshold":80,"ThresholdType":"PERCENTAGE"}
JSON
)
SUBSCRIBERS=$(cat <<JSON
[{"SubscriptionType":"EMAIL","Address":"${ALERT_EMAIL}"}]
JSON
)
allow_existing aws budgets create-notification --account-id '222222222222' --budget-name 'monthly' --notification "$ALERT" --subscribers "$SUBSCRIBERS"

# ── 8. sa-east-1 で EBS のデフォルト暗号化を有効化(新しいボリュームが対象。既存のものはそのまま) (対象: ec2.ebs-default-encryption)
#    料金: AWS マネージドキーなら料金はかかりません(カスタマーマネージドの KMS キーはそのリクエストに課金されます)
for region in sa-east-1; do
  aws ec2 enable-ebs-encryption-by-default --region "$region" >/dev/null
done

# ── 9. ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, eu-west-2, eu-west-3, sa-east-1, us-east-2, us-west-1, us-west-2 で Security Hub CSPM を既定の標準とともに有効化 (対象: securityhub.enabled)
#    料金: Security Hub CSPM は各リージョンで 30 日間無料で、その後は実行したセキュリティチェックと取り込んだ検出結果の数で課金されます。有効になる標準(FSBP、CIS)のチェックは AWS Config を通じて実行されます
for region in ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-southeast-1 ap-southeast-2 ca-central-1 eu-central-1 eu-north-1 eu-west-1 eu-west-2 eu-west-3 sa-east-1 us-east-2 us-west-1 us-west-2; do
  aws securityhub describe-hub --region "$region" >/dev/null 2>&1 || aws securityhub enable-security-hub --enable-default-standards --region "$region"
done

# ── 10. アカウントの S3 ブロックパブリックアクセスをオン(4 つの設定すべて) (対象: s3.account-public-access-block)
#    料金: 料金はかかりません
aws s3control put-public-access-block --account-id '222222222222' \
  --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true

# ── 11. ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-2, eu-west-3, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2 にアカウントの外部アクセスのアナライザーを作成 (対象: iam.access-analyzer)
#    料金: 料金はかかりません
for region in ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-southeast-1 ap-southeast-2 ca-central-1 eu-central-1 eu-north-1 eu-west-2 eu-west-3 sa-east-1 us-east-1 us-east-2 us-west-1 us-west-2; do
  if [ "$(aws accessanalyzer list-analyzers --type ACCOUNT --region "$region" --query "length(analyzers[?status=='ACTIVE'])" --output text)" = 0 ]; then
    aws accessanalyzer create-analyzer --analyzer-name aws-baseline-external-access --type ACCOUNT --tags created-by=aws-baseline --region "$region" >/dev/null
  fi
done

# 手動の手順(コンソール、ルートユーザー、または人が決める内容が必要なため、このプランでは代行できません):
#   account.alternate-contacts: セキュリティ、請求、オペレーションの代替連絡先が設定されている
#     - 次の代替連絡先が設定されていません: SECURITY。
#     1. アカウントにサインインし、右上のアカウントメニューから「アカウント」を開きます。
#     2. 「代替の連絡先」で「編集」を選びます。
#     3. 請求、オペレーション、セキュリティの連絡先(共有メールボックス、誰かが出る電話番号)を入力して保存します。
#   iam.root-hardware-mfa: ルートユーザーがハードウェア MFA デバイスを使っている
#     - ルートユーザーの MFA が仮想デバイス(arn:aws:iam::222222222222:mfa/root-account-mfa-device)です。
#     1. ルートユーザーでサインインし、「セキュリティ認証情報」を開きます。
#     2. 「多要素認証 (MFA)」で「MFA デバイスの割り当て」を選び、セキュリティキーまたはハードウェア TOTP トークンを登録します。
#     3. 動作を確認したら、仮想(認証アプリの)デバイスを削除します。
#   iam.root-access-keys: ルートユーザーにアクセスキーがない
#     - ルートユーザーに有効なアクセスキー 1 があります。最終使用は 2026年11月18日 12:00 UTC です。(認証情報レポート 2026年11月20日 08:30 UTC 時点)
#     1. ルートユーザーでサインインし、アカウントメニューから「セキュリティ認証情報」を開きます。
#     2. 「アクセスキー」で各キーを無効化し、影響がないことを確かめてから削除します。
#   iam.root-recent-use: ルートユーザーを日常的に使っていない
#     - ルートユーザーが 2 日前(2026年11月18日 12:00 UTC、アクセスキー 1)に使われています。基準は 90 日です。(認証情報レポート 2026年11月20日 08:30 UTC 時点)
#     1. IAM(または IAM Identity Center)を開き、自分用のユーザーを作成します。
#     2. 「許可を追加」から「ポリシーを直接アタッチする」を選び、AdministratorAccess(またはより狭いポリシー)をアタッチします。
#     3. そのユーザーに MFA デバイスを登録してサインインし、ルートの認証情報はルートでしかできない作業のために保管します。
#   iam.user-console-mfa: コンソールパスワードを持つすべての IAM ユーザーに MFA が設定されている
#     - IAM ユーザー carol-admin はコンソールパスワードを持っていますが、MFA がありません。(認証情報レポート 2026年11月20日 08:30 UTC 時点)
#     1. IAM ユーザーでサインインし、アカウントメニューから「セキュリティ認証情報」を開きます。
#     2. 「多要素認証 (MFA)」で「MFA デバイスの割り当て」を選び、手順に従います。
#     3. コンソールを使わないユーザーなら、管理者が「コンソールアクセスを管理」から無効にすることもできます。
#   iam.admin-mfa: すべての IAM 管理者に MFA があり、MFA を迂回するアクセスキーがない
#     - 管理者 bob(trust of role/ops-admin, → sts:AssumeRole role/ops-admin)はコンソールパスワードを持っていますが、MFA がありません。(認証情報レポート 2026年11月20日 08:30 UTC 時点)
#     - 管理者 carol-admin(inline:everything)はコンソールパスワードを持っていますが MFA がなく、さらに MFA なしで管理者として動ける有効なアクセスキーがあります。(認証情報レポート 2026年11月20日 08:30 UTC 時点)
#     - 管理者 ci-deploy(AdministratorAccess via group:Admins)には MFA がなく、MFA なしで管理者として動ける有効なアクセスキーがあります。(認証情報レポート 2026年11月20日 08:30 UTC 時点)
#     - 管理者 dave-ops(policy:OpsFullAccess)には MFA なしで管理者として動ける有効なアクセスキーがあります。MFA はアクセスキーには適用されません。(認証情報レポート 2026年11月20日 08:30 UTC 時点)
#     1. IAM を開き、「ユーザー」から対象の管理者を選びます。
#     2. 「セキュリティ認証情報」タブで「MFA デバイスの割り当て」を選びます。
#     3. アクセスキーは短期の認証情報(IAM Identity Center やロール)に置き換えるのが望ましく、残す場合はポリシーで aws:MultiFactorAuthPresent を必須にします。
#   iam.unused-credentials: 45 日間使われていない IAM ユーザーの認証情報がない
#     - IAM ユーザー bob のコンソールパスワードは最後の使用から 50 日たっています。(認証情報レポート 2026年11月20日 08:30 UTC 時点)
#     - IAM ユーザー carol-admin のアクセスキー 1 は有効で、283 日前に作成され、一度も使われていません。(認証情報レポート 2026年11月20日 08:30 UTC 時点)
#     1. IAM を開き、「認証情報レポート」をダウンロードします。最終使用日の列で各認証情報を確認できます。
#     2. 使われていないアクセスキー: ユーザーを開き、「セキュリティ認証情報」でキーの「アクション」から「無効化」を選びます(問題がなければ削除します)。
#     3. 使われていないコンソールパスワード: ユーザーを開き、「セキュリティ認証情報」の「コンソールアクセスを管理」で無効にします。
#   iam.access-key-rotation: IAM ユーザーの有効なアクセスキーが作成から 90 日以内である
#     - IAM ユーザー carol-admin のアクセスキー 1 は作成から 283 日たっています。(認証情報レポート 2026年11月20日 08:30 UTC 時点)
#     - IAM ユーザー ci-deploy のアクセスキー 1 は作成から 629 日たっています。(認証情報レポート 2026年11月20日 08:30 UTC 時点)
#     1. IAM を開き、ユーザーを選んで「セキュリティ認証情報」を開きます。
#     2. 「アクセスキー」で「アクセスキーを作成」を選び(ユーザーあたり最大 2 つ)、古いキーの利用側に新しいキーを渡します。
#     3. 古いキーの「最終使用」が動かなくなったら、「アクション」から「無効化」、のちに「削除」を選びます。
#   iam.identity-center: 人が IAM Identity Center からサインインしている
#     - 読み取った 17 リージョンのいずれにも IAM Identity Center がありません。4 人の IAM ユーザーがコンソールパスワードでサインインします。
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
#   support.trusted-advisor: Trusted Advisor に赤のチェックがない
#     - Trusted Advisor のチェック「Amazon S3 Bucket Permissions」(security)が赤です。1 件のリソースが検出されています。
#     1. コンソールで Trusted Advisor(グローバル)を開き、「推奨事項」を選びます。
#     2. 「推奨されるアクション」(赤)で絞り込み、各チェックを開いて検出されたリソースを修正するか除外します。
#     3. ベーシックか開発者サポートでも、コンソールではセキュリティのコアチェックとサービスクォータを確認できます。それらを確認してください。

echo "完了しました。もう一度監査して結果を確認してください: aws-baseline audit"
