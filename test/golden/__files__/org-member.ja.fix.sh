#!/usr/bin/env bash
# aws-baseline 修正プラン(アカウント 555555555555)
# 2026年11月20日 12:00 UTC の監査結果から作成(snapshot fixtures/accounts/org-member.json)。
# このスクリプトはアカウントを変更します: 以下のリソースを作成し、有効にします。実行前に内容を確認してください。aws-baseline 自身は何も変更していません。再実行しても問題ありません。
set -euo pipefail

ACCOUNT_ID=555555555555
PARTITION=aws

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

# API で修正できる項目はありません: コマンドで修正できる FAIL は見つかりませんでした。

# 手動の手順(コンソール、ルートユーザー、または人が決める内容が必要なため、このプランでは代行できません):
#   billing.cost-explorer: Cost Explorer が有効になっている
#     - Cost Explorer が有効になっていません。組織では管理(支払い)アカウント 999999999999 の設定に従うため、そちらで有効にしてください。
#     1. 「請求とコスト管理」を開きます(「Billing」で検索)。
#     2. 左のメニューで「Cost Explorer」を選び、未使用なら「Cost Explorer を起動」を選びます。
#     3. 最初のデータが表示されるまで約 24 時間待ちます。

echo "完了しました。もう一度監査して結果を確認してください: aws-baseline audit"
