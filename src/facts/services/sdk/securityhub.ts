export { DescribeHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
