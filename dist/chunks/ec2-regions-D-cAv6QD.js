import 'node:module';
import { t } from './catalog-Dbnmd1lz.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-B6EBfL9J.js';
import './dist-es-DNDBNKAj.js';
import './chunk-Do_R5I_5.js';
import './chunk-CX-iR_Oa.js';
import './chunk-lIivFqhg.js';
import '../start.js';
import './chunk-z9bGmIlR.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
