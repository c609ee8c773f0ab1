/** What a child process of a spread audit tells its parent about its accounts. */
export type ProgressEvent = { listed: number } | { done: boolean };
