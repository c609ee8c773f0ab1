#!/usr/bin/env node
// The installed command. It only sets up the process: on Node 22+ compiled code is cached on disk
// (NODE_COMPILE_CACHE names the folder, NODE_DISABLE_COMPILE_CACHE=1 turns it off), so a second run
// skips most of the parsing of the bundle and the SDK; then the CLI itself is loaded.
import nodeModule from 'node:module';

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// The SDK's nine-line Node-version notice is not for every run; the README says which Node is supported.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { main } = await import('./cli.js');
const { EXIT } = await import('./engine/gate.js');
process.on('SIGINT', () => process.exit(EXIT.interrupted));
process.on('SIGTERM', () => process.exit(143));
// `aws-baseline audit | head`: a closed pipe ends the output, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? process.exitCode ?? 0 : EXIT.usage));
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  stdoutIsTty: process.stdout.isTTY === true,
  stderrIsTty: process.stderr.isTTY === true,
});
