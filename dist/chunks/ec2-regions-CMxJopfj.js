import 'node:module';
import { t } from './json-DYW5UQfo.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-_O4FSzb8.js';
import './dist-es-DdunTZ0M.js';
import './chunk-DFKq64Zz.js';
import './chunk-Dmv4dd3b.js';
import './chunk-rgOV5IMo.js';
import '../start.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
