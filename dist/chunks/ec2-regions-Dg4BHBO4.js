import 'node:module';
import { t } from './catalog-B_01jzCm.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-CZ6Nrx9i.js';
import './dist-es-CDxFGqSs.js';
import './chunk-BIIVSPvE.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import '../start.js';
import './chunk-TXFFEKwH.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
