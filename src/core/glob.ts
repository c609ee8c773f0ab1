import type Picomatch from 'picomatch';

let loaded: typeof Picomatch | undefined;

/**
 * picomatch, evaluated at the first glob matched: its module builds its tables as it loads (~1.5 ms of an
 * audit's start), and most runs match no glob at all (no --checks, no pattern in a suppression). Required,
 * not imported: the bundler then evaluates it where it is first called, not where the bundle is loaded.
 */
export function glob(): typeof Picomatch {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  return (loaded ??= require('picomatch') as typeof Picomatch);
}
