export { ListInstancesCommand, SSOAdminClient } from '@aws-sdk/client-sso-admin';
