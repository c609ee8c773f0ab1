#!/usr/bin/env node
// The installed command. It only sets up the process: on Node 22+ compiled code is cached on disk
// (NODE_COMPILE_CACHE names the folder, NODE_DISABLE_COMPILE_CACHE=1 turns it off), so a second run
// skips most of the parsing of the bundle and the SDK; then the CLI itself is loaded (start.ts).
import nodeModule from 'node:module';

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// The SDK's nine-line Node-version notice is not for every run; the README says which Node is supported.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
await import('./start.js');
