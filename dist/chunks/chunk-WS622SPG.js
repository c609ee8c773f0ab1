import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a as r,b as i}from"./chunk-362WB6HP.js";var o=i((p,e)=>{e.exports=r("node:http")});export{o as a};
