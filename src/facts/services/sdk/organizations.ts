export { DescribeOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
