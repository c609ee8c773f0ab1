import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { InputError } from './errors.js';

/**
 * Writes through a temporary file, so a failed or killed run never leaves half a file. (SIGINT cannot
 * land mid-write: the write is synchronous and signal handlers run on the event loop.)
 */
export function writeFileAtomic(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new InputError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
