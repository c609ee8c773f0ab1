#!/usr/bin/env bash
# aws-baseline fix plan for account 666666666666
# Made from the audit of 2026-11-20 12:00 UTC (snapshot fixtures/accounts/denied.json).
# THIS SCRIPT CHANGES THE ACCOUNT: it creates and turns on the resources below. Read it before running it; aws-baseline itself changed nothing. Running it again does no harm.
set -euo pipefail

ACCOUNT_ID=666666666666
PARTITION=aws

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

# Nothing for an API to fix: no FAIL that a command can fix was found.

echo "Done. Run the audit again to see the result: aws-baseline audit"
