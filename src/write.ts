import { accessSync, closeSync, constants, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from './errors.js';

/** What is at a path: nothing yet, a regular file, or something written to in place (a device, a FIFO, /dev/stdout). */
function kindOf(file: string): 'absent' | 'file' | 'special' {
  try {
    return statSync(file).isFile() ? 'file' : 'special';
  } catch {
    return 'absent';
  }
}

/** The file a path names, symlinks followed: a link is written through, never replaced by a file. */
function target(file: string): string {
  try {
    return lstatSync(file).isSymbolicLink() ? realpathSync(file) : file;
  } catch {
    return file;
  }
}

/**
 * Checks, before any AWS call, that a report can be written there: its folder exists and is writable
 * (or the path is a device, a FIFO or a writable file), so a long audit never ends on a lost report.
 */
export function checkWritable(file: string, shownAs = file): void {
  if (file.includes('\0')) throw new InputError(`cannot write ${JSON.stringify(shownAs)}: a path cannot hold a NUL character`, `${JSON.stringify(shownAs)} に書き込めません: パスに NUL 文字は使えません`);
  // A special file is judged where it is (/dev/stdout is a link into /proc that realpath cannot name).
  const kind = kindOf(file);
  const resolved = kind === 'special' ? file : target(file);
  try {
    if (kind === 'absent') {
      if (!statSync(dirname(resolved)).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
      accessSync(dirname(resolved), constants.W_OK);
    } else {
      accessSync(resolved, constants.W_OK);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(`cannot write ${shownAs}: ${code === 'ENOENT' ? `the folder ${dirname(shownAs)} does not exist` : code}`, `${shownAs} に書き込めません: ${code === 'ENOENT' ? `フォルダー ${dirname(shownAs)} がありません` : code}`);
  }
}

/** Writes to a device, a FIFO or a pipe such as /dev/stdout, which may be non-blocking: a full pipe is waited out, not an error. */
function writeInPlace(file: string, content: string): void {
  const bytes = Buffer.from(content);
  const fd = openSync(file, 'w');
  try {
    for (let offset = 0; offset < bytes.length; ) {
      try {
        offset += writeSync(fd, bytes, offset);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      }
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a regular file through a temporary one, so a failed or killed run never leaves half a file
 * (SIGINT cannot land mid-write: the write is synchronous and signal handlers run on the event loop).
 * A device, a FIFO or /dev/stdout is written to directly; a symlink is followed, never replaced.
 */
export function writeFileAtomic(file: string, content: string, mode = 0o644): void {
  if (kindOf(file) === 'special') {
    try {
      writeInPlace(file, content);
      return;
    } catch (error) {
      throw new InputError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  const resolved = target(file);
  const temporary = `${resolved}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content, { mode });
    renameSync(temporary, resolved);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new InputError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
