import { loadOnce } from '../../core/lazy.js';
import type { Budget, BudgetNotificationsForAccount, DescribeBudgetNotificationsForAccountCommandOutput, DescribeBudgetsCommandOutput, DescribeSubscribersForNotificationCommandOutput, Expression, Notification, Subscriber } from '@aws-sdk/client-budgets';
import { paginate } from '../../aws/paginate.js';
import { type CollectContext, defineFact, GLOBAL_REGION, type Z } from '../define.js';
import { CollectError, isCollectError } from '../errors.js';
import { arnAccount } from '../../core/arn.js';

const sdk = loadOnce(() => import('./sdk/budgets.js'));
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

type Coverage = { linkedAccounts?: string[]; filterUnclear?: true };

/**
 * Which accounts a budget's costs cover (an organization's budgets live in the management account and
 * are narrowed by linked account): every account unless a LinkedAccount filter names some, read from
 * the legacy CostFilters or the FilterExpression (Budgets API reference, "Expression"). An expression
 * that narrows accounts through Or or Not is not guessed at, nor is a billing view other than the
 * account's primary one (`billingview/primary`): a custom or billing-group view holds the costs of the
 * accounts it was made for (Billing API reference, "BillingViewElement": its dataFilterExpression).
 */
export function budgetCoverage(budget: Pick<Budget, 'CostFilters' | 'FilterExpression' | 'BillingViewArn'>): Coverage {
  if (budget.BillingViewArn !== undefined && !/^arn:[\w-]+:billing::\d{12}:billingview\/primary$/.test(budget.BillingViewArn)) return { filterUnclear: true };
  const legacy = budget.CostFilters?.LinkedAccount;
  if (legacy) return { linkedAccounts: [...legacy].sort() };
  const mentions = (expression: Expression | undefined): boolean =>
    !!expression && (expression.Dimensions?.Key === 'LINKED_ACCOUNT' || [...(expression.And ?? []), ...(expression.Or ?? []), ...(expression.Not ? [expression.Not] : [])].some(mentions));
  const read = (expression: Expression | undefined): Coverage => {
    if (!expression) return {};
    const dimension = expression.Dimensions;
    if (dimension?.Key === 'LINKED_ACCOUNT') {
      const options = dimension.MatchOptions ?? ['EQUALS'];
      return options.every((option) => option === 'EQUALS') ? { linkedAccounts: [...(dimension.Values ?? [])].sort() } : { filterUnclear: true };
    }
    if (expression.And) {
      const parts = expression.And.map(read);
      if (parts.some((part) => part.filterUnclear)) return { filterUnclear: true };
      const lists = parts.flatMap((part) => (part.linkedAccounts ? [part.linkedAccounts] : []));
      const [first, ...others] = lists;
      return first ? { linkedAccounts: first.filter((id) => others.every((list) => list.includes(id))) } : {};
    }
    return mentions(expression) ? { filterUnclear: true } : {};
  };
  return read(budget.FilterExpression);
}

const budgetList = (z: Z) =>
  z.array(
    z.strictObject({
      name: z.string(),
      budgetType: z.string(),
      /** The accounts its LinkedAccount filter names; absent: every account of the organization (or this one). */
      linkedAccounts: z.array(z.string()).optional(),
      /** A filter on accounts too intricate to read (Or, Not, other match options). */
      filterUnclear: z.literal(true).optional(),
    }),
  );
/**
 * A budget's notifications, each with how many subscribers it has, and which of them are SNS topics (the rest are e-mail
 * addresses). `topics` is absent in a snapshot taken before topics were read.
 */
const alertList = (z: Z) =>
  z.array(z.strictObject({ type: z.enum(['ACTUAL', 'FORECASTED']), threshold: z.number().nonnegative(), subscribers: z.number().int().nonnegative(), topics: z.array(z.string()).optional() }));

/** What only the management account can read, and only an --org audit from it gives its members. */
function managementOnly(operation: string): Promise<never> {
  return Promise.reject(new CollectError({
    service: 'budgets',
    operation,
    code: 'ManagementAccountOnly',
    kind: 'missing',
    message: "an organization's budgets live in its management account: they are read there, in an --org audit run from it",
    ja: '組織の予算は管理アカウントにあります。管理アカウントから実行する --org 監査で読み取られます',
  }));
}

/**
 * Every budget's notifications in the account, in one answer (DescribeBudgetNotificationsForAccount,
 * Budgets API Reference): read once per audited account, by whichever asks first. A budget without any
 * is not listed. Per budget (DescribeNotificationsForBudget) they were one more round trip, after
 * DescribeBudgets, on the audit's longest chain of dependent calls.
 */
