import { describe, expect, it } from 'vitest';
import { writePieces, type WriteSync } from '../../src/io/write.js';

/** A file descriptor that takes at most `room` bytes per write, or fails as told for each call in turn. */
type Step = { room: number } | { fail: string };

function fakeFile(plan: Step[]) {
  const taken: Buffer[] = [];
  const calls: ('text' | 'bytes')[] = [];
  const write = ((_fd: number, data: string | Uint8Array, offset?: number): number => {
    calls.push(typeof data === 'string' ? 'text' : 'bytes');
    const step: Step = plan.shift() ?? { room: Number.POSITIVE_INFINITY };
    if ('fail' in step) throw Object.assign(new Error(step.fail), { code: step.fail });
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.subarray(offset ?? 0));
    const part = bytes.subarray(0, Math.min(step.room, bytes.length));
    taken.push(part);
    return part.length;
  }) as WriteSync;
  return { write, calls, text: () => Buffer.concat(taken).toString('utf8') };
}

const pieces = (...texts: string[]) => ({ pieces: () => texts });

describe('writing a report in pieces', () => {
  const cases: { name: string; plan: Step[]; calls: ('text' | 'bytes')[] }[] = [
    { name: 'each piece whole, as text, at once', plan: [], calls: ['text', 'text'] },
    // "日本" is three bytes a character: 4 bytes end inside the second one, and the rest goes from that byte on.
    { name: 'a text written in part, inside a character: the rest follows from that byte', plan: [{ room: 4 }], calls: ['text', 'bytes', 'text'] },
    { name: 'a full non-blocking pipe (EAGAIN), as text and then as bytes: waited out', plan: [{ fail: 'EAGAIN' }, { fail: 'EAGAIN' }, { room: 2 }], calls: ['text', 'bytes', 'bytes', 'bytes', 'text'] },
  ];
  for (const { name, plan, calls } of cases) {
    it(name, () => {
      const file = fakeFile(plan);
      writePieces(3, pieces('日本 report', ', and the rest\n'), file.write);
      expect(file.text()).toBe('日本 report, and the rest\n');
      expect(file.calls).toEqual(calls);
    });
  }

  it('another failure (a reader gone, a full disk) is thrown, as text or as bytes', () => {
    expect(() => writePieces(3, 'text', fakeFile([{ fail: 'EPIPE' }]).write)).toThrow('EPIPE');
    expect(() => writePieces(3, 'text', fakeFile([{ room: 1 }, { fail: 'ENOSPC' }]).write)).toThrow('ENOSPC');
  });
});
