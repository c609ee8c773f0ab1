import type { Facts } from '../../facts/store.js';
import type { Identity } from '../../facts/catalog.js';
import { requireIdentity, unless } from '../define.js';

type Budget = Awaited<ReturnType<Facts<'budgets.budgets'>['budgets']['budgets']>>[number];

/** What the management (payer) account's budgets say of a member that has no cost budget of its own. */
export type PayerCoverage =
  /** Not a member: the account's own budgets are the whole answer. */
  | { kind: 'own-answer' }
  /** A member audited alone: the payer's budgets could not be read here. */
  | { kind: 'unknown'; management: string }
  | { kind: 'covered'; management: string; budgets: Budget[] }
  /** A payer budget narrows accounts in a way not read here (Or, Not, a billing view of its own): a person must look. */
  | { kind: 'unclear'; management: string; budget: string }
  | { kind: 'none'; management: string };

export const isCost = (budget: Budget) => budget.budgetType === 'COST';

/**
 * Budgets usually live in the organization's management account, narrowed by linked account: a COST
 * budget there with no linked-account filter, or one that names this account, covers it. Only an
 * --org audit run from the management account reads them for the members.
 */
export async function payerCoverage(facts: Facts<'organizations.organization' | 'budgets.managementBudgets'>, identity: Identity | undefined): Promise<PayerCoverage> {
  const organization = await unless(facts.organizations.organization(), 'not-enabled');
  if (!organization) return { kind: 'own-answer' };
  // Whether this is the management account decides whose budgets answer: an unknown identity is ERROR, never a guess.
  const { accountId } = requireIdentity({ identity });
  if (organization.managementAccountId === accountId) return { kind: 'own-answer' };
  const management = organization.managementAccountId;
  const budgets = await unless(facts.budgets.managementBudgets(), 'missing');
  if (!budgets) return { kind: 'unknown', management };
  const costBudgets = budgets.filter(isCost);
  const covering = costBudgets.filter((budget) => !budget.filterUnclear && (!budget.linkedAccounts || budget.linkedAccounts.includes(accountId)));
  if (covering.length > 0) return { kind: 'covered', management, budgets: covering };
  const unclear = costBudgets.find((budget) => budget.filterUnclear);
  return unclear ? { kind: 'unclear', management, budget: unclear.name } : { kind: 'none', management };
}
