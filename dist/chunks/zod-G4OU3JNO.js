import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a}from"./chunk-LSRTECKM.js";import"./chunk-362WB6HP.js";export{a as z};
