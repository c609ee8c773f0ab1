import 'node:module';
import { J, z } from './chunk-sKF7a7Tr.js';
import { w } from './markdown-UEEhOSPm.js';
import { o } from './chunk-BYtDfpce.js';
import { p as p$1 } from '../start.js';

var p=p$1(o(),1);async function l(r,i,a="JSON report"){let n=await J((0, p.resolve)(i,r),"report");return {file:r,report:await z(w,{...n,file:r},a)}}

export { l };
