/** What a child process of a spread audit tells its parent about its accounts. */
export type ProgressEvent = { listed: number } | { done: boolean };

/** A child asks to audit an account; the parent grants it to the first child that asks. */
export interface ClaimRequest {
  claim: string;
}
export interface ClaimAnswer {
  claim: string;
  granted: boolean;
}

export type ChildMessage = ProgressEvent | ClaimRequest;

export const isClaimRequest = (message: ChildMessage): message is ClaimRequest => 'claim' in message;
export const isClaimAnswer = (message: unknown): message is ClaimAnswer => typeof message === 'object' && message !== null && 'claim' in message && 'granted' in message;
