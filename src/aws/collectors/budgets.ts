import {
  BudgetsClient,
  DescribeBudgetsCommand,
  type DescribeBudgetsCommandOutput,
  DescribeNotificationsForBudgetCommand,
  type DescribeNotificationsForBudgetCommandOutput,
  DescribeSubscribersForNotificationCommand,
  type DescribeSubscribersForNotificationCommandOutput,
  type Notification,
} from '@aws-sdk/client-budgets';
import { isCollectError } from '../errors.js';
import { type CollectorSet, GLOBAL_REGION, paginate } from './context.js';

/** Budgets answers "nothing here" with NotFoundException rather than an empty list. */
async function orEmpty<T>(read: Promise<T[]>): Promise<T[]> {
  try {
    return await read;
  } catch (error) {
    if (isCollectError(error) && error.code === 'NotFoundException') return [];
    throw error;
  }
}

export const budgetsCollectors: CollectorSet<'budgets.budgets'> = {
  async 'budgets.budgets'(ctx) {
    const { accountId: AccountId } = await ctx.fact('sts.identity');
    const client = ctx.session.client(BudgetsClient, 'budgets', GLOBAL_REGION);
    const budgets = await orEmpty(
      paginate<DescribeBudgetsCommandOutput, NonNullable<DescribeBudgetsCommandOutput['Budgets']>[number]>(
        ctx,
        client,
        'budgets',
        (NextToken) => new DescribeBudgetsCommand({ AccountId, NextToken }),
        (page) => ({ items: page.Budgets, next: page.NextToken || undefined }),
      ),
    );
    return Promise.all(
      budgets.map(async (budget) => {
        const BudgetName = budget.BudgetName ?? '';
        const notifications = budget.BudgetType === 'COST' ? await orEmpty(
          paginate<DescribeNotificationsForBudgetCommandOutput, Notification>(
            ctx,
            client,
            'budgets',
            (NextToken) => new DescribeNotificationsForBudgetCommand({ AccountId, BudgetName, NextToken }),
            (page) => ({ items: page.Notifications, next: page.NextToken || undefined }),
          ),
        ) : [];
        return {
          name: BudgetName,
          budgetType: budget.BudgetType ?? 'UNKNOWN',
          notifications: await Promise.all(
            notifications.map(async (Notification) => {
              const subscribers = await orEmpty(
                paginate<DescribeSubscribersForNotificationCommandOutput, unknown>(
                  ctx,
                  client,
                  'budgets',
                  (NextToken) => new DescribeSubscribersForNotificationCommand({ AccountId, BudgetName, Notification, NextToken }),
                  (page) => ({ items: page.Subscribers, next: page.NextToken || undefined }),
                ),
              );
              return { type: Notification.NotificationType ?? 'ACTUAL', threshold: Notification.Threshold ?? 0, subscribers: subscribers.length };
            }),
          ),
        };
      }),
    );
  },
};
