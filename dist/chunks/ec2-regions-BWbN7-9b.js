import 'node:module';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-HJs27Z_F.js';
import { t } from './json-DS-X3FyT.js';
import './dist-es-YbjIkFWu.js';
import './chunk-Db5C5-Fc.js';
import './chunk-0Jo5RGvE.js';
import './chunk-o9BX006v.js';
import '../start.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
