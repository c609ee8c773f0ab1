import 'node:module';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-rm-MYPNv.js';
import { t } from './json-BEj0CICs.js';
import './dist-es-ayIeHIQZ.js';
import './chunk-Cv8DA_d7.js';
import './chunk-Dmv4dd3b.js';
import './chunk-rgOV5IMo.js';
import '../start.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