const notificationsRead = new WeakMap<CollectContext, Promise<Map<string, Notification[]>>>();
function accountNotifications(ctx: CollectContext): Promise<Map<string, Notification[]>> {
  let read = notificationsRead.get(ctx);
  if (!read) {
    read = (async () => {
      const [{ DescribeBudgetNotificationsForAccountCommand }, client, { accountId: AccountId }] = await Promise.all([sdk(), budgets(ctx), ctx.identity()]);
      const listed = await orEmpty(
        paginate<DescribeBudgetNotificationsForAccountCommandOutput, BudgetNotificationsForAccount>(
          ctx,
          client,
          'budgets',
          (NextToken) => new DescribeBudgetNotificationsForAccountCommand({ AccountId, NextToken, MaxResults: 1000 }),
          (page) => ({ items: page.BudgetNotificationsForAccount, next: page.NextToken || undefined }),
          (budget) => budget.BudgetName ?? '',
        ),
      );
      return new Map(listed.map((budget) => [budget.BudgetName ?? '', budget.Notifications ?? []]));
    })();
    notificationsRead.set(ctx, read);
  }
  return read;
}

/**
 * Two facts, so that a budget's existence rests on DescribeBudgets alone: its alerts (notifications and
 * their subscribers, two more APIs) are read apart, and only the alerts check depends on them. Both
 * chains start at once: the account's notifications are asked for beside its budgets, not after them.
 */
export const budgetsFacts = {
  'budgets.budgets': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['budgets:ViewBudget'],
    operations: { 'budgets:DescribeBudgets': 'budgets:ViewBudget' },
    schema: budgetList,
    async collect(ctx) {
      if (ctx.needs('budgets.alerts')) void accountNotifications(ctx).catch(() => undefined); // its failure is the alerts' to tell
      const [{ DescribeBudgetsCommand }, client, { accountId: AccountId }] = await Promise.all([sdk(), budgets(ctx), ctx.identity()]);
      const listed = await orEmpty(
        paginate<DescribeBudgetsCommandOutput, NonNullable<DescribeBudgetsCommandOutput['Budgets']>[number]>(
          ctx,
          client,
          'budgets',
          (NextToken) => new DescribeBudgetsCommand({ AccountId, NextToken, ShowFilterExpression: true }),
          (page) => ({ items: page.Budgets, next: page.NextToken || undefined }),
          (budget) => budget.BudgetName ?? '',
        ),
      );
      return listed.map((budget) => ({ name: budget.BudgetName ?? '', budgetType: budget.BudgetType ?? 'UNKNOWN', ...budgetCoverage(budget) }));
    },
  }),

  /** A budget's notifications, each with how many subscribers it has. */
  'budgets.alerts': defineFact({
    sdk,
    qualifier: 'budget',
    actions: ['budgets:ViewBudget'],
    operations: { 'budgets:DescribeBudgetNotificationsForAccount': 'budgets:ViewBudget', 'budgets:DescribeSubscribersForNotification': 'budgets:ViewBudget' },
    schema: alertList,
    async collect(ctx, BudgetName) {
      const [{ DescribeSubscribersForNotificationCommand }, client, { accountId: AccountId }, listed] = await Promise.all([sdk(), budgets(ctx), ctx.identity(), accountNotifications(ctx)]);
      const notifications = listed.get(BudgetName) ?? [];
      return Promise.all(
        notifications.map(async (Notification) => {
          const subscribers = await orEmpty(
            paginate<DescribeSubscribersForNotificationCommandOutput, Subscriber>(
              ctx,
              client,
              'budgets',
              (NextToken) => new DescribeSubscribersForNotificationCommand({ AccountId, BudgetName, Notification, NextToken }),
              (page) => ({ items: page.Subscribers, next: page.NextToken || undefined }),
            ),
          );
          // An SNS topic delivers only where it exists, lets Budgets publish and has a confirmed subscription: read at once.
          const topics = subscribers.flatMap((subscriber) => (subscriber.SubscriptionType === 'SNS' && subscriber.Address ? [subscriber.Address] : []));
          // Another account's topic is never read: Budgets does not publish there (billing.budget-alerts says so unread).
          for (const topic of topics) if (arnAccount(topic) === AccountId) ctx.prefetch('sns.topic', topic);
          return { type: Notification.NotificationType === 'FORECASTED' ? ('FORECASTED' as const) : ('ACTUAL' as const), threshold: Notification.Threshold ?? 0, subscribers: subscribers.length, topics };
        }),
      );
    },
  }),

  /**
   * The organization's management (payer) account's budgets and their alerts, for a member that has
   * none of its own: a member may not read them, so they exist only in an --org audit run from the
   * management account, which reads them once and hands them to every member.
   */
  'budgets.managementBudgets': defineFact({
    sdk,
    qualifier: 'none',
    actions: [],
    schema: budgetList,
    collect: () => managementOnly('DescribeBudgets'),
  }),
  'budgets.managementAlerts': defineFact({
    sdk,
    qualifier: 'budget',
    actions: [],
    schema: alertList,
    collect: () => managementOnly('DescribeBudgetNotificationsForAccount'),
  }),
};
