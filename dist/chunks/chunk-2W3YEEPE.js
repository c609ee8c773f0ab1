import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a as t}from"./chunk-WPFJ54GN.js";var e=class extends Error{constructor(r,n){super(r);this.ja=n}ja;static{t(this,"InputError")}name="InputError";text(r){return r==="ja"&&this.ja?this.ja:this.message}};export{e as a};
