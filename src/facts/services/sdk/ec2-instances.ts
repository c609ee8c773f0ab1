export { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
