import 'node:module';
import { t } from './catalog-CZGry622.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-DPDUxXvV.js';
import './dist-es-B7K8mlFI.js';
import './chunk-CX9KaeAk.js';
import './chunk-DxkU3QGl.js';
import './chunk-BwcDxmtY.js';
import '../start.js';
import './chunk-TXFFEKwH.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
