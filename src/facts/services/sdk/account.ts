export { AccountClient, ListRegionsCommand } from '@aws-sdk/client-account';
