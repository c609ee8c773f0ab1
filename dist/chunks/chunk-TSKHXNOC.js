import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a as e}from"./chunk-WPFJ54GN.js";var r=class extends Error{static{e(this,"InputError")}name="InputError"};export{r as a};
