import type { ReportAccount } from '../engine/report.js';

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

export type ChildMessage = ProgressEvent | ClaimRequest | AuditedAccount;

export const isClaimRequest = (message: ChildMessage): message is ClaimRequest => 'claim' in message;
export const isAuditedAccount = (message: ChildMessage): message is AuditedAccount => 'audited' in message;
export const isClaimAnswer = (message: unknown): message is ClaimAnswer => typeof message === 'object' && message !== null && 'claim' in message && 'granted' in message;
