import 'node:module';
import { o } from './chunk-C4Yq3R4K.js';
import '../start.js';

var node_httpE2ASHQPL = o();

export { node_httpE2ASHQPL as default };
