import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a,b,c,d}from"./chunk-65CUTX7H.js";import"./chunk-ET5DE3CD.js";import"./chunk-WPFJ54GN.js";export{b as EXIT,a as FAIL_ON,d as exitCode,c as isGating};
