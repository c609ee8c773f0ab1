import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a}from"./chunk-PXVBEN25.js";import"./chunk-WXXJUDLW.js";import"./chunk-LRE4VBFF.js";import"./chunk-WPFJ54GN.js";export{a as selectChecks};
