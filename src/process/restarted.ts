/**
 * Set in the environment of a command restarted in a process of its own (audit/capped.ts): it does not
 * restart again, and ends with the process that started it. A module of its own: start.ts reads it, and
 * must not load what starting a process needs.
 */
export const RESTARTED_ENV = 'AWS_BASELINE_RESTARTED';
