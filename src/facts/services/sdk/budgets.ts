export { BudgetsClient, DescribeBudgetNotificationsForAccountCommand, DescribeBudgetsCommand, DescribeSubscribersForNotificationCommand } from '@aws-sdk/client-budgets';
