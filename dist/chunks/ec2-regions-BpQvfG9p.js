import 'node:module';
import { t } from './catalog-DBPX2Auk.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-8O1J_AX-.js';
import './dist-es-XXMs0m5D.js';
import './chunk-D7o0Llkz.js';
import './chunk-53BzjMox.js';
import './chunk-BMUNDXoe.js';
import '../start.js';
import './chunk-DsNQgMbe.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
