export { DescribeTaskDefinitionCommand, ECSClient, ListTaskDefinitionFamiliesCommand } from '@aws-sdk/client-ecs';
