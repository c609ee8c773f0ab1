import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a as t}from"./chunk-WPFJ54GN.js";function e(r,n){if(n===0)return r;let s=r.lastIndexOf(".");return s>r.lastIndexOf("/")?`${r.slice(0,s)}-${n+1}${r.slice(s)}`:`${r}-${n+1}`}t(e,"sarifPartPath");export{e as a};
