import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{f as a,g as b,h as c,i as d}from"./chunk-CKV2CAAK.js";import"./chunk-WPFJ54GN.js";export{b as EXIT,a as FAIL_ON,d as exitCode,c as isGating};
