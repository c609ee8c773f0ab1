import 'node:module';
import { t } from './chunk-BZBjeMBH.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-BdprKhCx.js';
import './dist-es-BDeL7zgl.js';
import './chunk-CdQrcsLL.js';
import './chunk-9oKs4IEJ.js';
import './chunk-KYmh0Iop.js';
import '../start.js';
import './chunk-B_YjNJym.js';
import './chunk-C1hW9rzH.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
