export { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
