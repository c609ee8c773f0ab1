export { GetBucketAclCommand, GetBucketPolicyStatusCommand, GetPublicAccessBlockCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
