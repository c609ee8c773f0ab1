export { LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
