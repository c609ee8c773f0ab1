import type { ReportAccount } from '../engine/report.js';
import type { ListedAccount, NotListed, OuPlace } from '../core/model.js';
import type { CollectErrorData } from '../facts/errors.js';

/** What a child process of a spread audit tells its parent about its accounts. */
export type ProgressEvent = { listed: number } | { done: boolean };

/** An account a child has audited, as the report holds it: handed over at once, not kept to the end. */
export interface AuditedAccount {
  audited: ReportAccount;
}

/** A child asks to audit an account; the parent grants it to the first child that asks. */
export interface ClaimRequest {
  claim: string;
}
export interface ClaimAnswer {
  claim: string;
  granted: boolean;
}

/** A child listens: what its parent sent before was not heard (a process drops messages until it listens). */
export interface ChildReady {
  ready: true;
}

/**
 * A child asks its parent for a fact that reads alike in every process of the audit (the organization,
 * Firewall Manager's administrator): the parent reads it once for all of them.
 */
export interface FactRequest {
  fact: string;
  ask: number;
}
/** The parent's answer: the fact's value, or the error its read ended with. */
export type FactAnswerBody = { value: unknown } | { error: CollectErrorData };
export type FactAnswer = FactAnswerBody & { ask: number };

export type ChildMessage = ProgressEvent | ClaimRequest | AuditedAccount | ChildReady | FactRequest;

/**
 * The organization as the parent lists it, once for every process: each page as it comes, then where the
 * list ended (null: at its end) and, whenever it is read, the tree (null: it could not be).
 */
export type ListingMessage = { page: ListedAccount[] } | { end: NotListed | null } | { units: [string, OuPlace][] | null };

export const isClaimRequest = (message: ChildMessage): message is ClaimRequest => 'claim' in message;
export const isChildReady = (message: ChildMessage): message is ChildReady => 'ready' in message;
export const isAuditedAccount = (message: ChildMessage): message is AuditedAccount => 'audited' in message;
export const isFactRequest = (message: ChildMessage): message is FactRequest => 'fact' in message && 'ask' in message;
export const isFactAnswer = (message: unknown): message is FactAnswer => typeof message === 'object' && message !== null && 'ask' in message && ('value' in message || 'error' in message);
export const isClaimAnswer = (message: unknown): message is ClaimAnswer => typeof message === 'object' && message !== null && 'claim' in message && 'granted' in message;
