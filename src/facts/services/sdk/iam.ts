export {
  GenerateCredentialReportCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  IAMClient,
  ListOrganizationsFeaturesCommand,
  ListVirtualMFADevicesCommand,
} from '@aws-sdk/client-iam';
