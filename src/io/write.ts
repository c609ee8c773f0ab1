import { accessSync, closeSync, constants, lstatSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statfsSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../core/errors.js';

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
    if (kind === 'special' ? isAlwaysFull(resolved) : statfsSync(dirname(resolved)).bavail === 0) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(`cannot write ${shownAs}: ${code === 'ENOENT' ? `the folder ${dirname(shownAs)} does not exist` : code}`, `${shownAs} に書き込めません: ${code === 'ENOENT' ? `フォルダー ${dirname(shownAs)} がありません` : code}`);
  }
}

/** Linux's /dev/full (character device 1:7) takes no byte: every write fails with ENOSPC (see null(4)/full(4)). */
function isAlwaysFull(file: string): boolean {
  try {
    const stat = statSync(file);
    return process.platform === 'linux' && stat.isCharacterDevice() && stat.rdev === ((1 << 8) | 7);
  } catch {
    return false;
  }
}

/**
 * What is written: a text, or a text in pieces (a large report), written piece by piece so that it is
 * never held whole (a string is iterable by character: pieces come wrapped).
 */
export type Content = string | { pieces(): Iterable<string> };

const piecesOf = (content: Content): Iterable<string> => (typeof content === 'string' ? [content] : content.pieces());

/** The whole text of a content (where a medium takes one text: an append, a test). */
export const wholeText = (content: Content): string => (typeof content === 'string' ? content : [...content.pieces()].join(''));

/** fs.writeSync's two forms, as writePieces uses them (a test gives its own). */
export type WriteSync = ((fd: number, text: string) => number) & ((fd: number, bytes: Uint8Array, offset: number) => number);

/**
 * Writes every piece to an open file; a non-blocking pipe that is full is waited out, not an error. A
 * piece goes as text first, encoded by Node as it writes: made a Buffer for every piece, a large report
 * was as many again in buffers to collect (125 MB for 1,000 accounts). Only what a write left is made one.
 */
export function writePieces(fd: number, content: Content, write: WriteSync = writeSync): void {
  for (const piece of piecesOf(content)) {
    let written = 0;
    try {
      written = write(fd, piece);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
    if (written === Buffer.byteLength(piece)) continue;
    const bytes = Buffer.from(piece);
    for (let offset = written; offset < bytes.length; ) {
      try {
        offset += write(fd, bytes, offset);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      }
    }
  }
}

/** Writes to a device, a FIFO or a pipe such as /dev/stdout, which may be non-blocking. */
function writeInPlace(file: string, content: Content): void {
  const fd = openSync(file, 'w');
  try {
    writePieces(fd, content);
  } finally {
    closeSync(fd);
  }
}

const TEMPORARY = /^(.*)\.(\d+)\.tmp$/;

/** Whether a process of that id is running (EPERM: it is, but another user's). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporaries of this file left by a run that was killed (its process is gone): removed, never mistaken for the report. */
function removeStaleTemporaries(file: string): void {
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (match?.[1] === basename(file) && !isRunning(Number(match[2]))) rmSync(join(dirname(file), name), { force: true });
  }
}

/** A file written but not yet in place: commit() renames it there, discard() removes it. */
export interface Staged {
  commit(): void;
  discard(): void;
}

function failure(file: string, error: unknown): InputError {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new InputError(`cannot write ${file}: ${reason}`, `${file} に書き込めません: ${reason}`);
}

/**
 * Writes a regular file's content to a temporary beside it (stale ones removed), to be put in place by
 * commit(): a run's outputs are all written first and then renamed together, so a killed run leaves the
 * previous reports or the new ones, never half a file. A device, a FIFO or /dev/stdout is written to at
 * once (nothing to rename); a symlink is followed, never replaced.
 */
export function stageFile(file: string, content: Content, mode = 0o644): Staged {
  if (kindOf(file) === 'special') {
    try {
      writeInPlace(file, content);
    } catch (error) {
      throw failure(file, error);
    }
    return { commit: () => undefined, discard: () => undefined };
  }
  const resolved = target(file);
  const temporary = `${resolved}.${process.pid}.tmp`;
  removeStaleTemporaries(resolved);
  try {
    const fd = openSync(temporary, 'w', mode);
    try {
      writePieces(fd, content);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(temporary, { force: true });
    throw failure(file, error);
  }
  return {
    commit: () => {
      try {
        renameSync(temporary, resolved);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw failure(file, error);
      }
    },
    discard: () => rmSync(temporary, { force: true }),
  };
}

/** One file, written through a temporary and put in place. */
export function writeFileAtomic(file: string, content: string, mode = 0o644): void {
  stageFile(file, content, mode).commit();
}
