import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a}from"./chunk-6LYIV67W.js";import"./chunk-2HHR43RI.js";import"./chunk-LRE4VBFF.js";import"./chunk-WPFJ54GN.js";export{a as selectChecks};
