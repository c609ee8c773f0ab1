export { FMSClient, GetAdminAccountCommand } from '@aws-sdk/client-fms';
