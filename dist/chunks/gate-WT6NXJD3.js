import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{e as a,f as b,g as c,h as d}from"./chunk-QP7DRFTR.js";import"./chunk-WPFJ54GN.js";export{b as EXIT,a as FAIL_ON,d as exitCode,c as isGating};
