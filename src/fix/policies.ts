/**
 * The policies a fix plan writes, as AWS documents them. The emulator does not enforce any of them,
 * so unit tests compare them with AWS's own statements:
 * - CloudTrail's bucket policy: "Amazon S3 bucket policy for CloudTrail" (CloudTrail User Guide);
 * - AWS Config's bucket policy: "Permissions for the Amazon S3 bucket for the AWS Config delivery channel";
 * - the role CloudTrail assumes to deliver to CloudWatch Logs: "Sending events to CloudWatch Logs".
 */
export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: Record<string, unknown>[];
}

export interface TrailTarget {
  partition: string;
  accountId: string;
  region: string;
  trailName: string;
  bucket: string;
}

export function cloudTrailBucketPolicy({ partition, accountId, region, trailName, bucket }: TrailTarget): PolicyDocument {
  const sourceArn = `arn:${partition}:cloudtrail:${region}:${accountId}:trail/${trailName}`;
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AWSCloudTrailAclCheck', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: `arn:${partition}:s3:::${bucket}`, Condition: { StringEquals: { 'aws:SourceArn': sourceArn } } },
      {
        Sid: 'AWSCloudTrailWrite',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: `arn:${partition}:s3:::${bucket}/AWSLogs/${accountId}/*`,
        Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': sourceArn } },
      },
    ],
  };
}

export function configBucketPolicy({ partition, accountId, bucket }: { partition: string; accountId: string; bucket: string }): PolicyDocument {
  const sourceAccount = { StringEquals: { 'AWS:SourceAccount': accountId } };
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AWSConfigBucketPermissionsCheck', Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: `arn:${partition}:s3:::${bucket}`, Condition: sourceAccount },
      { Sid: 'AWSConfigBucketExistenceCheck', Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 's3:ListBucket', Resource: `arn:${partition}:s3:::${bucket}`, Condition: sourceAccount },
      {
        Sid: 'AWSConfigBucketDelivery',
        Effect: 'Allow',
        Principal: { Service: 'config.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: `arn:${partition}:s3:::${bucket}/AWSLogs/${accountId}/Config/*`,
        Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'AWS:SourceAccount': accountId } },
      },
    ],
  };
}

export function cloudTrailLogsTrustPolicy(): PolicyDocument {
  return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
}

export function cloudTrailLogsRolePolicy({ partition, accountId, region, logGroup }: { partition: string; accountId: string; region: string; logGroup: string }): PolicyDocument {
  const streams = `arn:${partition}:logs:${region}:${accountId}:log-group:${logGroup}:log-stream:${accountId}_CloudTrail_${region}*`;
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AWSCloudTrailCreateLogStream', Effect: 'Allow', Action: ['logs:CreateLogStream'], Resource: [streams] },
      { Sid: 'AWSCloudTrailPutLogEvents', Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: [streams] },
    ],
  };
}

/**
 * A policy as one single-quoted shell word in which `${VAR}` placeholders become the shell's own
 * variables ('…'"$VAR"'…'): exact commands that a person can paste after setting those variables.
 */
export function shellPolicy(document: PolicyDocument): string {
  return `'${JSON.stringify(document).replace(/\$\{(\w+)\}/g, `'"$$$1"'`)}'`;
}

/** The first line of every exact command list: the account the credentials are for. */
export const ACCOUNT_ID_LINE = 'ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)';
