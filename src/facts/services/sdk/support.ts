export { DescribeTrustedAdvisorCheckSummariesCommand, DescribeTrustedAdvisorChecksCommand, SupportClient } from '@aws-sdk/client-support';
