import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a}from"./chunk-XE6A4L3R.js";import"./chunk-WPFJ54GN.js";export{a as z};
