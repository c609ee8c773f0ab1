import 'node:module';
import { t } from './catalog-CsYFOO7z.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-DkMKSfD-.js';
import './dist-es-NQ6fGeHT.js';
import './chunk-jmFZXtKa.js';
import './chunk-i84GT9xP.js';
import './chunk-CdaYK1fV.js';
import '../start.js';
import './chunk-Cwu9ZmYJ.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
