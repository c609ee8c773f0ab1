export { GetTopicAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
