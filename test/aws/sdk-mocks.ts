import { AccessAnalyzerClient } from '@aws-sdk/client-accessanalyzer';
import { AccountClient } from '@aws-sdk/client-account';
import { BudgetsClient } from '@aws-sdk/client-budgets';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { CodeBuildClient } from '@aws-sdk/client-codebuild';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { CostExplorerClient } from '@aws-sdk/client-cost-explorer';
import { EC2Client } from '@aws-sdk/client-ec2';
import { FMSClient } from '@aws-sdk/client-fms';
import { GuardDutyClient } from '@aws-sdk/client-guardduty';
import { IAMClient } from '@aws-sdk/client-iam';
import { ECSClient } from '@aws-sdk/client-ecs';
import { KMSClient } from '@aws-sdk/client-kms';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { S3Client } from '@aws-sdk/client-s3';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { SNSClient } from '@aws-sdk/client-sns';
import { SSOAdminClient } from '@aws-sdk/client-sso-admin';
import { STSClient } from '@aws-sdk/client-sts';
import { SupportClient } from '@aws-sdk/client-support';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll } from 'vitest';

/**
 * Every client the collectors use, mocked (send replaced: no middleware, no network), keyed by IAM
 * action prefix: for the calling test file only. The unit tier shares modules between the files of a
 * worker, so the clients are put back after the file, for the next file's real middleware stack.
 */
export function mockSdkClients() {
  const mocks = {
    sts: mockClient(STSClient),
    account: mockClient(AccountClient),
    ec2: mockClient(EC2Client),
    iam: mockClient(IAMClient),
    organizations: mockClient(OrganizationsClient),
    fms: mockClient(FMSClient),
    cloudtrail: mockClient(CloudTrailClient),
    config: mockClient(ConfigServiceClient),
    guardduty: mockClient(GuardDutyClient),
    budgets: mockClient(BudgetsClient),
    ce: mockClient(CostExplorerClient),
    securityhub: mockClient(SecurityHubClient),
    sso: mockClient(SSOAdminClient),
    s3: mockClient(S3Client),
    s3control: mockClient(S3ControlClient),
    accessanalyzer: mockClient(AccessAnalyzerClient),
    support: mockClient(SupportClient),
    sns: mockClient(SNSClient),
    lambda: mockClient(LambdaClient),
    cloudformation: mockClient(CloudFormationClient),
    codebuild: mockClient(CodeBuildClient),
    kms: mockClient(KMSClient),
    ecs: mockClient(ECSClient),
    sagemaker: mockClient(SageMakerClient),
  };
  afterAll(() => Object.values(mocks).forEach((mock) => mock.restore()));
  return { mocks, resetMocks: () => Object.values(mocks).forEach((mock) => mock.reset()) };
}
