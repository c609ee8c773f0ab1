/** The alert a budget made or fixed by `aws-baseline fix` sends: e-mail at 80 % of actual spend. */
export const ALERT = { NotificationType: 'ACTUAL', ComparisonOperator: 'GREATER_THAN', Threshold: 80, ThresholdType: 'PERCENTAGE' };
export const SUBSCRIBER = { SubscriptionType: 'EMAIL', Address: '${ALERT_EMAIL}' };
