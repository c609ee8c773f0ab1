import 'node:module';
import { t } from './catalog-BfOfIE3o.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-DY-_jvHm.js';
import './dist-es-DLMDGJmi.js';
import './chunk-BKRmXGv2.js';
import './chunk-s5uUEnSh.js';
import './chunk-DhDBb0PC.js';
import '../start.js';
import './chunk-C4Yq3R4K.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
