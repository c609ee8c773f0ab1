export { AccountClient, GetAlternateContactCommand, ListRegionsCommand } from '@aws-sdk/client-account';
