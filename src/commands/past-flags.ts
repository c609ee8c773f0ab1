/** What an audit or merge is given of earlier runs: known findings, and earlier reports for the trend. */
export interface PastFlags {
  baseline?: string;
  writeBaseline?: string;
  pruneBaseline?: boolean;
  history?: string;
}

/** Whether any is given: only then is the code that reads and writes them loaded (a plain audit's start-up never pays for it). */
export const wantsPast = (flags: PastFlags): boolean => flags.baseline !== undefined || flags.writeBaseline !== undefined || flags.pruneBaseline === true || flags.history !== undefined;
