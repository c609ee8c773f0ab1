import 'node:module';
import { t } from './catalog-Dur3axa8.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-HcSjvulT.js';
import './dist-es-B0RLXphD.js';
import './chunk-Bu87-22z.js';
import './chunk-32VakjlU.js';
import './chunk-Bpd0A2cS.js';
import '../start.js';
import './chunk-BJ5F6Rpz.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
