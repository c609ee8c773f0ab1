import type { DescribeBudgetsCommandOutput, DescribeNotificationsForBudgetCommandOutput, DescribeSubscribersForNotificationCommandOutput, Notification } from '@aws-sdk/client-budgets';
import { paginate } from '../../aws/paginate.js';
import { type CollectContext, defineFact, GLOBAL_REGION } from '../define.js';
import { isCollectError } from '../errors.js';

const sdk = () => import('./sdk/budgets.js');
const budgets = async (ctx: CollectContext) => ctx.session.client((await sdk()).BudgetsClient, 'budgets', GLOBAL_REGION);

/** Budgets answers "nothing here" with NotFoundException rather than an empty list. */
async function orEmpty<T>(read: Promise<T[]>): Promise<T[]> {
  try {
    return await read;
  } catch (error) {
    if (isCollectError(error) && error.code === 'NotFoundException') return [];
    throw error;
  }
}

/**
 * Two facts, so that a budget's existence rests on DescribeBudgets alone: its alerts (notifications and
 * their subscribers, two more APIs) are read per budget, and only the alerts check depends on them.
 */
export const budgetsFacts = {
  'budgets.budgets': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['budgets:ViewBudget'],
    schema: (z) => z.array(z.strictObject({ name: z.string(), budgetType: z.string() })),
    async collect(ctx) {
      const [{ DescribeBudgetsCommand }, client, { accountId: AccountId }] = await Promise.all([sdk(), budgets(ctx), ctx.identity()]);
      const listed = await orEmpty(
        paginate<DescribeBudgetsCommandOutput, NonNullable<DescribeBudgetsCommandOutput['Budgets']>[number]>(
          ctx,
          client,
          'budgets',
          (NextToken) => new DescribeBudgetsCommand({ AccountId, NextToken }),
          (page) => ({ items: page.Budgets, next: page.NextToken || undefined }),
        ),
      );
      return listed.map((budget) => ({ name: budget.BudgetName ?? '', budgetType: budget.BudgetType ?? 'UNKNOWN' }));
    },
  }),

  /** A budget's notifications, each with how many subscribers it has. */
  'budgets.alerts': defineFact({
    sdk,
    qualifier: 'budget',
    actions: ['budgets:ViewBudget'],
    schema: (z) => z.array(z.strictObject({ type: z.enum(['ACTUAL', 'FORECASTED']), threshold: z.number().nonnegative(), subscribers: z.number().int().nonnegative() })),
    async collect(ctx, BudgetName) {
      const [{ DescribeNotificationsForBudgetCommand, DescribeSubscribersForNotificationCommand }, client, { accountId: AccountId }] = await Promise.all([sdk(), budgets(ctx), ctx.identity()]);
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
          return { type: Notification.NotificationType === 'FORECASTED' ? ('FORECASTED' as const) : ('ACTUAL' as const), threshold: Notification.Threshold ?? 0, subscribers: subscribers.length };
        }),
      );
    },
  }),
};
