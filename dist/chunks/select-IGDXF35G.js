import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a}from"./chunk-RRHGRNQJ.js";import"./chunk-XHEGXJM5.js";import"./chunk-6C4TXTQN.js";import"./chunk-362WB6HP.js";export{a as selectChecks};
