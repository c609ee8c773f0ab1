export { EC2Client, GetEbsEncryptionByDefaultCommand } from '@aws-sdk/client-ec2';
