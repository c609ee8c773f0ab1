export { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
