#!/usr/bin/env node
import e from"node:module";e.enableCompileCache?.();process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED??="true";await import("./start.js");
