import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a,b,c,d}from"./chunk-HB6J2EH2.js";import"./chunk-AZHLMRDT.js";import"./chunk-362WB6HP.js";export{b as EXIT,a as FAIL_ON,d as exitCode,c as isGating};
