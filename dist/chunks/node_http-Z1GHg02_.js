import 'node:module';
import { o } from './chunk-BbVCk0jO.js';
import '../start.js';

var node_httpE2ASHQPL = o();

export { node_httpE2ASHQPL as default };
