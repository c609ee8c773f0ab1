import { faultMatrix, HALVES } from './support/fault-matrix.js';

// Faults on the way: resets, hangs, HTML pages, truncated bodies.
faultMatrix(HALVES[1]);
