export { GetPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
