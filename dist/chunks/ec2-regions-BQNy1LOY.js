import 'node:module';
import { t } from './chunk-Dsgjm6_t.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-Xy6I0qPa.js';
import './dist-es-Bw_DPILi.js';
import './chunk-sxmFWwLA.js';
import './chunk-D3XNUYjR.js';
import './chunk-DihOxsrQ.js';
import '../start.js';
import './chunk-BbVCk0jO.js';
import './select-TzC2RxMl.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
