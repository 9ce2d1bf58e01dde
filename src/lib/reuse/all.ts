/** The reuse analysis in one module, so that the app can load it apart from the comparison. */
export { marksFor, sharedPassages } from './analysis.ts';
export { NEAR_DUPLICATE, pairMatrix } from './matrix.ts';
export { MIN_PASSAGE, ReuseIndex } from './passages.ts';
