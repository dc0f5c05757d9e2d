/// <reference types="vite/client" />
import type { MatrixSamples } from './matrix.js';

// Every module's samples, found by file name: a new module's routes join the matrix by adding one file.
// (Kept out of matrix.ts: the sample files import matrix.ts, and an eager glob there would be circular.)
const sampleModules = import.meta.glob<{ matrixSamples: MatrixSamples }>('../src/modules/*/*.matrix.ts', { eager: true });

/** Every route's sample, keyed `METHOD url`. */
export const allSamples: MatrixSamples = Object.assign({}, ...Object.values(sampleModules).map((m) => m.matrixSamples)) as MatrixSamples;
