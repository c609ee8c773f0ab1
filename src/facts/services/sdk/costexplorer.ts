export { CostExplorerClient, GetCostAndUsageCommand } from '@aws-sdk/client-cost-explorer';
