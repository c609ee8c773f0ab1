import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a}from"./chunk-T5SHB4D6.js";import"./chunk-WPFJ54GN.js";export{a as z};
