import { faultMatrix, HALVES } from './support/fault-matrix.js';

// Faults AWS answers with: throttling, 5xx, an expired token.
faultMatrix(HALVES[0]);
