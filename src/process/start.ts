// The process of the installed command, once bin.ts has turned the compile cache on: signals, standard
// output, the channel of a spread audit's child, then the CLI. Nothing here awaits at the top level:
// the bundle's shared code may land in this module, and a chunk loaded later that imports it must not
// wait for a module that is itself waiting for that chunk.
import { main } from './cli.js';
import { EXIT } from '../engine/gate.js';
import { type FactAnswerBody, isClaimAnswer, isFactAnswer } from './progress-event.js';
import { standardOutput, writtenDirectly } from './stdout.js';
import { RESTARTED_ENV } from './restarted.js';
import { listingFromParent } from './parent-listing.js';
import { fstatSync, statSync, writeSync } from 'node:fs';

/** Standard output or error, written directly if it is a pipe, a file or /dev/null (see stdout.ts). */
function standard(fd: 1 | 2, stream: () => NodeJS.WriteStream, failed: () => void) {
  let direct = false;
  try {
    direct = writtenDirectly(fstatSync(fd), () => statSync('/dev/null', { throwIfNoEntry: false }));
  } catch {
    // not open, or not known: the stream says
  }
  return standardOutput({ direct, writeDirect: (bytes) => writeSync(fd, bytes), stream, failed });
}

// SIGINT and SIGTERM keep their default action: the process ends at once, even in the middle of synchronous
// work (a handler would wait for the event loop: minutes on a huge input). Shells report 130 and 143; files
// are renamed into place only when whole, and a killed run's temporaries are removed by the next (io/write.ts).
const stdout = standard(1, () => process.stdout, () => process.exit(EXIT.usage));
const stderr = standard(2, () => process.stderr, () => undefined); // a failing stderr: where would it be said?
const argv = process.argv.slice(2);
// A child of a spread audit (see audit/parallel.ts) claims its accounts from its parent and reports its progress, over IPC.
const send = process.send?.bind(process);
const spreadChild = send !== undefined && process.env.AWS_BASELINE_SPREAD_IPC === '1';
// A command restarted in a process of its own (audit/capped.ts) ends with the process that started it, as a spread audit's child does.
const restarted = send !== undefined && process.env[RESTARTED_ENV] === '1';
const claims = new Map<string, (granted: boolean) => void>();
const asked = new Map<number, (answer: FactAnswerBody) => void>();
let asks = 0;
const delivered: Promise<unknown>[] = [];
let finished = false;
if (spreadChild || restarted) {
  // The parent gone (killed, crashed), nobody waits for this process's work: it ends too, at once.
  process.on('disconnect', () => {
    if (!finished) process.exit(143);
  });
  // Gone already, while this module was being loaded (the event was emitted before anyone listened).
  if (!process.connected) process.exit(143);
}
const fromParent = spreadChild ? listingFromParent() : undefined;
if (spreadChild) {
  process.on('message', (message) => {
    if (isFactAnswer(message)) {
      asked.get(message.ask)?.(message);
      return void asked.delete(message.ask);
    }
    if (!isClaimAnswer(message)) return fromParent?.receive(message);
    claims.get(message.claim)?.(message.granted);
    claims.delete(message.claim);
  });
  // Listening now: what the parent sends from here on is heard.
  send({ ready: true });
}
async function run(): Promise<void> {
  process.exitCode = await main(argv, {
    stdout: stdout.write,
    stderr: stderr.write,
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTty: stdout.isTty,
    stdoutColumns: stdout.columns,
    stderrIsTty: stderr.isTty,
    self: [process.execPath, ...process.execArgv, process.argv[1] ?? ''],
    ...(spreadChild
      ? {
          progressSink: (event) => void send(event),
          claim: (accountId) => new Promise<boolean>((resolve) => {
            claims.set(accountId, resolve);
            send({ claim: accountId });
          }),
          // Each account must reach the parent before this process lets go of the channel.
          accountSink: (account) => void delivered.push(new Promise((resolve) => send({ audited: account }, undefined, {}, () => resolve(undefined)))),
          ...(fromParent ? { listing: fromParent.listing } : {}),
          parentFact: (key) => new Promise<FactAnswerBody>((resolve) => {
            asks += 1;
            asked.set(asks, resolve);
            send({ fact: key, ask: asks });
          }),
        }
      : {}),
  });
  await Promise.all(delivered);
  finished = true;
  process.disconnect?.();
  // The command's work is done: what is still in flight was no check's (a spread audit's process granted no
  // account still reading the organization's units, a read a failed audit left behind). It must neither hold
  // the command for its timeouts nor call AWS after the report.
  await Promise.all([stdout.flushed(), stderr.flushed()]);
  process.exit();
}
void run();
