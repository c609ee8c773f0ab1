import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{b as r,c as i}from"./chunk-WPFJ54GN.js";var o=i((p,e)=>{e.exports=r("node:http")});export{o as a};
