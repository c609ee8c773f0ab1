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
import { type CollectContext, type CollectorSet, GLOBAL_REGION, paginate } from './context.js';

/** Budgets answers "nothing here" with NotFoundException rather than an empty list. */
async function orEmpty<T>(read: Promise<T[]>): Promise<T[]> {
  try {
    return await read;
  } catch (error) {
    if (isCollectError(error) && error.code === 'NotFoundException') return [];
    throw error;
  }
}

const budgets = (ctx: CollectContext) => ctx.session.client(BudgetsClient, 'budgets', GLOBAL_REGION);

/**
 * Two facts, so that a budget's existence rests on DescribeBudgets alone: its alerts (notifications and
 * their subscribers, two more APIs) are read per budget, and only the alerts check depends on them.
 */
export const budgetsCollectors: CollectorSet<'budgets.budgets' | 'budgets.alerts'> = {
  async 'budgets.budgets'(ctx) {
    const { accountId: AccountId } = await ctx.fact('sts.identity');
    const listed = await orEmpty(
      paginate<DescribeBudgetsCommandOutput, NonNullable<DescribeBudgetsCommandOutput['Budgets']>[number]>(
        ctx,
        budgets(ctx),
        'budgets',
        (NextToken) => new DescribeBudgetsCommand({ AccountId, NextToken }),
        (page) => ({ items: page.Budgets, next: page.NextToken || undefined }),
      ),
    );
    return listed.map((budget) => ({ name: budget.BudgetName ?? '', budgetType: budget.BudgetType ?? 'UNKNOWN' }));
  },

  async 'budgets.alerts'(ctx, BudgetName) {
    const { accountId: AccountId } = await ctx.fact('sts.identity');
    const client = budgets(ctx);
    const notifications = await orEmpty(
      paginate<DescribeNotificationsForBudgetCommandOutput, Notification>(
        ctx,
        client,
        'budgets',
        (NextToken) => new DescribeNotificationsForBudgetCommand({ AccountId, BudgetName, NextToken }),
        (page) => ({ items: page.Notifications, next: page.NextToken || undefined }),
      ),
    );
    return Promise.all(
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
    );
  },
};
