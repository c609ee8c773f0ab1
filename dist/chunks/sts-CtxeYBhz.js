import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-CSqAPQpK.js';
export { j as STSClient } from './chunk-CSqAPQpK.js';
import './dist-es-B7K8mlFI.js';
import './chunk-CX9KaeAk.js';
import './chunk-DxkU3QGl.js';
import './chunk-BwcDxmtY.js';
import '../start.js';
import './chunk-TXFFEKwH.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
