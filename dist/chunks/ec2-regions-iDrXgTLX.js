import 'node:module';
import { t } from './chunk-D2nHEa1n.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-D4X4ewg-.js';
import './dist-es-BZNiaEuU.js';
import './chunk-BgDIktzn.js';
import './chunk-DEdimN6-.js';
import './chunk-HVLJV2sI.js';
import '../start.js';
import './chunk-CjUr1S4M.js';
import './select-DSu5fM7B.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
